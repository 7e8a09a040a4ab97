// Events filtered by type, actor, country, box, dates, review status and the full text of
// their documents. Rows stream from SQLite, so a large answer costs no memory.
import type { Db } from './database.js';
import type { EventFilter, EventPoints, ReviewStatus, StoredEvent } from '../store.js';
import { InputError } from '../../../errors.js';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from './rows.js';

/** The WHERE clause of a filter over `events e LEFT JOIN reviews r`, with its parameters. */
function whereOf(f: EventFilter): { sql: string; params: Record<string, unknown> } {
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
  if (f.certainty?.length) {
    const names = f.certainty.map((c, i) => { params[`certainty${i}`] = c; return `@certainty${i}`; }).join(', ');
    // A reviewer's certainty stands over the coded one.
    where.push(`coalesce(json_extract(r.edits, '$.certainty'), json_extract(e.record, '$.certainty')) IN (${names})`);
  }
  if (f.document) {
    where.push('e.id IN (SELECT event_id FROM event_sources WHERE document_id = @document)');
    params.document = f.document;
  }
  if (f.q) {
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN documents d ON d.id = es.document_id
      WHERE d.rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q))`);
    params.q = f.q;
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params };
}

const ORDER = 'ORDER BY event_date IS NULL, event_date, e.rowid';
const limitOf = (f: EventFilter) => (f.limit ? `LIMIT ${Math.floor(f.limit)}` : '');

export function* queryEvents(db: Db, f: EventFilter): Generator<StoredEvent> {
  const { sql: where, params } = whereOf(f);
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id ${where} ${ORDER} ${limitOf(f)}`;
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
  // FTS5 reports a malformed query as a plain SQLITE_ERROR ("unterminated string", "syntax error near").
  if (f.q && ((err as { code?: string }).code === 'SQLITE_ERROR' || /fts5|syntax/i.test(message))) return new InputError(`--q "${f.q}" is not a valid search (${message}); put phrases in double quotes`);
  return err as Error;
}

/**
 * The map's view of the filtered events, column by column, read from the covering index
 * events_map (no record is parsed). Review states come from a second, small query unless
 * the filter needs the join.
 */
export function eventPoints(db: Db, f: EventFilter): EventPoints {
  const { sql: where, params } = whereOf(f);
  const joined = Boolean(f.review?.length || f.certainty?.length);
  // Without a limit the index gives date order (undated first: moved to the end below).
  const order = f.limit ? ORDER : 'ORDER BY e.event_date';
  const sql = `SELECT e.id, e.event_type, e.event_date, e.lat, e.lon, e.fatalities${joined ? ", coalesce(r.status, 'unreviewed')" : ''}
    FROM events e ${joined ? 'LEFT JOIN reviews r ON r.event_id = e.id' : ''} ${where} ${order} ${limitOf(f)}`;
  const reviewed = joined ? null : new Map(db.prepare("SELECT event_id, status FROM reviews WHERE status != 'unreviewed'").raw().all() as [string, ReviewStatus][]);
  const out: EventPoints = { id: [], event_type: [], date: [], lat: [], lon: [], fatalities: [], review: [] };
  let rows: [string, string, string | null, number | null, number | null, number, ReviewStatus?][];
  try {
    rows = db.prepare(sql).raw().all(params) as typeof rows;
  } catch (err) {
    throw queryError(err, f);
  }
  if (!f.limit) {
    const undated = rows.findIndex((r) => r[2] !== null);
    if (undated > 0) rows = [...rows.slice(undated), ...rows.slice(0, undated)];
    else if (undated === -1) rows = rows.slice();
  }
  for (const row of rows) {
    out.id.push(row[0]); out.event_type.push(row[1]); out.date.push(row[2]); out.lat.push(row[3]); out.lon.push(row[4]);
    out.fatalities.push(row[5]); out.review.push(row[6] ?? reviewed!.get(row[0]) ?? 'unreviewed');
  }
  return out;
}
