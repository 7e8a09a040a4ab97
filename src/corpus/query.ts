// `sitrep events`: corroborated events filtered by type, actor, country, box, dates and the
// full text of their documents. Rows stream from SQLite, so a large answer costs no memory.
import type { Db } from './store/database.js';
import type { CorpusEvent } from './types.js';
import { InputError } from '../errors.js';

export interface EventFilter {
  /** Event types or sub-event types, any of them (case-insensitive). */
  types?: string[];
  /** Part of an actor's name. */
  actor?: string;
  /** ISO alpha-2 code or country name. */
  country?: string;
  /** West, south, east, north in degrees; west > east crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Event date bounds, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Full-text search over the events' documents (SQLite FTS5 syntax). */
  q?: string;
  limit?: number;
}

export interface StoredEvent {
  /** Row number: ACLED's event_id_cnty is the country code and this. */
  rowid: number;
  updatedAt: number;
  event: CorpusEvent;
}

export function* queryEvents(db: Db, f: EventFilter): Generator<StoredEvent> {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  if (f.types?.length) {
    const names = f.types.map((t, i) => { params[`type${i}`] = t.toLowerCase(); return `@type${i}`; }).join(', ');
    where.push(`(lower(event_type) IN (${names}) OR lower(sub_event_type) IN (${names}))`);
  }
  if (f.actor) { where.push("actors LIKE @actor ESCAPE '\\'"); params.actor = `%${f.actor.replace(/[%_\\]/g, '\\$&')}%`; }
  if (f.country) { where.push('(country_code = upper(@country) OR lower(country) = lower(@country))'); params.country = f.country; }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    Object.assign(params, { w, s, e, n });
    where.push('lat BETWEEN @s AND @n', w <= e ? 'lon BETWEEN @w AND @e' : '(lon >= @w OR lon <= @e)');
  }
  if (f.from) { where.push('event_date >= @from'); params.from = f.from; }
  if (f.to) { where.push('event_date <= @to'); params.to = f.to; }
  if (f.q) {
    where.push(`id IN (SELECT es.event_id FROM event_sources es JOIN documents d ON d.id = es.document_id
      WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q))`);
    params.q = f.q;
  }
  const sql = `SELECT e.rowid AS rowid, e.updated_at AS updated_at, e.record AS record, r.status AS status FROM events e
    LEFT JOIN reviews r ON r.event_id = e.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY event_date IS NULL, event_date, e.rowid
    ${f.limit ? `LIMIT ${Math.floor(f.limit)}` : ''}`;
  let rows: IterableIterator<unknown>;
  try {
    rows = db.prepare(sql).iterate(params);
  } catch (err) {
    throw queryError(err, f);
  }
  try {
    for (const row of rows as IterableIterator<{ rowid: number; updated_at: number; record: string; status: string | null }>) {
      const event = JSON.parse(row.record) as CorpusEvent;
      event.review = row.status ?? 'unreviewed';
      yield { rowid: row.rowid, updatedAt: row.updated_at, event };
    }
  } catch (err) {
    throw queryError(err, f);
  }
}

function queryError(err: unknown, f: EventFilter): Error {
  const message = (err as Error).message;
  if (f.q && /fts5|syntax/i.test(message)) return new InputError(`--q "${f.q}" is not a valid search (${message}); put phrases in double quotes`);
  return err as Error;
}

export function countEvents(db: Db): { events: number; documents: number } {
  return {
    events: db.prepare('SELECT count(*) FROM events').pluck().get() as number,
    documents: db.prepare('SELECT count(*) FROM documents').pluck().get() as number,
  };
}
