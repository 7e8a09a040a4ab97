// Workbench benchmark: node --import tsx bench/workbench.ts [--events N] [--runs N]
// Fills a store with N synthetic events (coded records written through the Store, no NLP;
// kept in node_modules/.cache for the next run), then times the API's list and filter calls
// (p50/p95 over --runs calls each) and the page's first useful paint in chromium (events
// drawn on the map), when chromium is installed.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { openStore, type Store } from '../src/corpus/index.js';
import type { Analysis } from '../src/corpus/analysis.js';
import { buildApp } from '../src/server/index.js';
import { packageRoot } from '../src/paths.js';

const { values } = parseArgs({ options: { events: { type: 'string' }, runs: { type: 'string' } } });
const EVENTS = Number(values.events ?? 100_000);
const RUNS = Number(values.runs ?? 30);

const AREAS = [
  { cc: 'LY', country: 'Libya', lat: 31, lon: 17 }, { cc: 'ML', country: 'Mali', lat: 16, lon: -1 }, { cc: 'YE', country: 'Yemen', lat: 15, lon: 45 },
  { cc: 'SY', country: 'Syria', lat: 35, lon: 38 }, { cc: 'SD', country: 'Sudan', lat: 14, lon: 30 }, { cc: 'UA', country: 'Ukraine', lat: 48.5, lon: 35 },
  { cc: 'SO', country: 'Somalia', lat: 4, lon: 45 }, { cc: 'CD', country: 'Democratic Republic of the Congo', lat: -1, lon: 28 },
];
const TYPES = [
  ['Battles', 'Armed clash', 'Political violence'], ['Explosions/Remote violence', 'Air/drone strike', 'Political violence'],
  ['Explosions/Remote violence', 'Shelling/artillery/missile attack', 'Political violence'], ['Violence against civilians', 'Attack', 'Political violence'],
  ['Protests', 'Peaceful protest', 'Demonstrations'], ['Strategic developments', 'Looting/property destruction', 'Strategic developments'],
];

// A small deterministic generator (mulberry32): the same store every run.
let seed = 42;
function rand(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
}

function synthetic(i: number): Analysis {
  const a = AREAS[i % AREAS.length], [type, sub, disorder] = TYPES[Math.floor(rand() * TYPES.length)];
  const day = new Date(Date.UTC(2021, 0, 1) + Math.floor(rand() * 1500) * 86_400_000).toISOString().slice(0, 10);
  const lat = a.lat + (rand() - 0.5) * 8, lon = a.lon + (rand() - 0.5) * 8, killed = Math.floor(rand() ** 3 * 40);
  const text = `${sub} near town ${i}\n\nFighting was reported near town ${i} in ${a.country} on ${day}; ${killed} people were killed, officials said.`;
  const ev = text.indexOf('Fighting');
  const id = `bench-${i}`;
  const record = {
    id: `${id}-r0`, event_type: type, sub_event_type: sub, disorder_type: disorder,
    actor1: { id: 'x', name: `Armed group ${i % 50}`, type: 'Rebel group', mention: { start: ev, end: ev + 8, text: 'Fighting' } },
    actor2: null, assoc_actor_1: [], assoc_actor_2: [], interaction: 'Rebel group only', civilian_targeting: null,
    location: { name: `Town ${i}`, admin1: null, country: a.country, country_code: a.cc, lat, lon, geonames_id: null, geo_precision: 1, mention: null },
    date: { start: day, end: day, precision: 'day', time_precision: 1, mention: null, how: 'sentence' },
    fatalities: killed, certainty: 'reported', evidence: [{ start: ev, end: text.length, text: text.slice(ev) }], triggers: [], notes: `${sub} in ${a.country}.`,
    plover: { event: 'ASSAULT', mode: null },
  };
  return {
    document: { id, text, title: `${sub} near town ${i}`, summary: null, author: null, url: null, published: day, dateline: null, follows_previous: false, language: 'en' } as unknown as Analysis['document'],
    mentions: [],
    reports: [{ record: record as unknown as Analysis['reports'][number]['record'], documentId: id, position: 0, dateStated: true }],
  };
}

async function storeOf(n: number): Promise<string> {
  const dir = join(packageRoot, 'node_modules', '.cache', 'sitrep-bench');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `workbench-${n}.db`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const t0 = performance.now();
  const store = await openStore(partial, { mode: 'write' });
  for (let i = 0; i < n; i += 1000) {
    await store.writeBatch(Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({ hash: `h${i + k}`, source: 'bench', analysis: synthetic(i + k) })));
  }
  await store.close();
  for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
  renameSync(partial, file);
  process.stdout.write(`wrote ${n} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return file;
}

function percentiles(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)];
  return `p50 ${at(0.5).toFixed(0)} ms, p95 ${at(0.95).toFixed(0)} ms`;
}

async function timeApi(store: Store): Promise<void> {
  const app = await buildApp({ store, token: 'bench', tokenForReads: false });
  const calls = ['/api/events', '/api/events?type=Battles', '/api/events?country=ML', '/api/events?type=Air/drone strike&country=Yemen',
    '/api/events?review=accepted', '/api/events?q=clash', '/api/events?actor=group 7', '/api/events?certainty=claimed'];
  for (const url of calls) {
    const ms: number[] = [];
    let body = { count: 0, truncated: false }, bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      const res = await app.inject(url);
      ms.push(performance.now() - t);
      body = res.json(); bytes = res.payload.length;
    }
    process.stdout.write(`${url.padEnd(52)} ${String(body.count).padStart(6)} events${body.truncated ? ' (first of more)' : ''}, ${(bytes / 1e6).toFixed(1)} MB: ${percentiles(ms)}\n`);
  }
  await app.close();
}

async function timePage(store: Store): Promise<void> {
  const { missingBrowser, launch } = await import('../test/server/browser.js');
  const why = missingBrowser();
  if (why) { process.stdout.write(`page: skipped, ${why}\n`); return; }
  const app = await buildApp({ store, token: 'bench', tokenForReads: false });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const port = (app.server.address() as { port: number }).port;
  const browser = await launch();
  const ms: number[] = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.waitForFunction(() => Number((document.querySelector('#map') as HTMLElement).dataset.rendered ?? 0) > 0, undefined, { timeout: 60_000 });
    ms.push(performance.now() - t);
    await page.close();
  }
  process.stdout.write(`page: first useful paint (events drawn on the map) ${percentiles(ms)} over 5 loads\n`);
  await browser.close();
  await app.close();
}

const file = await storeOf(EVENTS);
// Opened for writing so that the schema is brought up to date (the bench never writes).
const store = await openStore(file, { mode: 'write' });
process.stdout.write(`workbench over ${(await store.countEvents()).events} events\n`);
await timeApi(store);
await timePage(store);
await store.close();
