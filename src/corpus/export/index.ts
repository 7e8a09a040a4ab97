// `sitrep export`: the whole store (or a filtered part) as ACLED CSV, GeoJSON, JSON lines or
// PLOVER, streamed row by row to a file or standard output in constant memory.
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { EventFilter, Store, StoredEvent } from '../store/index.js';
import { ACLED_COLUMNS, acledRow } from './acled.js';
import { csvLine } from './csv.js';
import { GEOJSON_HEAD, GEOJSON_TAIL, geojsonFeature } from './geojson.js';
import { ploverRecord } from './plover.js';

export const EXPORT_FORMATS = ['acled-csv', 'geojson', 'jsonl', 'plover'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportSummary {
  written: number;
  /** Events the format cannot hold (no place, or no date for ACLED). */
  left: number;
  /** Events a reviewer rejected, left out of ACLED CSV unless asked for. */
  rejected: number;
}

export interface ExportOptions {
  /** Keep rejected events in ACLED CSV too (the other formats carry every event with its review status). */
  includeRejected?: boolean;
}

interface Format {
  head: string;
  separator: string;
  tail: string;
  row(e: StoredEvent): string | null;
}

const FORMATS: Record<ExportFormat, Format> = {
  'acled-csv': {
    head: csvLine([...ACLED_COLUMNS]),
    separator: '',
    tail: '',
    row: (e) => { const r = acledRow(e); return r && csvLine(ACLED_COLUMNS.map((c) => r[c])); },
  },
  geojson: {
    head: GEOJSON_HEAD,
    separator: ',\n',
    tail: GEOJSON_TAIL,
    row: (e) => { const f = geojsonFeature(e); return f && JSON.stringify(f); },
  },
  jsonl: { head: '', separator: '', tail: '', row: (e) => JSON.stringify(e.event) + '\n' },
  plover: { head: '', separator: '', tail: '', row: (e) => JSON.stringify(ploverRecord(e)) + '\n' },
};

export async function exportEvents(store: Store, format: ExportFormat, filter: EventFilter, out: Writable, o: ExportOptions = {}): Promise<ExportSummary> {
  const f = FORMATS[format];
  const summary: ExportSummary = { written: 0, left: 0, rejected: 0 };
  // ACLED CSV is a dataset of events: one a reviewer rejected is no event of it.
  const dropRejected = format === 'acled-csv' && !o.includeRejected;
  await write(out, f.head);
  for await (const e of store.queryEvents(filter)) {
    if (dropRejected && e.review.status === 'rejected') { summary.rejected++; continue; }
    const row = f.row(e);
    if (row === null) { summary.left++; continue; }
    await write(out, summary.written++ ? f.separator + row : row);
  }
  await write(out, f.tail);
  return summary;
}

async function write(out: Writable, s: string): Promise<void> {
  // A stream that fails (full disk) emits 'error', not 'drain': stop there rather than wait forever.
  if (s && !out.write(s)) await Promise.race([once(out, 'drain'), once(out, 'error').then(([err]) => { throw err; })]);
  if (out.errored) throw out.errored;
}
