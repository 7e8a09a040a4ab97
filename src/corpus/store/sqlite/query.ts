// Events filtered by type, actor, country, box, dates, review status and the full text of
// their documents. Rows stream from SQLite, so a large answer costs no memory.
import type { Db } from './database.js';
import { eventDaysOf, type DayRow } from '../event-days.js';
import type { EventDays, EventFilter, EventPage, GridCell, PageRequest, StoredEvent } from '../store.js';
import { InputError } from '../../../errors.js';
import { EVENT_COLUMNS, eventFromRow, type EventRow } from './rows.js';

/**
 * The WHERE clause of a filter over `events e` (its columns only, so that the covering indexes
 * events_filter and events_geo answer it without reading a record), with its parameters and
 * the WITH clause the statement must start with (a text search's matches).
 */
function whereOf(f: EventFilter): { sql: string; params: Record<string, unknown>; with: string } {
  const where: string[] = [];
  let cte = '';
  const params: Record<string, unknown> = {};
  if (f.types?.length) {
    const names = f.types.map((t, i) => { params[`type${i}`] = t; return `@type${i}`; }).join(', ');
    // NOCASE folds ASCII like lower() does, without a function call a row (a scan of 100,000 is twice as quick).
    where.push(`(e.event_type COLLATE NOCASE IN (${names}) OR e.sub_event_type COLLATE NOCASE IN (${names}))`);
  }
  if (f.actor) { where.push("e.actors LIKE @actor ESCAPE '\\'"); params.actor = `%${f.actor.replace(/[%_\\]/g, '\\$&')}%`; }
  if (f.country) { where.push('(e.country_code = @country COLLATE NOCASE OR e.country = @country COLLATE NOCASE)'); params.country = f.country; }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    Object.assign(params, { w, s, e, n });
    where.push('e.lat BETWEEN @s AND @n', w <= e ? 'e.lon BETWEEN @w AND @e' : '(e.lon >= @w OR e.lon <= @e)');
  }
  if (f.from) { where.push('e.event_date >= @from'); params.from = f.from; }
  if (f.to) { where.push('e.event_date <= @to'); params.to = f.to; }
  if (f.review?.length) {
    const names = f.review.map((s, i) => { params[`review${i}`] = s; return `@review${i}`; }).join(', ');
    where.push(`e.review IN (${names})`);
    if (!f.review.includes('unreviewed')) where.push("e.review != 'unreviewed'");
  }
  if (f.certainty?.length) {
    const names = f.certainty.map((c, i) => { params[`certainty${i}`] = c; return `@certainty${i}`; }).join(', ');
    // The column holds the certainty as reviewed (a reviewer's over the coded one).
    where.push(`e.certainty IN (${names})`);
    if (!f.certainty.includes('reported')) where.push("e.certainty != 'reported'");
  }
  if (f.document) {
    where.push('e.id IN (SELECT event_id FROM event_sources WHERE document_id = @document)');
    params.document = f.document;
  }
  if (f.q) {
    // The events of the matching documents (row numbers, from the full-text index's document
    // rows), found once a statement: a page and its count share them. "+e.rowid": they are a set
    // the covering index's rows are checked against in the index's order; looking each one up
    // in the table instead reads thousands of records.
    cte = `WITH matched(rowid) AS MATERIALIZED (SELECT event_rowid FROM document_events
      WHERE document_rowid IN (SELECT rowid FROM documents_fts WHERE documents_fts MATCH @q))`;
    where.push('+e.rowid IN matched');
    params.q = f.q;
  }
  return { sql: where.length ? `WHERE ${where.join(' AND ')}` : '', params, with: cte };
}

const ORDER = 'ORDER BY event_date IS NULL, event_date, e.rowid';
const limitOf = (f: EventFilter) => (f.limit ? `LIMIT ${Math.floor(f.limit)}` : '');

