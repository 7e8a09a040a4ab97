// Events filtered by type, actor, country, box, dates, review status and the full text of
// their documents. Rows stream from SQLite, so a large answer costs no memory.
import type { Db } from './database.js';
import type { EventFilter, StoredEvent } from '../store.js';
import { InputError } from '../../../errors.js';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from './rows.js';

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
  if (f.review?.length) {
    const names = f.review.map((s, i) => { params[`review${i}`] = s; return `@review${i}`; }).join(', ');
    where.push(`coalesce(r.status, 'unreviewed') IN (${names})`);
  }
  if (f.q) {
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN documents d ON d.id = es.document_id
      WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q))`);
    params.q = f.q;
  }
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY event_date IS NULL, event_date, e.rowid
    ${f.limit ? `LIMIT ${Math.floor(f.limit)}` : ''}`;
  let rows: IterableIterator<unknown>;
  try {
    rows = db.prepare(sql).iterate(params);
  } catch (err) {
    throw queryError(err, f);
  }
  try {
    for (const row of rows as IterableIterator<EventRow>) yield eventFromRow(row);
  } catch (err) {
    throw queryError(err, f);
  }
}

function queryError(err: unknown, f: EventFilter): Error {
  const message = (err as Error).message;
  if (f.q && /fts5|syntax/i.test(message)) return new InputError(`--q "${f.q}" is not a valid search (${message}); put phrases in double quotes`);
  return err as Error;
}
