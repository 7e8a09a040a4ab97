// Corpus benchmark: node --import tsx bench/corpus.ts [--docs N] [--workers N] [--keep]
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

const { values } = parseArgs({ options: { docs: { type: 'string' }, workers: { type: 'string' }, keep: { type: 'boolean' }, queries: { type: 'string' } } });
const DOCS = Number(values.docs ?? 100_000);
const WORKERS = Number(values.workers ?? availableParallelism());
const QUERIES = Number(values.queries ?? 200);
const FULL = 100_000;

interface Town { name: string; country: string; adjective: string; lat: number; lon: number }
const TOWNS: Town[] = [
  { name: 'Sirte', country: 'Libya', adjective: 'Libyan', lat: 31.21, lon: 16.59 },
  { name: 'Misrata', country: 'Libya', adjective: 'Libyan', lat: 32.38, lon: 15.09 },
  { name: 'Benghazi', country: 'Libya', adjective: 'Libyan', lat: 32.12, lon: 20.07 },
  { name: 'Gao', country: 'Mali', adjective: 'Malian', lat: 16.27, lon: -0.04 },
  { name: 'Kidal', country: 'Mali', adjective: 'Malian', lat: 18.44, lon: 1.41 },
  { name: 'Mopti', country: 'Mali', adjective: 'Malian', lat: 14.49, lon: -4.2 },
  { name: 'Marib', country: 'Yemen', adjective: 'Yemeni', lat: 15.46, lon: 45.33 },
  { name: 'Taiz', country: 'Yemen', adjective: 'Yemeni', lat: 13.58, lon: 44.02 },
  { name: 'Homs', country: 'Syria', adjective: 'Syrian', lat: 34.73, lon: 36.72 },
  { name: 'Idlib', country: 'Syria', adjective: 'Syrian', lat: 35.93, lon: 36.63 },
  { name: 'Raqqa', country: 'Syria', adjective: 'Syrian', lat: 35.95, lon: 39.01 },
  { name: 'Mosul', country: 'Iraq', adjective: 'Iraqi', lat: 36.34, lon: 43.13 },
  { name: 'Kirkuk', country: 'Iraq', adjective: 'Iraqi', lat: 35.47, lon: 44.39 },
  { name: 'Maiduguri', country: 'Nigeria', adjective: 'Nigerian', lat: 11.85, lon: 13.16 },
  { name: 'Goma', country: 'DR Congo', adjective: 'Congolese', lat: -1.68, lon: 29.23 },
  { name: 'Bunia', country: 'DR Congo', adjective: 'Congolese', lat: 1.57, lon: 30.25 },
  { name: 'Kherson', country: 'Ukraine', adjective: 'Ukrainian', lat: 46.64, lon: 32.61 },
  { name: 'Kupiansk', country: 'Ukraine', adjective: 'Ukrainian', lat: 49.71, lon: 37.62 },
  { name: 'Mogadishu', country: 'Somalia', adjective: 'Somali', lat: 2.04, lon: 45.34 },
  { name: 'Kismayo', country: 'Somalia', adjective: 'Somali', lat: -0.36, lon: 42.55 },
  { name: 'Khartoum', country: 'Sudan', adjective: 'Sudanese', lat: 15.55, lon: 32.53 },
  { name: 'Peshawar', country: 'Pakistan', adjective: 'Pakistani', lat: 34.01, lon: 71.58 },
  { name: 'Quetta', country: 'Pakistan', adjective: 'Pakistani', lat: 30.19, lon: 67.0 },
  { name: 'Nairobi', country: 'Kenya', adjective: 'Kenyan', lat: -1.28, lon: 36.82 },
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBERS = ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

type Kind = (t: Town, date: string, n: number, v: number) => { title: string; body: string };
const KINDS: Kind[] = [
  (t, d, n, v) => v ? { title: `${cap(NUMBERS[n])} killed in drone strike on ${t.name}`, body: `A drone struck a market in ${t.name} on ${d}, killing ${NUMBERS[n]} civilians and wounding several others, a hospital official said.` }
    : { title: `Air strike hits ${t.name} market`, body: `An air strike by a drone on a crowded market in the ${t.adjective} city of ${t.name} killed ${n + 3} civilians on ${d}, local officials said.` },
  (t, d, n, v) => v ? { title: `Shelling of ${t.name} kills ${NUMBERS[n]}`, body: `Artillery shells hit residential areas of ${t.name} on ${d}, killing ${NUMBERS[n]} civilians, the regional governor said.` }
    : { title: `${t.name} shelled overnight`, body: `Heavy shelling struck ${t.name} on ${d}; ${n + 2} civilians were killed, according to rescue workers.` },
  (t, d, n, v) => v ? { title: `Clashes near ${t.name}`, body: `Government forces clashed with rebels near ${t.name} on ${d}, and ${NUMBERS[n]} fighters were killed, a military source said.` }
    : { title: `Fighting erupts in ${t.name}`, body: `Fierce fighting broke out between the army and rebel fighters in ${t.name} on ${d}, leaving ${n + 2} combatants dead.` },
  (t, d, n) => ({ title: `Protesters march in ${t.name}`, body: `Hundreds of protesters marched through ${t.name} on ${d} to demand the release of detained activists; police fired tear gas to disperse them, and ${NUMBERS[n]} people were arrested.` }),
  (t, d, n) => ({ title: `Gunmen abduct villagers near ${t.name}`, body: `Gunmen abducted ${NUMBERS[n]} villagers near ${t.name} on ${d}, police said, and demanded a ransom for their release.` }),
  (t, d, n) => ({ title: `Roadside bomb hits patrol near ${t.name}`, body: `A roadside bomb struck an army patrol near ${t.name} on ${d}, killing ${NUMBERS[n]} soldiers, a security official said.` }),
  (t, d) => ({ title: `Truce agreed in ${t.name}`, body: `Rival armed groups signed a ceasefire agreement in ${t.name} on ${d} after mediation by local elders.` }),
];
const FILLER = [
  'Residents said the situation remained tense and many families had left their homes.',
  'Aid agencies warned that access to food and medicine in the area was becoming more difficult.',
  'There was no immediate comment from the authorities, who have in the past denied similar reports.',
  'The area has seen repeated violence over the past year, according to local monitors.',
  'Schools and shops stayed closed for most of the day, witnesses told reporters.',
];

function cap(s: string): string { return s[0].toUpperCase() + s.slice(1); }

/** Deterministic pseudo-random numbers, so every run ingests the same corpus. */
function random(seed: number) {
  let x = seed >>> 0;
  return () => { x = (x + 0x6d2b79f5) >>> 0; let t = x; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const START = Date.UTC(2021, 0, 1), SPAN_DAYS = 730;

async function generate(file: string, docs: number): Promise<void> {
  const out = createWriteStream(file);
  const rnd = random(42);
  let written = 0, event = 0;
  while (written < docs) {
    const town = TOWNS[Math.floor(rnd() * TOWNS.length)];
    const kind = Math.floor(rnd() * KINDS.length);
    const day = new Date(START + Math.floor(rnd() * SPAN_DAYS) * 86_400_000);
    const n = Math.floor(rnd() * 9);
    const reports = rnd() < 0.25 ? 2 : 1;
    for (let r = 0; r < reports && written < docs; r++, written++) {
      const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`;
      const { title, body } = KINDS[kind](town, date, Math.min(10, n + r), r === 0 ? 1 : 0);
      const published = new Date(day.getTime() + 86_400_000).toISOString().slice(0, 10);
      const filler = [FILLER[(event + r) % FILLER.length], FILLER[(event + r + 2) % FILLER.length]].join(' ');
      const text = `${title}\n\n${town.name.toUpperCase()}, ${town.country} — ${body} ${filler}\n\nReport ${event}-${r}.`;
      if (!out.write(JSON.stringify({ id: `bench-${event}-${r}`, text, published, url: `https://outlet${r + 1}.example.org/${event}` }) + '\n')) await once(out, 'drain');
    }
    event++;
  }
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
