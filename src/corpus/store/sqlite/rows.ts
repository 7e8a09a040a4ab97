// SQLite rows → the store's records.
import type { CorpusEvent } from '../../types.js';
import type { ReviewState, ReviewStatus, StoredDocument, StoredEvent } from '../store.js';
import { UNREVIEWED, reviewedEvent } from '../review.js';

export interface ReviewRow {
  status: string | null;
  edits: string | null;
  note: string | null;
  reviewed_by: string | null;
  reviewed_at: number | null;
}

export interface EventRow extends ReviewRow {
  rowid: number;
  updated_at: number;
  record: string;
  sources: string;
}

/**
 * The columns an events query selects, for `eventFromRow`: the event's sources come from
 * their rows as one JSON array, the primary report's first, then by report id.
 */
export const EVENT_COLUMNS = `e.rowid AS rowid, e.updated_at AS updated_at, e.record AS record,
  (SELECT json_group_array(json_object('document_id', es.document_id, 'report_id', es.report_id,
      'title', d.title, 'url', d.url, 'published', d.published, 'source', d.source,
      'fatalities', es.record -> '$.fatalities', 'evidence', es.record -> '$.evidence')
    ORDER BY es.report_id = e.primary_report DESC, es.report_id)
   FROM event_sources es JOIN documents d ON d.id = es.document_id WHERE es.event_id = e.id) AS sources,
  r.status AS status, r.edits AS edits, r.note AS note, r.reviewed_by AS reviewed_by, r.reviewed_at AS reviewed_at`;

export function reviewState(r: ReviewRow): ReviewState {
  if (!r.status) return UNREVIEWED;
  return {
    status: r.status as ReviewStatus, edits: r.edits ? JSON.parse(r.edits) : {}, note: r.note, by: r.reviewed_by,
    at: r.reviewed_at === null ? null : new Date(r.reviewed_at).toISOString(),
  };
}

export function eventFromRow(row: EventRow): StoredEvent {
  const coded = JSON.parse(row.record) as CorpusEvent;
  coded.sources = JSON.parse(row.sources);
  coded.review = 'unreviewed';
  const review = reviewState(row);
  return { rowid: row.rowid, updatedAt: row.updated_at, event: reviewedEvent(coded, review), coded, review };
}

export interface DocumentRow {
  id: string; source: string; title: string | null; summary: string | null; author: string | null; url: string | null;
  published: string | null; dateline_place: string | null; dateline_date: string | null; language: string | null; text: string; ingested_at: number;
}

export function documentFromRow(d: DocumentRow): StoredDocument {
  return {
    id: d.id, source: d.source, title: d.title, summary: d.summary, author: d.author, url: d.url, published: d.published,
    dateline: d.dateline_place || d.dateline_date ? { place: d.dateline_place, date: d.dateline_date } : null,
    language: d.language, text: d.text, ingestedAt: d.ingested_at,
  };
}
