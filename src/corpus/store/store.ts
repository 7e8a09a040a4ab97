// The corpus store as every caller sees it: one asynchronous interface, so that SQLite (one
// file, in-process) and a server database (Postgres) can both stand behind it. Callers never
// see SQL; the backends never decide what corroborates what (see ../corroboration.ts).
import type { Analysis } from '../analysis.js';
import type { CorpusEvent, EventSource, Report } from '../types.js';
import type { EventRecord } from '../../assembly/index.js';

export type StoreMode = 'read' | 'write';

export interface StoreOptions {
  /** 'read' needs an existing store and never writes it; only 'write' (ingest, review) creates one. */
  mode: StoreMode;
}

/** One analysed input to store: its hash (known inputs are skipped), where it was read, and the analysis. */
export interface WriteItem {
  hash: string;
  source: string;
  analysis: Analysis;
}

export interface WriteOutcome {
  /** False when the text was already stored (reached through another input). */
  newDocument: boolean;
  newEvents: number;
  corroborated: number;
}

export interface EventFilter {
  /** Event types or sub-event types, any of them (case-insensitive). */
  types?: string[];
  /** Part of an actor's name. */
  actor?: string;
  /** ISO alpha-2 code or country name. */
  country?: string;
  /** West, south, east, north in degrees; west > east crosses the antimeridian. */
  bbox?: [number, number, number, number];
  /** Event date bounds, YYYY-MM-DD, inclusive. */
  from?: string;
  to?: string;
  /** Full-text search over the events' documents (SQLite FTS5 syntax in the SQLite store). */
  q?: string;
  /** Review states, any of them. */
  review?: ReviewStatus[];
  /** Certainties (reported, eyewitness, claimed, rumoured), any of them, as reviewed. */
  certainty?: string[];
  /** Only the events this document reports (its id). */
  document?: string;
  limit?: number;
}

export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'rejected', 'edited'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

/** What a reviewer decided about an event: its status, the fields set by hand, a note. */
export interface ReviewState {
  status: ReviewStatus;
  /** Field → value replacing the coded one (top-level fields of the event record). */
  edits: Record<string, unknown>;
  note: string | null;
  by: string | null;
  /** When it was last reviewed (ISO 8601), null when never. */
  at: string | null;
}

export interface ReviewInput {
  /** Defaults to 'edited' when fields are set, else the status stays. */
  status?: Exclude<ReviewStatus, 'unreviewed'>;
  /** Fields to set by hand (null is a value: "no second actor"). */
  set?: Record<string, unknown>;
  /** Fields whose edit is dropped, back to the coded value. */
  unset?: string[];
  who: string;
  note?: string;
}

export interface AuditEntry {
  event_id: string;
  who: string;
  /** ISO 8601. */
  at: string;
  before: ReviewState;
  after: ReviewState;
}

export interface StoredEvent {
  /** Row number: ACLED's event_id_cnty is the country code and this. */
  rowid: number;
  updatedAt: number;
  /** The event as it stands: the coded record with the reviewer's edits applied. */
  event: CorpusEvent;
  /** The record as sitrep coded it, before any edit. */
  coded: CorpusEvent;
  review: ReviewState;
}

export interface StoredDocument {
  id: string;
  source: string;
  title: string | null;
  summary: string | null;
  author: string | null;
  url: string | null;
  published: string | null;
  dateline: { place: string | null; date: string | null } | null;
  language: string | null;
  text: string;
  /** Unix seconds. */
  ingestedAt: number;
}

/** One document's own record of an event: its spans (trigger, actors, place, date) point into that document's text. */
export interface SourceReport {
  report_id: string;
  document_id: string;
  record: EventRecord;
}

/** One page of the filtered events for a list, and how many match (counted up to a cap, so a count stays cheap). */
export interface EventPage {
  events: StoredEvent[];
  /** Matching events, counted up to the cap asked for. */
  count: number;
  /** True when more than `count` events match (the count stopped at the cap). */
  capped: boolean;
}

export interface PageRequest {
  offset: number;
  limit: number;
  /** Counting stops here: a count over a whole large store costs a scan. */
  countCap: number;
}

/** The filtered events per day, for a timeline. */
export interface EventDays {
  /** YYYY-MM-DD and the events of that day, oldest first; days without events are left out. */
  days: { date: string; count: number }[];
  undated: number;
  /** West, south, east, north of the matching events with a place (to frame a map), null when none has one. */
  bounds: [number, number, number, number] | null;
}

/** The filtered events with a place, gathered in a grid cell: a cluster on the map, or one event. */
export interface GridCell {
  /** The mean position of the cell's events. */
  lat: number;
  lon: number;
  count: number;
  fatalities: number;
  /** The event's id and type when the cell holds exactly one, else null. */
  id: string | null;
  event_type: string | null;
}

export interface StoreCounts {
  events: number;
  documents: number;
}

export interface Store {
  /** Where the store is (a file path, a URL without its password). */
  readonly location: string;
  /** True when an input with this content hash is already stored. */
  hasInput(hash: string): Promise<boolean>;
  /** Stores analysed inputs with their mentions and reports, corroborating each report: one transaction per batch. */
  writeBatch(items: WriteItem[]): Promise<WriteOutcome[]>;
  /** Events matching the filter, streamed in date order (undated last); other calls may run while it is read. */
  queryEvents(filter: EventFilter): AsyncIterable<StoredEvent>;
  /** One page of the matching events, newest first (undated last), with a count capped at page.countCap. */
  eventPage(filter: EventFilter, page: PageRequest): Promise<EventPage>;
  /** How many matching events fall on each day, and the box that holds them (counted in the database, no record read). */
  eventDays(filter: EventFilter): Promise<EventDays>;
  /** The matching events with a place, gathered in square cells of `cell` degrees (counted in the database). */
  eventGrid(filter: EventFilter, cell: number): Promise<GridCell[]>;
  /** How many events and documents the store holds. */
  countEvents(): Promise<StoreCounts>;
  /** One event with its sources (document, evidence spans) and review, or null. */
  getEvent(id: string): Promise<StoredEvent | null>;
  /**
   * Stores a report a coder wrote by hand (an event sitrep missed) for a stored document,
   * corroborating it like any other report; returns the id of the event it joined or started.
   */
  addReport(report: Report): Promise<string>;
  /** Each source's own record of an event, in the order the sources were stored ([] for an unknown event). */
  eventReports(eventId: string): Promise<SourceReport[]>;
  /** One stored document with its full text, or null. */
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Records a review decision and/or edits, with an audit entry; returns the event as it now stands. */
  reviewEvent(id: string, review: ReviewInput): Promise<StoredEvent>;
  /** Every review of an event, oldest first. */
  auditLog(eventId: string): Promise<AuditEntry[]>;
  close(): Promise<void>;
}

export type { CorpusEvent, EventSource };
