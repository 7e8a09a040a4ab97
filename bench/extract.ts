// End to end: start-up of `bin/sitrep extract` on one report, and pipeline throughput on
// generated reports (the whole extract path, all stages, one core).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDocument } from '../src/document/index.js';
import { extract } from '../src/pipeline.js';

const towns = ['Sirte', 'Gao', 'Marib', 'Kharkiv', 'Mosul', 'Idlib', 'Maiduguri', 'Goma', 'Kidal', 'Aleppo'];
const days = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
function report(i: number): string {
  const town = towns[i % towns.length], day = days[i % days.length], n = 2 + (i % 9);
  return [
    `Fighting near ${town} leaves ${n} dead`,
    '',
    `${town.toUpperCase()}, 1${i % 9} March 2023 — Clashes broke out between the army and armed men near ${town} on ${day}, killing ${n} people, residents said.`,
    '',
    `A drone strike hit a house on the outskirts of the town the next day. Police arrested three men suspected of planting a roadside bomb.`,
    '',
    `Protesters gathered in the main square to demand the release of detainees; police dispersed them with tear gas.`,
  ].join('\n');
}

// Start-up: one report through the CLI, as a user runs it.
const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const file = join(dir, 'report.txt');
writeFileSync(file, report(1));
const runs: number[] = [];
for (let i = 0; i < 5; i++) {
  const t0 = performance.now();
  const r = spawnSync(join(process.cwd(), 'bin', 'sitrep'), ['extract', '--format', 'json', file], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  runs.push(performance.now() - t0);
}
runs.sort((a, b) => a - b);
console.log(`extract, one report through bin/sitrep: median ${runs[2].toFixed(0)} ms wall (min ${runs[0].toFixed(0)}, max ${runs[4].toFixed(0)})`);

// Throughput: the whole pipeline in-process.
const docs = Array.from({ length: 400 }, (_, i) => report(i));
extract(buildDocument({ text: docs[0], format: 'text', what: 'warm-up' }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d), 0);
const t0 = performance.now();
let events = 0;
for (const [i, text] of docs.entries()) events += extract(buildDocument({ text, format: 'text', what: `doc ${i}` })).events.length;
const seconds = (performance.now() - t0) / 1000;
console.log(`extract pipeline: ${docs.length} reports, ${(bytes / 1e6).toFixed(2)} MB in ${seconds.toFixed(2)} s: ` +
  `${(docs.length / seconds).toFixed(0)} docs/s, ${(bytes / 1e6 / seconds).toFixed(2)} MB/s per core, ${events} events`);
