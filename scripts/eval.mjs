#!/usr/bin/env node
// Runs the shared scorers (../shared/eval) against bin/sitrep and prints their figures.
// Skips, with a message, when ../shared is not there: it is evaluation data, not ours to ship.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const shared = resolve(process.env.SITREP_SHARED ?? '../shared');
const evalDir = join(shared, 'eval');
if (!existsSync(evalDir)) {
  console.log(`eval: ${evalDir} not found; nothing to score (set SITREP_SHARED to its folder)`);
  process.exit(0);
}
const runs = [
  ['seed (events)', 'score-events.mjs', [join(shared, 'seed/expected.json')]],
  ['reports-dev (whole reports)', 'score-events.mjs', [join(evalDir, 'data/reports-dev')]],
  ['spans (reports-dev and seed)', 'check-spans.mjs', [join(evalDir, 'data/reports-dev'), join(shared, 'seed/expected.json')]],
  ['CASE 2021 (event types)', 'score-case2021.mjs', []],
  ['TimeBank+AQUAINT (times)', 'score-times.mjs', [join(evalDir, 'data/tempeval3/tbaq-dev.jsonl')]],
  ['GeoWebNews (places)', 'score-places.mjs', [join(evalDir, 'data/geowebnews/dev.jsonl')]],
  ['LGL (places)', 'score-places.mjs', [join(evalDir, 'data/lgl/dev.jsonl')]],
  ['GeoWebNews+LGL (places)', 'score-places.mjs', [join(evalDir, 'data/geowebnews/dev.jsonl'), join(evalDir, 'data/lgl/dev.jsonl')]],
];
let failed = 0;
for (const [name, script, args] of runs) {
  const started = Date.now();
  try {
    const out = execFileSync('node', [join(evalDir, script), ...args], { encoding: 'utf8', maxBuffer: 256 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    const tail = out.trim().split('\n').slice(-3).join('\n  ');
    console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s)\n  ${tail}`);
  } catch (err) {
    failed++;
    // check-spans exits 1 when a field lacks its span: its figures are still the answer.
    const out = String(err.stdout ?? '').trim();
    if (out) console.log(`${name} (${((Date.now() - started) / 1000).toFixed(1)} s, below its bar)\n  ${out.split('\n').slice(-3).join('\n  ')}`);
    else console.log(`${name}: scorer failed: ${String(err.stderr || err.message).trim().split('\n').slice(-2).join(' | ')}`);
  }
}
process.exit(failed ? 1 : 0);