export function* queryEvents(db: Db, f: EventFilter): Generator<StoredEvent> {
  const { sql: where, params, with: cte } = whereOf(f);
  const sql = `${cte} SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id ${where} ${ORDER} ${limitOf(f)}`;
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

/** The rows of a statement, a malformed text search reported as the user's mistake. */
function run<T>(f: EventFilter, fn: () => T): T {
  try {
    return fn();
  } catch (err) {
    throw queryError(err, f);
  }
}

/**
 * A page of the filtered events, newest first and undated last: the events_filter index read
 * backwards gives the dates in that order (only each day's rows are sorted by row number), so a
 * page costs about its own rows, not a sort of every match. The count stops at the cap.
 */
export function eventPage(db: Db, f: EventFilter, page: PageRequest): EventPage {
  const { sql: where, params, with: cte } = whereOf(f);
  const count = `(SELECT count(*) FROM (SELECT 1 FROM events e ${where} LIMIT @cap))`;
  return run(f, () => {
    // One statement: the page's row numbers, each with the (capped) count of every match.
    const found = db.prepare(`${cte} SELECT e.rowid, ${count} FROM events e ${where} ORDER BY e.event_date DESC, e.rowid DESC LIMIT @limit OFFSET @offset`)
      .raw().all({ ...params, limit: page.limit, offset: page.offset, cap: page.countCap + 1 }) as [number, number][];
    // Past the last page there is no row to carry the count.
    const counted = found.length ? found[0][1] : db.prepare(`${cte} SELECT ${count}`).pluck().get({ ...params, cap: page.countCap + 1 }) as number;
    const rowids = found.map((r) => r[0]);
    const rows = rowids.length
      ? db.prepare(`SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id WHERE e.rowid IN (SELECT value FROM json_each(@rowids))`)
        .all({ rowids: JSON.stringify(rowids) }) as EventRow[]
      : [];
    const byRowid = new Map(rows.map((r) => [r.rowid, r]));
    return { events: rowids.map((id) => eventFromRow(byRowid.get(id)!)), count: Math.min(counted, page.countCap), capped: counted > page.countCap };
  });
}

/** Events per day, grouped in the database in the index's date order (no sort, no record read). */
export function eventDays(db: Db, f: EventFilter): EventDays {
  const { sql: where, params, with: cte } = whereOf(f);
  // The box comes with the days: each day's, then theirs together (one pass over the index).
  // A place has both coordinates or neither (see columns.ts), so min and max skip the unplaced.
  const rows = run(f, () => db.prepare(`${cte} SELECT e.event_date, count(*), min(e.lon), min(e.lat), max(e.lon), max(e.lat)
    FROM events e ${where} GROUP BY e.event_date ORDER BY e.event_date`).raw().all(params)) as DayRow[];
  return eventDaysOf(rows);
}

/**
 * The placed events gathered in square cells of `cell` degrees, counted in the database on one
 * integer key a cell (quicker to sort than two). Cells of one event get its id and type after.
 */
export function eventGrid(db: Db, f: EventFilter, cell: number): GridCell[] {
  const { sql: where, params, with: cte } = whereOf(f);
  const placed = `${where ? `${where} AND` : 'WHERE'} e.lat IS NOT NULL AND e.lon IS NOT NULL`;
  const sql = `${cte} SELECT avg(e.lat), avg(e.lon), count(*), sum(e.fatalities), min(e.rowid) FROM events e ${placed}
    GROUP BY CAST((e.lat + 90) / @cell AS INTEGER) * 1048576 + CAST((e.lon + 180) / @cell AS INTEGER)`;
  const rows = run(f, () => db.prepare(sql).raw().all({ ...params, cell })) as [number, number, number, number, number][];
  const lone = rows.filter((r) => r[2] === 1).map((r) => r[4]);
  const named = new Map(lone.length
    ? (db.prepare('SELECT rowid, id, event_type FROM events WHERE rowid IN (SELECT value FROM json_each(?))').raw().all(JSON.stringify(lone)) as [number, string, string][])
      .map(([rowid, id, type]) => [rowid, { id, type }])
    : []);
  return rows.map(([lat, lon, count, fatalities, rowid]) => {
    const one = count === 1 ? named.get(rowid) : undefined;
    return { lat, lon, count, fatalities, id: one?.id ?? null, event_type: one?.type ?? null };
  });
}
