// sitrep as a corpus tool: ingest many sources into an SQLite store, corroborate reports of
// one event across documents, query the events and export them in standard formats.
export { ingest, failureLine, type IngestOptions, type IngestSummary } from './ingest.js';
export { openStore, DEFAULT_DB, type Db } from './store/database.js';
export { eventDate } from './event-date.js';
export { queryEvents, type EventFilter, type StoredEvent } from './query.js';
export { exportEvents, EXPORT_FORMATS, type ExportFormat } from './export/index.js';
export { createProgress, duration } from './progress.js';
export type { CorpusEvent, EventSource, Report } from './types.js';
