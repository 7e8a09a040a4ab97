// Workbench benchmark: node --import tsx bench/workbench.ts [--events N] [--runs N]
// Fills a store with N synthetic events (coded records written through the Store, no NLP, a
// tenth of them claimed or rumoured and one in a hundred reviewed; kept in node_modules/.cache
// for the next run), then times the API's list and filter calls, the map's cells and the
// timeline (p50/p95 over --runs calls each), and the page's first useful paint in chromium
// (map cells and timeline drawn), when chromium is installed, each against its target.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { cpus, loadavg } from 'node:os';
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

const CERTAINTY = ['reported', 'reported', 'reported', 'reported', 'reported', 'reported', 'reported', 'eyewitness', 'claimed', 'rumoured'];

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
    fatalities: killed, certainty: CERTAINTY[Math.floor(i / AREAS.length) % CERTAINTY.length], evidence: [{ start: ev, end: text.length, text: text.slice(ev) }], triggers: [], notes: `${sub} in ${a.country}.`,
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
  const file = join(dir, `workbench-${n}-v4.db`);
  if (existsSync(file)) return file;
  const partial = `${file}.partial`;
  rmSync(partial, { force: true });
  const t0 = performance.now();
  const store = await openStore(partial, { mode: 'write' });
  for (let i = 0; i < n; i += 1000) {
    await store.writeBatch(Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({ hash: `h${i + k}`, source: 'bench', analysis: synthetic(i + k) })));
  }
  // One event in a hundred reviewed: accepted, rejected or edited in turn.
  for (let i = 0; i < n; i += 100) {
    const id = `bench-${i}-r0`;
    const kind = (i / 100) % 3;
    await store.reviewEvent(id, kind === 2 ? { set: { fatalities: 1 }, who: 'bench' } : { status: kind === 0 ? 'accepted' : 'rejected', who: 'bench' }).catch(() => undefined);
  }
  await store.close();
  for (const ext of ['-wal', '-shm']) rmSync(partial + ext, { force: true });
  renameSync(partial, file);
  process.stdout.write(`wrote ${n} synthetic events in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return file;
}

const TARGET_API_MS = 100;
const TARGET_PAINT_MS = 2000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
}

function figures(ms: number[], target: number): string {
  const s = [...ms].sort((a, b) => a - b);
  const p95 = percentile(s, 0.95);
  return `p50 ${percentile(s, 0.5).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms (target p95 < ${target} ms: ${p95 < target ? 'met' : 'MISSED'})`;
}

const GROUPS: [string, string[]][] = [
  ['list', ['/api/events', '/api/events?offset=5000', '/api/events?limit=500']],
  ['filter', ['/api/events?type=Battles', '/api/events?country=ML', '/api/events?type=Air/drone strike&country=Yemen', '/api/events?review=accepted',
    '/api/events?q=clash', '/api/events?actor=group 7', '/api/events?certainty=claimed', '/api/events?from=2022-01-01&to=2022-03-31',
    '/api/events?type=Battles&certainty=rumoured&review=unreviewed']],
  ['map', ['/api/map?zoom=1', '/api/map?zoom=3&bbox=-20,-15,60,45', '/api/map?zoom=6&bbox=12,27,22,35', '/api/map?zoom=1&type=Battles',
    '/api/map?zoom=3&bbox=-20,-15,60,45&from=2022-01-01&to=2022-03-31', '/api/map?zoom=1&q=clash']],
  ['timeline', ['/api/timeline', '/api/timeline?type=Battles', '/api/timeline?country=ML&certainty=claimed', '/api/timeline?q=clash']],
];

async function timeApi(store: Store): Promise<void> {
  const app = await buildApp({ store, token: 'bench', tokenForReads: false });
  for (const [group, calls] of GROUPS) {
    const all: number[] = [];
    for (const url of calls) {
      const ms: number[] = [];
      let res = await app.inject(url);
      if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        res = await app.inject(url);
        ms.push(performance.now() - t);
      }
      all.push(...ms);
      const body = res.json();
      const what = group === 'map' ? `${body.cells.length} cells of ${body.count} events` : group === 'timeline' ? `${body.days.length} days, ${body.total} events`
        : `${body.events.length} rows of ${body.count}${body.count_capped ? '+' : ''}`;
      process.stdout.write(`  ${url.padEnd(66)} ${what.padEnd(28)} ${(res.payload.length / 1e3).toFixed(0).padStart(5)} kB: ${figures(ms, TARGET_API_MS)}\n`);
    }
    process.stdout.write(`${group.toUpperCase()} calls, all: ${figures(all, TARGET_API_MS)}\n`);
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
  for (let i = 0; i < 6; i++) {
    const page = await browser.newPage();
    const t = performance.now();
    await page.goto(`http://127.0.0.1:${port}/`);
    // Useful: the map shows the events (cells drawn) and the timeline its bars.
    await page.waitForFunction(() => Number((document.querySelector('#map') as HTMLElement).dataset.rendered ?? 0) > 0
      && document.querySelectorAll('#timeline rect.bar').length > 0, undefined, { timeout: 60_000, polling: 20 });
    // The first load warms the browser's cache of the page's scripts, as a coder's second visit would.
    if (i > 0) ms.push(performance.now() - t);
    await page.close();
  }
  process.stdout.write(`PAGE first useful paint (map and timeline drawn), 5 loads after a warm-up: ${figures(ms, TARGET_PAINT_MS)}\n`);
  await browser.close();
  await app.close();
}

const file = await storeOf(EVENTS);
// Opened for writing so that the schema is brought up to date (the bench never writes).
const store = await openStore(file, { mode: 'write' });
process.stdout.write(`workbench over ${(await store.countEvents()).events} events; machine load average ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} cores\n`);
await timeApi(store);
await timePage(store);
await store.close();
process.stdout.write(`machine load average after: ${loadavg().map((l) => l.toFixed(2)).join(' ')}\n`);
