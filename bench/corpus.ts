// Corpus benchmark: node --import tsx bench/corpus.ts [--docs N | --corpus] [--workers N] [--keep]
// Generates realistic conflict reports from templates (nothing is stored in the repository;
// about one event in four is reported twice, worded differently, so corroboration works),
// ingests them into a fresh store, then times bbox + date-range event queries.
// Prints docs/s, peak RSS and the p95 query time; with fewer than 100,000 documents it also
// prints the time 100,000 would take at the measured rate.
import { mkdtempSync, createWriteStream, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir, availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { ingest } from '../src/corpus/ingest.js';
import { openStore } from '../src/corpus/store/index.js';
import { createProgress, duration } from '../src/corpus/progress.js';
import { corpusLines, random, START, SPAN_DAYS, TOWNS } from './_reports.js';

const { values } = parseArgs({ options: { docs: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'boolean' }, queries: { type: 'string' }, corpus: { type: 'boolean' } } });
// A few minutes by default; --corpus runs the full 100,000 documents.
const DOCS = Number(values.docs ?? (values.corpus ? 100_000 : 5_000));
const WORKERS = Number(values.workers ?? availableParallelism());
const QUERIES = Number(values.queries ?? 200);
const FULL = 100_000;

async function generate(file: string, docs: number): Promise<void> {
  const out = createWriteStream(file);
  for (const line of corpusLines(docs)) if (!out.write(line + '\n')) await once(out, 'drain');
  out.end();
  await once(out, 'finish');
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
const corpus = join(dir, 'reports.jsonl');
const dbPath = join(dir, 'bench.db');
try {
  const g0 = performance.now();
  await generate(corpus, DOCS);
  console.log(`generated ${DOCS} reports (${(statSync(corpus).size / 1e6).toFixed(1)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s`);

  const t0 = performance.now();
  const summary = await ingest([corpus], { db: dbPath, workers: WORKERS, maxBytes: 10 << 20, progress: (total) => createProgress(total) });
  const seconds = (performance.now() - t0) / 1000;
  const rate = summary.stored / seconds;
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const store = await openStore(dbPath, { mode: 'read' });
  const { events } = await store.countEvents();
  let merged = 0;
  for await (const e of store.queryEvents({})) if (e.event.sources.length > 1) merged++;
  const rnd = random(7);
  const times: number[] = [];
  let rows = 0;
  for (let i = 0; i < QUERIES; i++) {
    const town = TOWNS[Math.floor(rnd() * TOWNS.length)];
    const from = new Date(START + Math.floor(rnd() * (SPAN_DAYS - 30)) * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.parse(from) + 30 * 86_400_000).toISOString().slice(0, 10);
    const q0 = performance.now();
    for await (const _ of store.queryEvents({ bbox: [town.lon - 1, town.lat - 1, town.lon + 1, town.lat + 1], from, to })) rows++;
    times.push(performance.now() - q0);
  }
  await store.close();
  times.sort((a, b) => a - b);

  console.log('');
  console.log(`documents:        ${summary.stored} stored, ${summary.failures.length} failed, ${summary.alreadyStored} skipped as already stored`);
  console.log(`events:           ${events} (${merged} corroborated by more than one report)`);
  console.log(`ingest:           ${duration(seconds)} with ${WORKERS} workers = ${rate.toFixed(1)} docs/s`);
  console.log(`peak RSS:         ${peakRssMb.toFixed(0)} MB (main thread and workers)`);
  console.log(`store size:       ${(statSync(dbPath).size / 1e6).toFixed(1)} MB`);
  console.log(`query bbox+dates: p50 ${percentile(times, 50).toFixed(2)} ms, p95 ${percentile(times, 95).toFixed(2)} ms over ${QUERIES} queries (2°×2° box, 30 days; ${(rows / QUERIES).toFixed(1)} events each), target < 50 ms`);
  if (DOCS < FULL) {
    console.log(`extrapolation:    ${FULL} documents at ${rate.toFixed(1)} docs/s would take ${duration(FULL / rate)} (measured on ${DOCS}, not run)`);
  }
} finally {
  if (values.keep) console.log(`kept ${dir}`);
  else rmSync(dir, { recursive: true, force: true });
}
