// Writes analysed documents into the Postgres store in one transaction per batch, corroborating
// each report with the events already stored, as the SQLite store does (the rules are in
// ../../corroboration.ts; sources are rows, and a new report is compared with the distinct
// keys of a candidate event's reports, so its cost does not grow with the event's size).
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
import type { ReviewState, WriteItem, WriteOutcome } from '../store.js';
import { addReport, bestCandidate, candidateArea, reportKey, startEvent, type Candidate, type MergedEvent } from '../../corroboration.js';
import { searchColumns } from '../columns.js';
import { reviewState, type ReviewRow } from '../sqlite/rows.js';

/** Any fixed number, distinct from the migration lock. */
const CORROBORATION_LOCK = 0x5173_0002;

export async function writeBatch(client: PoolClient, items: WriteItem[]): Promise<WriteOutcome[]> {
  const outcomes: WriteOutcome[] = new Array(items.length);
  const toAttach: Report[][] = new Array(items.length);
  // Documents go in by id: two batches that share documents (a job redone after its worker
  // stalled) insert them in the same order, so one waits for the other instead of deadlocking.
  // Their reports are attached afterwards in the batch's own order.
  const byId = items.map((_, i) => i).sort((x, y) => compare(items[x].analysis.document.id, items[y].analysis.document.id));
  for (const i of byId) {
    const item = items[i];
    const inserted = await addDocument(client, item.hash, item.source, item.analysis);
    outcomes[i] = { newDocument: inserted, newEvents: 0, corroborated: 0 };
    toAttach[i] = inserted ? item.analysis.reports : [];
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

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Inserts the document, its mentions and the input's hash in one statement (each statement is a
 * round trip to the server, and the writer's time is mostly round trips); false when the text
 * was already stored, in which case only the input's hash is added.
 */
async function addDocument(client: PoolClient, hash: string, source: string, analysis: Analysis): Promise<boolean> {
  const doc = analysis.document;
  const m = analysis.mentions;
  const r = await client.query(`WITH doc AS (
      INSERT INTO documents (id, source, title, summary, author, url, published, dateline_place, dateline_date, language, text, ingested_at)
      VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12) ON CONFLICT (id) DO NOTHING RETURNING rowid
    ), mentions_added AS (
      INSERT INTO mentions (document_id, kind, start, "end", text, value, detail)
      SELECT $1, * FROM unnest($13::text[], $14::int[], $15::int[], $16::text[], $17::text[], $18::text[]) WHERE EXISTS (SELECT 1 FROM doc)
    ), input_added AS (
      INSERT INTO inputs (hash, document_id, source) VALUES ($19, $1, $2) ON CONFLICT (hash) DO NOTHING
    )
    SELECT count(*)::int AS inserted FROM doc`,
  [doc.id, source, doc.title, doc.summary, doc.author, doc.url, doc.published, doc.dateline?.place ?? null, doc.dateline?.date ?? null,
    doc.language, doc.text, Math.floor(Date.now() / 1000),
    m.map((x) => x.kind), m.map((x) => x.start), m.map((x) => x.end), m.map((x) => x.text), m.map((x) => x.value), m.map((x) => x.detail),
    hash]);
  return r.rows[0].inserted > 0;
}

/**
 * Attaches a report a coder wrote by hand (for a stored document) to the event it corroborates,
 * or starts one; returns the event's id. Call inside a transaction.
 */
export async function attachReport(client: PoolClient, report: Report): Promise<string> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [CORROBORATION_LOCK]);
  await attach(client, report);
  return (await client.query('SELECT event_id FROM event_sources WHERE report_id = $1', [report.record.id])).rows[0].event_id as string;
}

/**
 * Attaches a report to the event it corroborates, or starts a new event; true if it corroborated.
 * Two round trips for a new event (candidates, then the writes as one statement), three for a
 * corroborated one (candidates, the event with its primary report and review, the writes).
 */
