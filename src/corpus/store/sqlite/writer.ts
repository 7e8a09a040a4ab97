// Writes analysed documents into the SQLite store, corroborating each new report with the
// events already there. The store writes a whole batch in one transaction: a crash loses at
// most the open batch, and a re-run redoes exactly that. What corroborates what is decided in
// ../../corroboration.ts; this file only finds the candidates and stores the result.
import type { Db } from './database.js';
import type { Analysis } from '../../analysis.js';
import type { Report } from '../../types.js';
import type { ReviewState, WriteOutcome } from '../store.js';
import { bestCandidate, candidateArea, mergeReports, type SourceInfo } from '../../corroboration.js';
import { eventRow, reviewState, type ReviewRow } from '../rows.js';

export { eventRow };

export class StoreWriter {
  private readonly statements;

  constructor(private readonly db: Db) {
    this.statements = {
      hasInput: db.prepare('SELECT 1 FROM inputs WHERE hash = ?').pluck(),
      addInput: db.prepare('INSERT OR IGNORE INTO inputs (hash, document_id, source) VALUES (?, ?, ?)'),
      hasDocument: db.prepare('SELECT 1 FROM documents WHERE id = ?').pluck(),
      addDocument: db.prepare(`INSERT INTO documents (id, source, title, summary, author, url, published, dateline_place, dateline_date, language, text, ingested_at)
        VALUES (@id, @source, @title, @summary, @author, @url, @published, @dateline_place, @dateline_date, @language, @text, @ingested_at)`),
      addMention: db.prepare('INSERT INTO mentions (document_id, kind, start, end, text, value, detail) VALUES (?, ?, ?, ?, ?, ?, ?)'),
      candidates: db.prepare(`SELECT id FROM events WHERE sub_event_type = ? AND event_date BETWEEN ? AND ?
        AND lat BETWEEN ? AND ? AND lon BETWEEN ? AND ?`).pluck(),
      reportsOf: db.prepare('SELECT record, document_id, position, date_stated FROM event_sources WHERE event_id = ?'),
      addSource: db.prepare('INSERT OR IGNORE INTO event_sources (report_id, event_id, document_id, position, date_stated, record) VALUES (?, ?, ?, ?, ?, ?)'),
      sourceInfo: db.prepare('SELECT title, url, published, source FROM documents WHERE id = ?'),
      addEvent: db.prepare(`INSERT INTO events (id, event_type, sub_event_type, event_date, lat, lon, country_code, country, actors, fatalities, fatalities_high, source_count, record, updated_at)
        VALUES (@id, @event_type, @sub_event_type, @event_date, @lat, @lon, @country_code, @country, @actors, @fatalities, @fatalities_high, @source_count, @record, @updated_at)
        ON CONFLICT(id) DO UPDATE SET event_type = excluded.event_type, sub_event_type = excluded.sub_event_type, event_date = excluded.event_date,
          lat = excluded.lat, lon = excluded.lon, country_code = excluded.country_code, country = excluded.country, actors = excluded.actors,
          fatalities = excluded.fatalities, fatalities_high = excluded.fatalities_high, source_count = excluded.source_count,
          record = excluded.record, updated_at = excluded.updated_at`),
      addReview: db.prepare("INSERT OR IGNORE INTO reviews (event_id, status) VALUES (?, 'unreviewed')"),
      reviewOf: db.prepare('SELECT status, edits, note, reviewed_by, reviewed_at FROM reviews WHERE event_id = ?'),
      setReview: db.prepare(`INSERT INTO reviews (event_id, status, edits, note, reviewed_by, reviewed_at) VALUES (?, ?, ?, ?, ?, ?)
        ON CONFLICT(event_id) DO UPDATE SET status = excluded.status, edits = excluded.edits, note = excluded.note,
          reviewed_by = excluded.reviewed_by, reviewed_at = excluded.reviewed_at`),
      addAudit: db.prepare('INSERT INTO audit_log (event_id, who, at, before, after) VALUES (?, ?, ?, ?, ?)'),
    };
  }

  hasInput(hash: string): boolean {
    return this.statements.hasInput.get(hash) !== undefined;
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
    const match = bestCandidate(report, this.candidates(report));
    const eventId = match?.id ?? report.record.id;
    this.saveEvent(eventId, [...(match?.reports ?? []), report]);
    this.statements.addSource.run(report.record.id, eventId, report.documentId, report.position, report.dateStated ? 1 : 0, JSON.stringify(report.record));
    return match !== null;
  }

  private *candidates(report: Report): Generator<{ id: string; reports: Report[] }> {
    const area = candidateArea(report);
    if (!area) return;
    const ids = this.statements.candidates.all(area.subEventType, area.fromDay, area.toDay, area.south, area.north, area.west, area.east) as string[];
    for (const id of ids) yield { id, reports: this.reportsOf(id) };
  }

  private reportsOf(eventId: string): Report[] {
    return (this.statements.reportsOf.all(eventId) as { record: string; document_id: string; position: number; date_stated: number }[])
      .map((r) => ({ record: JSON.parse(r.record), documentId: r.document_id, position: r.position, dateStated: r.date_stated === 1 }));
  }

  private saveEvent(eventId: string, reports: Report[]): void {
    const event = mergeReports(eventId, reports, (id) => this.statements.sourceInfo.get(id) as SourceInfo);
    const review = this.statements.reviewOf.get(eventId) as ReviewRow | undefined;
    this.saveRow(eventRow(event, review ? reviewState(review) : null));
    this.statements.addReview.run(eventId);
  }

  saveRow(row: ReturnType<typeof eventRow>): void {
    this.statements.addEvent.run(row);
  }

  saveReview(eventId: string, r: ReviewState, atMs: number): void {
    this.statements.setReview.run(eventId, r.status, JSON.stringify(r.edits), r.note, r.by, atMs);
  }

  addAudit(eventId: string, who: string, atMs: number, before: ReviewState, after: ReviewState): void {
    this.statements.addAudit.run(eventId, who, atMs, JSON.stringify(before), JSON.stringify(after));
  }
}
