// The corpus store: `openStore(location, { mode })` gives a `Store` (SQLite for a file path;
// other backends register a URL scheme in open.ts). Everything the corpus keeps goes through it.
export { openStore, DEFAULT_DB, displayLocation } from './open.js';
export { REVIEW_STATUSES } from './store.js';
export type {
  Store, StoreMode, StoreOptions, StoreCounts, WriteItem, WriteOutcome, EventFilter, StoredEvent, StoredDocument,
  ReviewStatus, ReviewState, ReviewInput, AuditEntry, SourceReport, EventPage, EventDays, GridCell, PageRequest,
} from './store.js';
