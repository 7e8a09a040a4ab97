// Writes analysed documents into the SQLite store, corroborating each new report with the
// events already there. The store writes a whole batch in one transaction: a crash loses at
// most the open batch, and a re-run redoes exactly that. What corroborates what is decided in
// ../../corroboration.ts; this file finds the candidates and stores the result.
//
// Adding a report to an event costs the same however many sources the event has: the report
// is one new row, the event row holds the merged record without its sources, and the event's
// reports are compared through their few distinct keys, read by index seeks.
import type { Db } from './database.js';
import type { Analysis } from '../../analysis.js';
import type { Report } from '../../types.js';
import type { ReviewState, WriteOutcome } from '../store.js';
import { addReport, bestCandidate, candidateArea, reportKey, startEvent, type Candidate, type MergedEvent } from '../../corroboration.js';
import { searchColumns } from '../columns.js';
import { reviewState, type ReviewRow } from './rows.js';

interface SourceRow { record: string; document_id: string; position: number; date_stated: number }

export class StoreWriter {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      addInput: db.prepare('INSERT OR IGNORE INTO inputs (hash, document_id, source) VALUES (?, ?, ?)'),
      hasDocument: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
      addDocument: db.prepare(`INSERT INTO documents (id, source, title, summary, author, url, published, dateline_place, dateline_date, language, text, ingested_at)
        VALUES (@id, @source, @title, @summary, @author, @url, @published, @dateline_place, @dateline_date, @language, @text, @ingested_at)`),
      addMention: db.prepare('INSERT INTO mentions (document_id, kind, start, end, text, value, detail) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      candidates: db.prepare(`SELECT id FROM events WHERE sub_event_type = ? AND event_date BETWEEN ? AND ?
        AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`).pluck(),
      nextKey: db.prepare('SELECT match_key FROM event_sources WHERE event_id = ? AND match_key > ? ORDER BY match_key LIMIT 1').pluck(),
      sharesDocument: db.prepare('SELECT 1 FROM event_sources WHERE document_id = ? AND event_id = ? LIMIT 1').pluck(),
      event: db.prepare('SELECT record, primary_report FROM events WHERE id = ?'),
      report: db.prepare('SELECT record, document_id, position, date_stated FROM event_sources WHERE report_id = ?'),
      addSource: db.prepare(`INSERT OR IGNORE INTO event_sources (report_id, event_id, document_id, position, date_stated, record, match_key)
        VALUES (?, ?, ?, ?, ?, ?, ?)`),
      addDocumentEvent: db.prepare(`INSERT OR IGNORE INTO document_events (document_rowid, event_rowid)
        SELECT d.rowid, e.rowid FROM documents d, events e WHERE d.id = ? AND e.id = ?`),
      addEvent: db.prepare(`INSERT INTO events (id, event_type, sub_event_type, event_date, lat, lon, country_code, country, actors, fatalities, fatalities_high,
          certainty, review, source_count, record, primary_report, updated_at)
        VALUES (@id, @event_type, @sub_event_type, @event_date, @lat, @lon, @country_code, @country, @actors, @fatalities, @fatalities_high,
          @certainty, @review, 1, @record, @primary_report, @updated_at)`),
      addedReport: db.prepare(`UPDATE events SET event_type = @event_type, sub_event_type = @sub_event_type, event_date = @event_date,
          lat = @lat, lon = @lon, country_code = @country_code, country = @country, actors = @actors, fatalities = @fatalities,
          fatalities_high = @fatalities_high, certainty = @certainty, review = @review, source_count = source_count + 1, record = @record, primary_report = @primary_report, updated_at = @updated_at
        WHERE id = @id`),
      reviewed: db.prepare(`UPDATE events SET event_type = @event_type, sub_event_type = @sub_event_type, event_date = @event_date,
          lat = @lat, lon = @lon, country_code = @country_code, country = @country, actors = @actors, fatalities = @fatalities,
          fatalities_high = @fatalities_high, certainty = @certainty, review = @review, updated_at = @updated_at
        WHERE id = @id`),
      addReview: db.prepare("INSERT OR IGNORE INTO reviews (event_id, status) VALUES (?, 'unreviewed')"),
      reviewOf: db.prepare('SELECT status, edits, note, reviewed_by, reviewed_at FROM reviews WHERE event_id = ?'),
      setReview: db.prepare(`INSERT INTO reviews (event_id, status, edits, note, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(event_id) DO UPDATE SET status = excluded.status, edits = excluded.edits, note = excluded.note,
          reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`),
      addAudit: db.prepare('INSERT INTO audit_log (event_id, who, at, before, after) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  /** Stores one analysed document; call inside a transaction. */
  write(inputHash: string, source: string, analysis: Analysis): WriteOutcome {
    const s = this.statements;
    const doc = analysis.document;
    const outcome: WriteOutcome = { newDocument: false, newEvents: 0, corroborated: 0 };
    if (s.hasDocument.get(doc.id) === undefined) {
      outcome.newDocument = true;
      s.addDocument.run({
        id: doc.id, source, title: doc.title, summary: doc.summary, author: doc.author, url: doc.url, published: doc.published,
        dateline_place: doc.dateline?.place ?? null, dateline_date: doc.dateline?.date ?? null, language: doc.language, text: doc.text,
        ingested_at: Math.floor(Date.now() / 1000),
      });
      for (const m of analysis.mentions) s.addMention.run(doc.id, m.kind, m.start, m.end, m.text, m.value, m.detail);
      for (const report of analysis.reports) {
        if (this.attach(report)) outcome.corroborated++;
        else outcome.newEvents++;
      }
    }
    s.addInput.run(inputHash, doc.id, source);
    return outcome;
  }

  /** Attaches a report to the event it corroborates, or starts a new event; true if it corroborated. */
  private attach(report: Report): boolean {
    return this.attachReport(report).corroborated;
  }

  /** Attaches a report (of a stored document) to the event it corroborates or a new one; call inside a transaction. */
  attachReport(report: Report): { eventId: string; corroborated: boolean } {
    const s = this.statements;
    const match = bestCandidate(report, this.candidates(report));
    const eventId = match?.id ?? report.record.id;
    if (match) {
      const row = s.event.get(match.id) as { record: string; primary_report: string };
      const { event, primary } = addReport(JSON.parse(row.record) as MergedEvent, this.report(row.primary_report), report);
      s.addedReport.run({ ...this.columns(event), primary_report: primary.record.id });
    } else {
      s.addEvent.run({ ...this.columns(startEvent(eventId, report)), primary_report: report.record.id });
      s.addReview.run(eventId);
    }
    s.addSource.run(report.record.id, eventId, report.documentId, report.position, report.dateStated ? 1 : 0,
      JSON.stringify(report.record), JSON.stringify(reportKey(report)));
    s.addDocumentEvent.run(report.documentId, eventId);
    return { eventId, corroborated: match !== null };
  }

  private *candidates(report: Report): Generator<Candidate> {
    const area = candidateArea(report);
    if (!area) return;
    const ids = this.statements.candidates.all(area.subEventType, area.fromDay, area.toDay, area.south, area.north, area.west, area.east) as string[];
    for (const id of ids) {
      const keys: string[] = [];
      for (let k = this.statements.nextKey.get(id, '') as string | undefined; k !== undefined; k = this.statements.nextKey.get(id, k) as string | undefined) keys.push(k);
      yield { id, keys: keys.map((k) => JSON.parse(k)), sharesDocument: this.statements.sharesDocument.get(report.documentId, id) !== undefined };
    }
  }

  private report(reportId: string): Report {
    const r = this.statements.report.get(reportId) as SourceRow;
    return { record: JSON.parse(r.record), documentId: r.document_id, position: r.position, dateStated: r.date_stated === 1 };
  }

  /** The event row's columns, searchable ones from the event as it stands after review. */
  private columns(event: MergedEvent) {
    const review = this.statements.reviewOf.get(event.id) as ReviewRow | undefined;
    return { ...searchColumns(event, review ? reviewState(review) : null), record: JSON.stringify(event) };
  }

  /** Brings the searchable columns in line with a review. */
  reviewed(coded: MergedEvent, review: ReviewState): void {
    this.statements.reviewed.run(searchColumns(coded, review));
  }

  saveReview(eventId: string, r: ReviewState, atMs: number): void {
    this.statements.setReview.run(eventId, r.status, JSON.stringify(r.edits), r.note, r.by, atMs);
  }

  addAudit(eventId: string, who: string, atMs: number, before: ReviewState, after: ReviewState): void {
    this.statements.addAudit.run(eventId, who, atMs, JSON.stringify(before), JSON.stringify(after));
  }
}
