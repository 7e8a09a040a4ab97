// sitrep ingest: sources → items → worker pool → store. Idempotent: every input is known by
// a hash of its content and metadata, and one already stored is skipped. Results are written
// in small transactions, so a crash (even kill -9) loses only the open batch and a re-run
// completes the rest without duplicates.
import { createHash } from 'node:crypto';
import { InputError } from '../errors.js';
import { failureLine } from './failures.js';
import { openStore, type Store, type WriteItem } from './store/index.js';
import { DEPTH, ExtractionPool, type JobResult } from './pool.js';
import { findSourceFiles, readSource, type Failure, type SourceItem } from './sources.js';
import type { Analysis } from './analysis.js';
import type { Progress } from './progress.js';

export interface IngestOptions {
  db: string;
  workers: number;
  /** Largest document (and feed file) read, in bytes. */
  maxBytes: number;
  progress?: (totalBytes: number) => Progress;
  /**
   * Stops the run at once: what is already analysed is committed, documents under way are
   * dropped (a re-run does them), and the summary says it was interrupted.
   */
  signal?: AbortSignal;
}

export interface IngestSummary {
  files: number;
  /** Documents analysed and stored in this run. */
  stored: number;
  /** Inputs skipped because the store already had them. */
  alreadyStored: number;
  newEvents: number;
  corroborated: number;
  failures: Failure[];
  /** Paths deliberately not read: links leaving a folder, FIFOs and devices, a folder's README. */
  skipped: Failure[];
  seconds: number;
  interrupted: boolean;
}

const BATCH_DOCS = 32;
const BATCH_MS = 500;
/** Text read ahead of the analysis, at most (besides the count: each worker's jobs and two more). */
const READ_AHEAD_CHARS = 32_000_000;

export async function ingest(paths: string[], o: IngestOptions): Promise<IngestSummary> {
  const started = Date.now();
  const store = await openStore(o.db, { mode: 'write' });
  const { files, failures: missing, skipped } = findSourceFiles(paths);
  const progress = o.progress?.((files.reduce((n, f) => n + f.size, 0))) ?? null;
  const summary: IngestSummary = { files: files.length, stored: 0, alreadyStored: 0, newEvents: 0, corroborated: 0, failures: [], skipped, seconds: 0, interrupted: false };
  let bytesDone = 0, analysed = 0;
  const fail = (f: Failure) => { summary.failures.push(f); progress?.log(`skipped: ${failureLine(f)}`); };
  const report = () => progress?.update({ done: analysed, skipped: summary.alreadyStored, failed: summary.failures.length, bytesDone });
  missing.forEach(fail);
  for (const s of skipped) progress?.log(`not read: ${failureLine(s)}`);
  // Resolves on Ctrl-C, so no wait (read-ahead, documents under way) outlasts it.
  const interrupted = new Promise<void>((resolve) => {
    if (o.signal?.aborted) resolve();
    else o.signal?.addEventListener('abort', () => resolve(), { once: true });
  });
  let stopped = false;

  const batch = new Batch(store, summary);
  const pool = new ExtractionPool(Math.max(1, o.workers));
  const inFlight = new Set<Promise<void>>();
  let inFlightChars = 0;
  const seen = new Set<string>();
  let storeError: unknown = null;
  try {
    for (const file of files) {
      for await (const ev of readSource(file, o.maxBytes)) {
        if (o.signal?.aborted || storeError) break;
        if (ev.kind === 'failure') { fail(ev.failure); bytesDone += ev.bytes; report(); continue; }
        const hash = inputHash(ev.item);
        if (seen.has(hash) || await store.hasInput(hash)) { summary.alreadyStored++; bytesDone += ev.bytes; report(); continue; }
        seen.add(hash);
        const job: Promise<void> = pool.run(ev.item).then(async (result: JobResult) => {
          if (stopped) return;
          bytesDone += ev.bytes;
          analysed++;
          if (result.ok) await batch.add({ hash, source: ev.item.what, analysis: result.analysis });
          else fail({ what: ev.item.what, message: result.error });
          report();
        }).catch((err: unknown) => { storeError ??= err; });
        inFlight.add(job);
        inFlightChars += ev.item.text.length;
        void job.finally(() => { inFlight.delete(job); inFlightChars -= ev.item.text.length; });
        // Bounded read-ahead: memory stays flat however large the corpus.
        while ((inFlight.size >= pool.size * (DEPTH + 2) || inFlightChars > READ_AHEAD_CHARS) && !o.signal?.aborted) {
          await Promise.race([...inFlight, interrupted]);
        }
      }
      if (o.signal?.aborted) { summary.interrupted = true; break; }
      if (storeError) break;
    }
    await Promise.race([Promise.all(inFlight), interrupted]);
    // Interrupted: what is analysed is committed below; what is under way is dropped.
    stopped = true;
    summary.interrupted = o.signal?.aborted === true;
    if (!storeError) await batch.flush().catch((err: unknown) => { storeError = err; });
    // A store that cannot be written (disk full, locked) ends the run: nothing else can be kept.
    if (storeError) throw new InputError(`cannot write ${store.location}: ${(storeError as Error).message.split('\n')[0]}`);
  } finally {
    await pool.close();
    await store.close();
    report();
    progress?.finish();
  }
  summary.seconds = (Date.now() - started) / 1000;
  return summary;
}

/** The same text with the same metadata is the same input, wherever it was read from. */
export function inputHash(item: SourceItem): string {
  return createHash('sha256').update(JSON.stringify([item.format, item.text, item.published, item.title, item.url])).digest('hex');
}

export { failureLine };

/**
 * Analyses waiting to be written, committed together every few documents or half second.
 * Writes run one after another, in the order the batches filled.
 */
class Batch {
  private pending: WriteItem[] = [];
  private lastFlush = Date.now();
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly store: Store, private readonly summary: IngestSummary) {}

  add(item: WriteItem): Promise<void> {
    this.pending.push(item);
    if (this.pending.length >= BATCH_DOCS || Date.now() - this.lastFlush >= BATCH_MS) return this.flush();
    return Promise.resolve();
  }

  flush(): Promise<void> {
    const items = this.pending;
    this.pending = [];
    this.lastFlush = Date.now();
    if (!items.length) return this.writing;
    this.writing = this.writing.then(async () => {
      const outcomes = await this.store.writeBatch(items);
      for (const o of outcomes) {
        if (o.newDocument) this.summary.stored++;
        else this.summary.alreadyStored++;
        this.summary.newEvents += o.newEvents;
        this.summary.corroborated += o.corroborated;
      }
    });
    return this.writing;
  }
}
