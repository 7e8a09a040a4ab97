// Events filtered by type, actor, country, box, dates, review status and the full text of
// their documents, streamed through a server-side cursor so a large answer costs no memory.
// The box uses PostGIS' GiST index where the store has the point column, the (lat, lon) btree
// elsewhere; full text is Postgres' web-search syntax ("quoted phrase", -word, or).
import type { PoolClient } from 'pg';
import { eventDaysOf, type DayRow } from '../event-days.js';
import type { EventDays, EventFilter, EventPage, GridCell, PageRequest, StoredEvent } from '../store.js';
import { eventFromRow, type EventRow } from '../sqlite/rows.js';

/**
 * The columns an events query selects, as the SQLite store's (rows are read by the same
 * functions): the sources as one JSON array, the primary report's first, then by report id.
 */
export const EVENT_COLUMNS = `e.rowid AS rowid, e.updated_at AS updated_at, e.record AS record,
  (SELECT coalesce(json_agg(json_build_object('document_id', es.document_id, 'report_id', es.report_id,
      'title', d.title, 'url', d.url, 'published', d.published, 'source', d.source,
      'fatalities', es.record::json -> 'fatalities', 'evidence', es.record::json -> 'evidence')
    ORDER BY es.report_id = e.primary_report DESC, es.report_id COLLATE "C"), '[]'::json)
   FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = e.id)::text AS sources,
  r.status AS status, r.edits AS edits, r.note AS note, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at`;

const PAGE = 500;

/** The WHERE clause of a filter over `events e` (its columns only), its values pushed onto params. */
function whereOf(f: EventFilter, geometry: boolean, params: unknown[]): string {
  const where: string[] = [];
  const p = (v: unknown) => { params.push(v); return `$${params.length}`; };
  if (f.types?.length) {
    const names = p(f.types.map((t) => t.toLowerCase()));
    where.push(`(lower(e.event_type) = ANY(${names}) OR lower(e.sub_event_type) = ANY(${names}))`);
  }
  if (f.actor) where.push(`e.actors ILIKE ${p(`%${f.actor.replace(/[%_\\]/g, '\\$&')}%`)}`);
  if (f.country) { const c = p(f.country); where.push(`(e.country_code = upper(${c}) OR lower(e.country) = lower(${c}))`); }
  if (f.bbox) {
    const [w, s, e, n] = f.bbox;
    if (geometry) {
      // A box crossing the antimeridian is two envelopes.
      const boxes = w <= e ? [[w, e]] : [[w, 180], [-180, e]];
      where.push(`(${boxes.map(([a, b]) => `e.geom && ST_MakeEnvelope(${p(a)}, ${p(s)}, ${p(b)}, ${p(n)}, 4326)`).join(' OR ')})`);
    } else {
      where.push(`e.lat BETWEEN ${p(s)} AND ${p(n)}`, w <= e ? `e.lon BETWEEN ${p(w)} AND ${p(e)}` : `(e.lon >= ${p(w)} OR e.lon <= ${p(e)})`);
    }
  }
  if (f.from) where.push(`e.event_date >= ${p(f.from)}`);
  if (f.to) where.push(`e.event_date <= ${p(f.to)}`);
  if (f.review?.length) where.push(`e.review = ANY(${p(f.review)})`);
  // The column holds the certainty as reviewed (a reviewer's over the coded one).
  if (f.certainty?.length) where.push(`e.certainty = ANY(${p(f.certainty)})`);
  if (f.document) where.push(`e.id IN (SELECT event_id FROM event_sources WHERE document_id = ${p(f.document)})`);
  if (f.q) {
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN documents d ON d.id = es.document_id
      WHERE d.search @@ websearch_to_tsquery('simple', ${p(f.q)}))`);
  }
  return where.length ? `WHERE ${where.join(' AND ')}` : '';
}

export function eventsQuery(f: EventFilter, geometry: boolean): { sql: string; params: unknown[] } {
  const params: unknown[] = [];
  const sql = `SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id
    ${whereOf(f, geometry, params)} ORDER BY e.event_date IS NULL, e.event_date, e.rowid
    ${f.limit ? `LIMIT ${Math.floor(f.limit)}` : ''}`;
  return { sql, params };
}

type Client = Pick<PoolClient, 'query'>;

/** A page of the filtered events, newest first and undated last (the events_newest index's order); the count stops at the cap. */
export async function eventPage(client: Client, f: EventFilter, page: PageRequest, geometry: boolean): Promise<EventPage> {
  const params: unknown[] = [];
  const where = whereOf(f, geometry, params);
  const n = params.length;
  const [rows, counted] = await Promise.all([
    client.query(`SELECT ${EVENT_COLUMNS} FROM events e LEFT JOIN reviews r ON r.event_id = e.id ${where}
      ORDER BY e.event_date DESC NULLS LAST, e.rowid DESC LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, page.limit, page.offset]),
    client.query(`SELECT count(*)::int AS n FROM (SELECT 1 FROM events e ${where} LIMIT $${n + 1}) AS matching`, [...params, page.countCap + 1]),
  ]);
  const count = counted.rows[0].n as number;
  return { events: (rows.rows as EventRow[]).map(eventFromRow), count: Math.min(count, page.countCap), capped: count > page.countCap };
}

