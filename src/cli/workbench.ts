// The workbench commands: serve the review workbench over a store, the demo (the bundled
// examples ingested, then served), and `review` for scripts.
import { availableParallelism } from 'node:os';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InputError, UsageError } from '../errors.js';
import { DEFAULT_DB, ingest, openStore } from '../corpus/index.js';
import { packageRoot } from '../paths.js';
import { buildApp, generateToken, isLoopback } from '../server/index.js';
import { review, ReviewError } from '../server/review.js';
import { searchPlaces } from '../server/reference.js';
import { formatIngestSummary } from './corpus.js';
import { reviewOptions, serveOptions } from './options.js';

export const DEMO_DB = 'sitrep-demo.db';

export async function runWorkbenchCommand(command: string, argv: string[], maxMb: number): Promise<number> {
  if (command === 'review') return runReview(argv);
  const { db: given, port, host } = serveOptions(command === 'demo' ? 'demo' : 'serve', argv);
  if (command === 'demo') {
    const db = given ?? DEMO_DB;
    const examples = join(packageRoot, 'examples');
    const files = readdirSync(examples).filter((f) => /\.(?:txt|html)$/.test(f)).map((f) => join(examples, f));
    const summary = await ingest(files, { db, workers: Math.min(2, availableParallelism()), maxBytes: maxMb * 1024 * 1024, progress: undefined });
    process.stdout.write(formatIngestSummary(summary, db));
    return serve(db, host, port);
  }
  const db = given ?? DEFAULT_DB;
  await mustExist(db);
  return serve(db, host, port);
}

async function serve(db: string, host: string, port: number): Promise<number> {
  const fromEnv = process.env.SITREP_TOKEN?.trim();
  const token = fromEnv || generateToken();
  const store = await openStore(db, { mode: 'write' });
  const app = await buildApp({ store, token, tokenForReads: !isLoopback(host) });
  try {
    await app.listen({ host, port });
  } catch (err) {
    await store.close();
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new InputError(`port ${port} is in use on ${host}: choose another with --port`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new InputError(`cannot listen on ${host}: no such local address`);
    throw err;
  }
  const address = app.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  const shownHost = host.includes(':') ? `[${host}]` : host;
  process.stdout.write(`sitrep workbench on http://${shownHost}:${actual}/ (store ${db})\n`);
  process.stdout.write(fromEnv ? 'Token: the one in SITREP_TOKEN\n' : `Token for reviews (shown once): ${token}\n  open http://${shownHost}:${actual}/#token=${token}\n`);
  if (!isLoopback(host)) process.stdout.write('Listening beyond this machine: reads need the token too.\n');
  process.stdout.write('Ctrl-C stops it.\n');
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  await store.close();
  return 0;
}

/** Serving or reviewing needs a store already there: a mistyped --db is no new empty store. */
async function mustExist(db: string): Promise<void> {
  await (await openStore(db, { mode: 'read' })).close();
}

/** `--set field=value` of the command line → the API's edit fields. */
export function setFields(pairs: string[]): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  const actor = (side: 'actor1' | 'actor2') => (set[side] ??= {}) as Record<string, unknown>;
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at < 1) throw new UsageError(`--set takes field=value, not "${pair}"`);
    const [key, value] = [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
    switch (key) {
      case 'type': case 'sub_event_type': set.sub_event_type = value; break;
      case 'date': {
        const [start, end] = value.split('..');
        set.date = { ...(set.date as object), start, ...(end ? { end } : {}), precision: (set.date as { precision?: string })?.precision ?? 'day' };
        break;
      }
      case 'precision': set.date = { ...(set.date as object), precision: value }; break;
      case 'place': set.place_ref = placeRef(value); break;
      case 'place_ref': set.place_ref = Number(value); break;
      case 'actor1': case 'actor2': if (value) actor(key).name = value; else set[key] = null; break;
      case 'actor1_type': case 'actor2_type': actor(key.slice(0, 6) as 'actor1' | 'actor2').type = value; break;
      case 'fatalities': set.fatalities = /^\d+$/.test(value) ? Number(value) : value; break;
      case 'certainty': set.certainty = value; break;
      case 'notes': set.notes = value; break;
      default: throw new UsageError(`--set: unknown field "${key}" (fields: type, date, precision, place, place_ref, actor1, actor1_type, actor2, actor2_type, fatalities, certainty, notes)`);
    }
  }
  return set;
}

/** A place name with one gazetteer entry, or "Name, Admin1" / "Name, Country" that narrows it to one. */
function placeRef(value: string): number {
  const [name, ...within] = value.split(',').map((s) => s.trim());
  const where = within.join(', ').toLowerCase();
  let found = searchPlaces(name, 50);
  if (where) found = found.filter((p) => [p.admin1, p.country, p.country_code].some((x) => x && x.toLowerCase() === where));
  if (found.length === 1) return found[0].ref;
  // A town and the province named after it: the town is where events are placed.
  const towns = found.filter((p) => p.kind === 'settlement');
  if (towns.length === 1) return towns[0].ref;
  if (!found.length) throw new UsageError(`--set place: no gazetteer place "${value}"`);
  const list = found.slice(0, 5).map((p) => `${p.name}, ${p.admin1 ?? '?'}, ${p.country ?? '?'} (place_ref=${p.ref})`).join('; ');
  throw new UsageError(`--set place: "${value}" names ${found.length} places; add the region or country ("${name}, Country") or use place_ref: ${list}`);
}

async function runReview(argv: string[]): Promise<number> {
  const o = reviewOptions(argv);
  const body = { action: o.action, ...(o.action === 'edit' ? { set: setFields(o.sets) } : {}), who: o.who ?? process.env.USER ?? 'cli', ...(o.note ? { note: o.note } : {}) };
  const db = o.db ?? DEFAULT_DB;
  await mustExist(db);
  const store = await openStore(db, { mode: 'write' });
  try {
    const entry = await review(store, o.eventId, body);
    const edits = Object.keys(entry.after.edits);
    process.stdout.write(`${o.eventId}: ${entry.after.status}${edits.length ? ` (edited: ${edits.join(', ')})` : ''} by ${entry.who} at ${entry.at}\n`);
    return 0;
  } catch (err) {
    if (err instanceof ReviewError) {
      if (err.status === 404) throw new InputError(err.message);
      throw new UsageError(err.message);
    }
    throw err;
  } finally {
    await store.close();
  }
}