async function attach(client: PoolClient, report: Report): Promise<boolean> {
  const match = bestCandidate(report, await candidates(client, report));
  const source = [report.record.id, match?.id ?? report.record.id, report.documentId, report.position, report.dateStated ? 1 : 0,
    JSON.stringify(report.record), JSON.stringify(reportKey(report))];
  const addSource = `INSERT INTO event_sources (report_id, event_id, document_id, position, date_stated, record, match_key)
    VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (report_id) DO NOTHING`;
  if (match) {
    const row = (await client.query(`SELECT e.record, e.primary_report, p.record AS p_record, p.document_id AS p_document_id, p.position AS p_position,
        p.date_stated AS p_date_stated, r.status, r.edits, r.note, r.reviewed_by, r.reviewed_at
      FROM events e JOIN event_sources p ON p.report_id = e.primary_report LEFT JOIN reviews r ON r.event_id = e.id
      WHERE e.id = $1`, [match.id])).rows[0] as EventRow;
    const primaryReport: Report = { record: JSON.parse(row.p_record), documentId: row.p_document_id, position: row.p_position, dateStated: row.p_date_stated === 1 };
    const { event, primary } = addReport(JSON.parse(row.record) as MergedEvent, primaryReport, report);
    const c = columns(event, row.status === null ? undefined : row);
    await client.query(`WITH event_updated AS (
        UPDATE events SET event_type = $9, sub_event_type = $10, event_date = $11, lat = $12, lon = $13, country_code = $14, country = $15,
          actors = $16, fatalities = $17, fatalities_high = $18, source_count = source_count + 1, record = $19, primary_report = $20, updated_at = $21,
          certainty = $22, review = $23
        WHERE id = $8
      )
      ${addSource}`,
    [...source, c.id, c.event_type, c.sub_event_type, c.event_date, c.lat, c.lon, c.country_code, c.country, c.actors, c.fatalities, c.fatalities_high,
      c.record, primary.record.id, c.updated_at, c.certainty, c.review]);
  } else {
    // A new event has no review yet: its row, its review's and its first source's go in one statement.
    const c = columns(startEvent(report.record.id, report), undefined);
    await client.query(`WITH event_added AS (
        INSERT INTO events (id, event_type, sub_event_type, event_date, lat, lon, country_code, country, actors, fatalities, fatalities_high,
          source_count, record, primary_report, updated_at, certainty, review)
        VALUES ($8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, 1, $19, $1, $20, $21, $22)
      ), review_added AS (
        INSERT INTO reviews (event_id, status) VALUES ($8, 'unreviewed') ON CONFLICT (event_id) DO NOTHING
      )
      ${addSource}`,
    [...source, c.id, c.event_type, c.sub_event_type, c.event_date, c.lat, c.lon, c.country_code, c.country, c.actors, c.fatalities, c.fatalities_high,
      c.record, c.updated_at, c.certainty, c.review]);
  }
  return match !== null;
}

/** An event row with its primary report (p_ columns) and its review (null columns when none). */
interface EventRow extends ReviewRow {
  record: string;
  primary_report: string;
  p_record: string;
  p_document_id: string;
  p_position: number;
  p_date_stated: number;
}

/** The candidate events with their reports' distinct keys, in the order SQLite's index gives them. */
async function candidates(client: PoolClient, report: Report): Promise<Candidate[]> {
  const area = candidateArea(report);
  if (!area) return [];
  const rows = (await client.query(`SELECT e.id,
      array(SELECT DISTINCT s.match_key FROM event_sources s WHERE s.event_id = e.id) AS keys,
      EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id AND s.document_id = $8) AS shares
    FROM events e
    WHERE e.sub_event_type = $1 AND e.event_date BETWEEN $2 AND $3 AND e.lat BETWEEN $4 AND $5 AND e.lon BETWEEN $6 AND $7
    ORDER BY e.event_date, e.rowid`,
  [area.subEventType, area.fromDay, area.toDay, area.south, area.north, area.west, area.east, report.documentId])).rows as { id: string; keys: string[]; shares: boolean }[];
  return rows.map((r) => ({ id: r.id, keys: r.keys.map((k) => JSON.parse(k)), sharesDocument: r.shares }));
}

/** The event row's columns, searchable ones from the event as it stands after review. */
function columns(event: MergedEvent, review: ReviewRow | undefined) {
  return { ...searchColumns(event, review ? reviewState(review) : null), record: JSON.stringify(event) };
}

/** Brings the searchable columns in line with a review. */
export async function reviewed(client: PoolClient, coded: MergedEvent, review: ReviewState): Promise<void> {
  const c = searchColumns(coded, review);
  await client.query(`UPDATE events SET event_type = $2, sub_event_type = $3, event_date = $4, lat = $5, lon = $6, country_code = $7, country = $8,
      actors = $9, fatalities = $10, fatalities_high = $11, updated_at = $12, certainty = $13, review = $14 WHERE id = $1`,
  [c.id, c.event_type, c.sub_event_type, c.event_date, c.lat, c.lon, c.country_code, c.country, c.actors, c.fatalities, c.fatalities_high, c.updated_at,
    c.certainty, c.review]);
}