/** Events per day, counted in the database. */
export async function eventDays(client: Client, f: EventFilter, geometry: boolean): Promise<EventDays> {
  const params: unknown[] = [];
  // The box comes with the days: each day's, then theirs together (one pass).
  // A place has both coordinates or neither (see columns.ts), so min and max skip the unplaced.
  const sql = `SELECT e.event_date, count(*)::int, min(e.lon), min(e.lat), max(e.lon), max(e.lat)
    FROM events e ${whereOf(f, geometry, params)} GROUP BY e.event_date ORDER BY e.event_date`;
  const rows = (await client.query({ text: sql, values: params, rowMode: 'array' })).rows as DayRow[];
  return eventDaysOf(rows);
}

/** The placed events gathered in square cells of `cell` degrees, counted in the database; a cell of one event carries its id and type. */
export async function eventGrid(client: Client, f: EventFilter, cell: number, geometry: boolean): Promise<GridCell[]> {
  const params: unknown[] = [];
  const where = whereOf(f, geometry, params);
  params.push(cell);
  const c = `$${params.length}::float8`;
  const sql = `SELECT avg(e.lat), avg(e.lon), count(*)::int, sum(e.fatalities)::int, min(e.id), min(e.event_type) FROM events e
    ${where ? `${where} AND` : 'WHERE'} e.lat IS NOT NULL AND e.lon IS NOT NULL
    GROUP BY floor((e.lat + 90) / ${c}), floor((e.lon + 180) / ${c})`;
  const rows = (await client.query({ text: sql, values: params, rowMode: 'array' })).rows as [number, number, number, number, string, string][];
  return rows.map(([lat, lon, count, fatalities, id, type]) => ({ lat, lon, count, fatalities, id: count === 1 ? id : null, event_type: count === 1 ? type : null }));
}

/** Streams the rows of a query page by page from a cursor, in a read-only transaction of its own. */
export async function* streamEvents(client: PoolClient, f: EventFilter, geometry: boolean): AsyncGenerator<StoredEvent> {
  const { sql, params } = eventsQuery(f, geometry);
  await client.query('BEGIN READ ONLY');
  try {
    await client.query(`DECLARE events_cursor NO SCROLL CURSOR FOR ${sql}`, params);
    for (;;) {
      const page = await client.query(`FETCH ${PAGE} FROM events_cursor`);
      for (const row of page.rows as EventRow[]) yield eventFromRow(row);
      if (page.rows.length < PAGE) break;
    }
  } finally {
    // Also when the caller stops early: the cursor and transaction end with it.
    await client.query('ROLLBACK').catch(() => undefined);
  }
}
