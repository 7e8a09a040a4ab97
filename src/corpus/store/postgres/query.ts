// Events filtered by type, actor, country, box, dates, review status and the full text of
// their documents, streamed through a server-side cursor so a large answer costs no memory.
// The box uses PostGIS' GiST index where the store has the point column, the (lat, lon) btree
// elsewhere; full text is Postgres' web-search syntax ("quoted phrase", -word, or).
import type { PoolClient } from 'pg';
import type { EventFilter, EventPoints, ReviewStatus, StoredEvent } from '../store.js';
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

export function eventsQuery(f: EventFilter, geometry: boolean, columns = EVENT_COLUMNS): { sql: string; params: unknown[] } {
  const where: string[] = [];
  const params: unknown[] = [];
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
  if (f.review?.length) where.push(`coalesce(r.status, 'unreviewed') = ANY(${p(f.review)})`);
  // A reviewer's certainty stands over the coded one.
  if (f.certainty?.length) where.push(`coalesce(r.edits::json ->> 'certainty', e.record::json ->> 'certainty') = ANY(${p(f.certainty)})`);
  if (f.document) where.push(`e.id IN (SELECT event_id FROM event_sources WHERE document_id = ${p(f.document)})`);
  if (f.q) {
    where.push(`e.id IN (SELECT es.event_id FROM event_sources es JOIN documents d ON d.id = es.document_id
      WHERE d.search @@ websearch_to_tsquery('simple', ${p(f.q)}))`);
  }
  const sql = `SELECT ${columns} FROM events e LEFT JOIN reviews r ON r.event_id = e.id
    ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY e.event_date IS NULL, e.event_date, e.rowid
    ${f.limit ? `LIMIT ${Math.floor(f.limit)}` : ''}`;
  return { sql, params };
}

/** The map's view of the filtered events, column by column (no record is parsed). */
export async function eventPoints(client: Pick<PoolClient, 'query'>, f: EventFilter, geometry: boolean): Promise<EventPoints> {
  const { sql, params } = eventsQuery(f, geometry,
    "e.id, e.event_type, e.event_date, e.lat, e.lon, e.fatalities, coalesce(r.status, 'unreviewed') AS status");
  const rows = (await client.query({ text: sql, values: params, rowMode: 'array' })).rows as [string, string, string | null, number | null, number | null, number, ReviewStatus][];
  const out: EventPoints = { id: [], event_type: [], date: [], lat: [], lon: [], fatalities: [], review: [] };
  for (const r of rows) {
    out.id.push(r[0]); out.event_type.push(r[1]); out.date.push(r[2]); out.lat.push(r[3]); out.lon.push(r[4]); out.fatalities.push(r[5]); out.review.push(r[6]);
  }
  return out;
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
