// sitrep as a corpus tool: ingest many sources into a store, corroborate reports of one
// event across documents, review, query the events and export them in standard formats.
export { failureLine } from './failures.js';
export type { IngestOptions, IngestSummary } from './ingest.js';

/** Ingest loads the sources, the feed parser and the pipeline only when called: `events` and `export` stay quick to start. */
export async function ingest(...args: Parameters<typeof import('./ingest.js').ingest>): ReturnType<typeof import('./ingest.js').ingest> {
  return (await import('./ingest.js')).ingest(...args);
}
export {
  openStore, DEFAULT_DB, displayLocation, REVIEW_STATUSES, type Store, type StoreMode, type EventFilter, type StoredEvent, type StoredDocument,
  type ReviewStatus, type ReviewState, type ReviewInput, type AuditEntry, type SourceReport, type EventPage, type EventDays, type GridCell,
} from './store/index.js';
export { eventDate } from './event-date.js';
export { exportEvents, EXPORT_FORMATS, type ExportFormat } from './export/index.js';
export { openOutputFile, refuseStoreAsOutput, type OutputFile } from './export/output.js';
export { createProgress, duration } from './progress.js';
export type { CorpusEvent, EventSource, Report } from './types.js';
