// Database rows ↔ the store's records, the same for every backend (the columns are the same).
import type { CorpusEvent } from '../types.js';
import type { ReviewState, ReviewStatus, StoredDocument, StoredEvent } from './store.js';
import { UNREVIEWED, reviewedEvent } from './review.js';
import { eventDate } from '../event-date.js';

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
}

/** The columns an events query selects, for `eventFromRow`. */
export const EVENT_COLUMNS = `e.rowid AS rowid, e.updated_at AS updated_at, e.record AS record,
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
  const review = reviewState(row);
  coded.review = 'unreviewed';
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

/**
 * The events row: the coded record as JSON, and the searchable columns from the event as it
 * stands after review, so that filters see the reviewer's values.
 */
export function eventRow(coded: CorpusEvent, review: ReviewState | null) {
  const e = review ? reviewedEvent(coded, review) : coded;
  const actors = [e.actor1, e.actor2, ...(e.assoc_actor_1 ?? []), ...(e.assoc_actor_2 ?? [])].filter((a) => a).map((a) => a!.name);
  return {
    id: coded.id, event_type: e.event_type, sub_event_type: e.sub_event_type, event_date: eventDate(e),
    lat: e.location?.lat ?? null, lon: e.location?.lon ?? null, country_code: e.location?.country_code ?? null, country: e.location?.country ?? null,
    actors: actors.join(' | '), fatalities: e.fatalities, fatalities_high: e.fatalities_high, source_count: coded.sources.length,
    record: JSON.stringify(coded), updated_at: Math.floor(Date.now() / 1000),
  };
}
