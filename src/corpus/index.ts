// sitrep as a corpus tool: ingest many sources into a store, corroborate reports of one
// event across documents, review, query the events and export them in standard formats.
export { ingest, failureLine, type IngestOptions, type IngestSummary } from './ingest.js';
export {
  openStore, DEFAULT_DB, REVIEW_STATUSES, type Store, type StoreMode, type EventFilter, type StoredEvent, type StoredDocument,
  type ReviewStatus, type ReviewState, type ReviewInput, type AuditEntry, type SourceReport, type EventPoints,
} from './store/index.js';
export { eventDate } from './event-date.js';
export { exportEvents, EXPORT_FORMATS, type ExportFormat } from './export/index.js';
export { openOutputFile, refuseStoreAsOutput, type OutputFile } from './export/output.js';
export { createProgress, duration } from './progress.js';
export type { CorpusEvent, EventSource, Report } from './types.js';
