// Throughput of the actor and event stages: node --import tsx bench/events.ts [MB]
// Builds a synthetic corpus of conflict reports from sentence templates (no outside data),
// runs the stages they depend on (language, time, places) untimed, then times tagActors and
// codeEvents over it, document by document. Goal: each ≥ 1 MB/s per core.
import { performance } from 'node:perf_hooks';
import { buildDocument } from '../src/document/index.js';
import { analyse } from '../src/language/index.js';
import { tagTimes } from '../src/time/index.js';
import { tagPlaces } from '../src/places/index.js';
import { findNamedActors, tagActors } from '../src/actors/index.js';
import { codeEvents } from '../src/events/index.js';
import type { Annotated, SourceDocument } from '../src/model.js';
import { syntheticReports } from './_reports.js';

const targetMb = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 0.5);

const docs = syntheticReports(targetMb);
const size = docs.reduce((n, d) => n + d.length, 0);

// The stages the actor and event stages read, untimed.
const prepared = docs.map((text) => {
  const doc: SourceDocument = buildDocument({ text, format: 'text', what: 'bench', published: '2024-03-01' });
  const { sentences, tokens } = analyse(doc.text);
  const times = tagTimes(doc.text, { published: doc.published, dateline: doc.dateline?.date ?? null, skip: doc.metadataSpans });
  const named = findNamedActors(doc.text);
  const placeMentions = tagPlaces(doc.text, { datelinePlace: doc.dateline?.place ?? null, exclude: named });
  return { doc, sentences, tokens, times, places: placeMentions };
});

function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const t = performance.now(), c = process.cpuUsage();
  const value = run();
  const cpu = process.cpuUsage(c);
  return { value, wall: (performance.now() - t) / 1000, cpu: (cpu.user + cpu.system) / 1e6 };
}

// Warm up both stages (data files, compiled patterns, the JIT) on a few documents.
for (const warm of prepared.slice(0, 20)) {
  codeEvents({ ...warm, actors: tagActors(warm.doc.text, { sentences: warm.sentences, places: warm.places, skip: warm.doc.metadataSpans }) });
}

const actorRun = timed(() => prepared.map((p) => tagActors(p.doc.text, { sentences: p.sentences, places: p.places, skip: p.doc.metadataSpans })));
const annotated: Annotated[] = prepared.map((p, i) => ({ ...p, actors: actorRun.value[i] }));
const eventRun = timed(() => annotated.map((a) => codeEvents(a)));

const mb = size / 1e6;
const actorCount = actorRun.value.reduce((n, list) => n + list.length, 0);
const eventCount = eventRun.value.reduce((n, list) => n + list.length, 0);
console.log(`${docs.length} documents, ${mb.toFixed(2)} MB, ${actorCount} actor mentions, ${eventCount} events`);
console.log(`actors: ${(mb / actorRun.wall).toFixed(2)} MB/s wall, ${(mb / actorRun.cpu).toFixed(2)} MB/s per core by CPU time`);
console.log(`events: ${(mb / eventRun.wall).toFixed(2)} MB/s wall, ${(mb / eventRun.cpu).toFixed(2)} MB/s per core by CPU time`);
