// Corroboration cost by event size: node --import tsx bench/corpus-sources.ts
// Grows one event to thousands of sources (synthetic coded reports: no text pipeline) and
// times adding one more report, one transaction each, as ingest does for a feed that keeps
// reporting the same event. The cost should not grow with the number of sources (issue 12).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openStore } from '../src/corpus/store/index.js';
import { analysis } from '../test/corpus/fixtures.js';

const SIZES = [1, 10, 100, 1000, 2500];
const SAMPLES = 50;

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-sources-'));
const store = await openStore(join(dir, 'bench.db'), { mode: 'write' });
let n = 0;
const item = () => { const d = `doc${n++}`; return { hash: d, source: `${d}.txt`, analysis: analysis(d, [{ fatalities: 1 + (n % 30) }]) }; };
try {
  const rows: string[] = [];
  for (const size of SIZES) {
    while (n < size) await store.writeBatch(Array.from({ length: Math.min(500, size - n) }, item));
    const t0 = performance.now();
    for (let i = 0; i < SAMPLES; i++) await store.writeBatch([item()]);
    const ms = (performance.now() - t0) / SAMPLES;
    rows.push(`  ${String(size).padStart(5)} sources: ${ms.toFixed(2)} ms per added report`);
  }
  const { events } = await store.countEvents();
  if (events !== 1) throw new Error(`expected one event, got ${events}`);
  console.log(`adding a report to an event of N sources (one transaction each, ${SAMPLES} samples per size):`);
  console.log(rows.join('\n'));
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
