// Writes analysed documents into the Postgres store in one transaction per batch, corroborating
// each report with the events already stored (the same rules as SQLite: ../../corroboration.ts).
//
// Concurrency: many workers, on many machines, write at once. Two rules keep the result the
// same as one writer's:
// - Exactly once: a document is inserted with ON CONFLICT DO NOTHING on its content hash; a
//   second writer of the same text waits for the first to commit, then finds it there and adds
//   nothing (no mentions, no reports) but its input hash.
// - Corroboration under a transaction-scoped advisory lock: finding the event a report belongs
//   to and attaching it is a read-then-write over rows that may not exist yet, which row locks
//   cannot guard and which READ COMMITTED would let two writers both miss (two events for one).
//   The lock makes that step one writer at a time until commit; the documents and mentions, most
//   of the writing, are inserted before it is taken. SERIALIZABLE would be correct too, but
//   would abort and redo whole batches whenever two reports land near each other, the common
//   case when a story breaks. A deadlock (two batches holding the same new document) is
//   retried whole by the store.
import type { PoolClient } from 'pg';
import type { Analysis } from '../../analysis.js';
import type { Report } from '../../types.js';
import type { WriteItem, WriteOutcome } from '../store.js';
import { bestCandidate, candidateArea, mergeReports, type SourceInfo } from '../../corroboration.js';
import { eventRow, reviewState, type ReviewRow } from '../rows.js';

/** Any fixed number, distinct from the migration lock. */
const CORROBORATION_LOCK = 0x5173_0002;

export async function writeBatch(client: PoolClient, items: WriteItem[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = [];
  const toAttach: Report[][] = [];
  for (const item of items) {
    const inserted = await addDocument(client, item.source, item.analysis);
    outcomes.push({ newDocument: inserted, newEvents: 0, corroborated: 0 });
    toAttach.push(inserted ? item.analysis.reports : []);
    await client.query('INSERT INTO inputs (hash, document_id, source) VALUES ($1, $2, $3) ON CONFLICT (hash) DO NOTHING',
      [item.hash, item.analysis.document.id, item.source]);
  }
  if (toAttach.some((r) => r.length)) {
    await client.query('SELECT pg_advisory_xact_lock($1)', [CORROBORATION_LOCK]);
    for (const [i, reports] of toAttach.entries()) {
      for (const report of reports) {
        if (await attach(client, report)) outcomes[i].corroborated++;
        else outcomes[i].newEvents++;
      }
    }
  }
  return outcomes;
}

/** Inserts the document and its mentions; false when the text was already stored. */
async function addDocument(client: PoolClient, source: string, analysis: Analysis): Promise<boolean> {
  const doc = analysis.document;
  const r = await client.query(`INSERT INTO documents (id, source, title, summary, author, url, published, dateline_place, dateline_date, language, text, ingested_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING rowid`,
  [doc.id, source, doc.title, doc.summary, doc.author, doc.url, doc.published, doc.dateline?.place ?? null, doc.dateline?.date ?? null,
    doc.language, doc.text, Math.floor(Date.now() / 1000)]);
  if (!r.rowCount) return false;
  const m = analysis.mentions;
  if (m.length) {
    // One statement for all the mentions: arrays unnested into rows.
    await client.query(`INSERT INTO mentions (document_id, kind, start, "end", text, value, detail)
      SELECT $1, * FROM unnest($2::text[], $3::int[], $4::int[], $5::text[], $6::text[], $7::text[])`,
    [doc.id, m.map((x) => x.kind), m.map((x) => x.start), m.map((x) => x.end), m.map((x) => x.text), m.map((x) => x.value), m.map((x) => x.detail)]);
  }
  return true;
}

/** Attaches a report to the event it corroborates, or starts a new event; true if it corroborated. */
async function attach(client: PoolClient, report: Report): Promise<boolean> {
  const match = bestCandidate(report, await candidates(client, report));
  const eventId = match?.id ?? report.record.id;
  const reports = [...(match?.reports ?? []), report];
  const ids = [...new Set(reports.map((r) => r.documentId))];
  const info = new Map<string, SourceInfo>(
    (await client.query('SELECT id, title, url, published, source FROM documents WHERE id = ANY($1)', [ids])).rows.map((d) => [d.id, d]),
  );
  const event = mergeReports(eventId, reports, (id) => info.get(id)!);
  const review = (await client.query('SELECT status, edits, note, reviewed_by, reviewed_at FROM reviews WHERE event_id = $1', [eventId])).rows[0] as ReviewRow | undefined;
  const row = eventRow(event, review ? reviewState(review) : null);
  await saveEventRow(client, row);
  await client.query("INSERT INTO reviews (event_id, status) VALUES ($1, 'unreviewed') ON CONFLICT (event_id) DO NOTHING", [eventId]);
  await client.query(`INSERT INTO event_sources (report_id, event_id, document_id, position, date_stated, record) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (report_id) DO NOTHING`, [report.record.id, eventId, report.documentId, report.position, report.dateStated ? 1 : 0, JSON.stringify(report.record)]);
  return match !== null;
}

async function candidates(client: PoolClient, report: Report): Promise<{ id: string; reports: Report[] }[]> {
  const area = candidateArea(report);
  if (!area) return [];
  const rows = (await client.query(`SELECT s.event_id, s.record, s.document_id, s.position, s.date_stated
    FROM events e JOIN event_sources s ON s.event_id = e.id
    WHERE e.sub_event_type = $1 AND e.event_date BETWEEN $2 AND $3 AND e.lat BETWEEN $4 AND $5 AND e.lon BETWEEN $6 AND $7
    ORDER BY e.event_date, e.rowid, s.seq`,
  [area.subEventType, area.fromDay, area.toDay, area.south, area.north, area.west, area.east])).rows;
  const byEvent = new Map<string, Report[]>();
  for (const r of rows) {
    const list = byEvent.get(r.event_id) ?? [];
    list.push({ record: JSON.parse(r.record), documentId: r.document_id, position: r.position, dateStated: r.date_stated === 1 });
    byEvent.set(r.event_id, list);
  }
  return [...byEvent].map(([id, reports]) => ({ id, reports }));
}

export async function saveEventRow(client: PoolClient, row: ReturnType<typeof eventRow>): Promise<void> {
  await client.query(`INSERT INTO events (id, event_type, sub_event_type, event_date, lat, lon, country_code, country, actors, fatalities, fatalities_high, source_count, record, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
    ON CONFLICT (id) DO UPDATE SET event_type = excluded.event_type, sub_event_type = excluded.sub_event_type, event_date = excluded.event_date,
      lat = excluded.lat, lon = excluded.lon, country_code = excluded.country_code, country = excluded.country, actors = excluded.actors,
      fatalities = excluded.fatalities, fatalities_high = excluded.fatalities_high, source_count = excluded.source_count,
      record = excluded.record, updated_at = excluded.updated_at`,
  [row.id, row.event_type, row.sub_event_type, row.event_date, row.lat, row.lon, row.country_code, row.country, row.actors,
    row.fatalities, row.fatalities_high, row.source_count, row.record, row.updated_at]);
}
