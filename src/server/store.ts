// What the workbench needs from the corpus store. Until the corpus' own async Store lands,
// a small SQLite adapter (sqlite-adapter.ts) provides it; the server speaks only to this.
import type { CorpusEvent } from '../corpus/index.js';
import type { EventFilter } from '../corpus/query.js';
import type { EventRecord } from '../assembly/index.js';

export const REVIEW_STATUSES = ['unreviewed', 'accepted', 'rejected', 'edited'] as const;
export type ReviewStatus = (typeof REVIEW_STATUSES)[number];

export interface WorkbenchFilter extends EventFilter {
  review?: ReviewStatus[];
  certainty?: string[];
  /** Events that this document reports. */
  document?: string;
}

export interface StoredEventRow {
  rowid: number;
  updatedAt: number;
  event: CorpusEvent;
}

/** One document's own record of the event: its spans point into that document's text. */
export interface SourceReport {
  document_id: string;
  record: EventRecord;
}

export interface NewDocument {
  text: string;
  format: 'auto' | 'text' | 'html';
  title: string | null;
  published: string | null;
  /** Where it came from, for the record: "workbench paste", a file name. */
  source: string;
}

export interface StoredDocument {
  id: string;
  source: string;
  title: string | null;
  url: string | null;
  published: string | null;
  text: string;
}

export interface ReviewInput {
  action: 'accept' | 'reject' | 'edit';
  set?: Record<string, unknown>;
  who: string;
  note?: string;
}

export interface AuditEntry {
  event_id: string;
  action: string;
  who: string;
  at: string;
  note: string | null;
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export interface WorkbenchStore {
  queryEvents(f: WorkbenchFilter): Promise<StoredEventRow[]>;
  getEvent(id: string): Promise<(StoredEventRow & { reports: SourceReport[] }) | null>;
  getDocument(id: string): Promise<StoredDocument | null>;
  reviewEvent(id: string, review: ReviewInput): Promise<AuditEntry>;
  addDocument(doc: NewDocument): Promise<{ documentId: string; stored: boolean }>;
  auditLog(id: string): Promise<AuditEntry[]>;
  countEvents(): Promise<{ events: number; documents: number }>;
  close(): Promise<void>;
}
