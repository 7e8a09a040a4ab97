// What the corpus stores and returns: a document's own event records ("reports") and the
// corroborated events built from them.
import type { EventRecord, documentRecord } from '../assembly/index.js';
import type { Span } from '../model.js';

export type DocumentRecord = ReturnType<typeof documentRecord>;

/** One document's record of an event, as `sitrep extract` codes it. */
export interface Report {
  record: EventRecord;
  documentId: string;
  /** Salience rank within its document (0 = the headline event). */
  position: number;
  /** The text states the date itself ("4 March 2023"), not only relative words or the byline. */
  dateStated: boolean;
}

/** Where a corroborated event's information comes from. */
export interface EventSource {
  document_id: string;
  report_id: string;
  title: string | null;
  url: string | null;
  published: string | null;
  /** Where the document was read from: a file, file#line 4, file#item 2. */
  source: string;
  fatalities: number;
  evidence: Span[];
}

/** An event record of the corpus: the best-informed report, with every source listed. */
export type CorpusEvent = Omit<EventRecord, 'triggers'> & {
  fatalities_low: number;
  fatalities_high: number;
  sources: EventSource[];
  review?: string;
};
