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

const targetMb = Number(process.argv[2] ?? 0.5);

const templates = [
  '{G} fighters attacked an army base near {P} on {D}, killing {N} soldiers, officials said.',
  'Security forces fired tear gas to disperse hundreds of protesters in {P} on {D}.',
  'A roadside bomb struck a police patrol outside {P}, wounding {N} officers, a local official said.',
  'Government troops recaptured the village of {P} from {G} after heavy fighting.',
  'Unidentified gunmen abducted {N} villagers in {P} overnight, residents told reporters.',
  'Police seized a cache of rifles and ammunition during a raid on a house in {P}.',
  'Traders marched peacefully through {P} to demand lower taxes, carrying placards.',
  'The ministry said the talks in {P} would resume next month if both sides agreed.',
  'Warplanes struck positions held by {G} east of {P}, a war monitor said on {D}.',
  'An angry mob set fire to shops in {P} after a dispute between two families.',
  'The match in {P} ended in a draw after a fierce battle for the title, the coach said.',
  'Years ago, the town of {P} was the scene of a massacre that residents still remember.',
];
// What surrounds the events in a report: quotes, background, context, none of it an event.
const filler = [
  'The road between {P} and the coast has been closed to traffic for most of the week.',
  '"We are tired and we want to go home," said a shopkeeper in {P}, who asked not to be named.',
  'Prices of flour and fuel have nearly doubled in {P} since the start of the year.',
  'The district of {P} is home to about 200,000 people, many of them farmers and herders.',
  'Officials said schools in {P} would reopen on {D} if the situation allowed it.',
  'The United Nations has called on all parties to respect international humanitarian law.',
];
const groups = ['Al Shabaab', 'Islamic State', 'Boko Haram', 'JNIM', 'M23', 'the Taliban', 'Houthi'];
const places = ['Kismayo', 'Gao', 'Mosul', 'Maiduguri', 'Goma', 'Kandahar', 'Taiz', 'Aleppo', 'Beirut', 'Lagos', 'Nairobi', 'Sirte'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const docs: string[] = [];
let size = 0, k = 0;
while (size < targetMb * 1e6) {
  const sentences: string[] = [];
  for (let s = 0; s < 12; s++, k++) {
    // About half the sentences of a report state no event.
    sentences.push((k % 2 ? filler[(k * 3) % filler.length] : templates[(k * 5) % templates.length])
      .replace('{G}', groups[(k * 3) % groups.length])
      .replace('{P}', places[(k * 7) % places.length])
      .replace('{D}', days[k % days.length])
      .replace('{N}', String(2 + (k % 9))));
  }
  const doc = `Report ${docs.length + 1}\n\n${sentences.slice(0, 6).join(' ')}\n\n${sentences.slice(6).join(' ')}\n`;
  docs.push(doc);
  size += doc.length;
}

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
