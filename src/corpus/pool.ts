// A pool of worker threads that run the pipeline, so extraction uses every core while the
// main thread reads sources and writes the store. Each worker holds a few jobs at once, so it
// never waits for the main thread while that one is busy committing a batch. A job that hangs
// is given up after a time limit (its worker is replaced, the jobs queued behind it go to
// another); a worker that dies fails only the job it was running.
import { Worker } from 'node:worker_threads';
import { sharedIndex, type SharedIndex } from '../places/gazetteer.js';
import type { Analysis } from './analysis.js';
import type { SourceItem } from './sources.js';

export interface Job {
  seq: number;
  item: SourceItem;
}

export type JobResult = { seq: number; ok: true; analysis: Analysis } | { seq: number; ok: false; error: string };

interface Queued {
  job: Job;
  resolve: (r: JobResult) => void;
}

interface Slot {
  worker: Worker;
  /** Jobs sent to the worker, in the order it runs them; the first is under way. */
  jobs: Queued[];
  /** The time limit of the first job. */
  timer: NodeJS.Timeout | null;
  /** The worker has loaded its data: a job's time limit runs from then, not from the worker's start. */
  ready: boolean;
}

/**
 * Jobs a worker holds at once: one running, the next ones ready when it finishes. Enough to
 * keep it busy while the main thread commits a batch (32 documents, tens of milliseconds): with
 * 3, two workers waited for work 12% of the time, with 8, 2%.
 */
export const DEPTH = 8;
/** Text a worker holds beyond the job it runs: a few large documents, not eight. */
const QUEUED_CHARS = 4_000_000;

// Compiled, the worker is worker.js beside this file. Under tsx (tests, bench) it is
// worker.ts, and the thread must register tsx itself: loader hooks do not reach workers.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

/** What every worker is given: the gazetteer's index in memory they share. */
export interface WorkerData {
  /** Null when it cannot be read here: each worker then meets (and reports) the problem itself. */
  gazetteer: SharedIndex | null;
}

function readIndex(): SharedIndex | null {
  try { return sharedIndex(); } catch { return null; }
}

function startWorker(workerData: WorkerData): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

function queuedChars(slot: Slot): number {
  let n = 0;
  for (let i = 1; i < slot.jobs.length; i++) n += slot.jobs[i].job.item.text.length;
  return n;
}

// V8's heap growth is bounded by bin/sitrep (--heap-growing-percent=50 on node's command line):
// a worker is never idle, so V8 would let its heap grow to several times what it holds before a
// full collection. A flag changed after start is not safe (see bin/sitrep), so it is not set here.

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Queued[] = [];
  private seq = 0;
  private closed = false;
  /** Read once, here; a replaced worker gets the same copy. */
  private readonly workerData: WorkerData = { gazetteer: readIndex() };

  constructor(size: number, private readonly jobTimeoutMs = 120_000) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.reduce((n, s) => n + s.jobs.length, 0);
  }

  run(item: SourceItem): Promise<JobResult> {
    return new Promise((resolve) => {
      this.queue.push({ job: { seq: this.seq++, item }, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker, also mid-job (an interrupted run drops what is under way). */
  async close(): Promise<void> {
    this.closed = true;
    for (const slot of this.slots) if (slot.timer) clearTimeout(slot.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker(this.workerData);
    const slot: Slot = { worker, jobs: [], timer: null, ready: false };
    worker.on('message', (r: JobResult | { ready: true }) => {
      if ('ready' in r) {
        slot.ready = true;
        if (slot.jobs.length) this.startTimer(slot);
      } else this.finish(slot, r);
    });
    worker.on('error', (err) => this.replace(slot, `the analysis crashed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => { if (!this.closed) this.replace(slot, `the analysis stopped (exit code ${code})`); });
    return slot;
  }

  private dispatch(): void {
    // Round-robin, one job at a time, so the work is spread evenly over the workers.
    for (let depth = 1; depth <= DEPTH && this.queue.length; depth++) {
      for (const slot of this.slots) {
        if (slot.jobs.length >= depth || !this.queue.length) continue;
        if (slot.jobs.length && queuedChars(slot) + this.queue[0].job.item.text.length > QUEUED_CHARS) continue;
        const next = this.queue.shift()!;
        slot.jobs.push(next);
        slot.worker.postMessage(next.job);
        if (slot.jobs.length === 1) this.startTimer(slot);
      }
    }
  }

  private startTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    // A worker still loading gets a minute more, so that one stuck at start does not hold its jobs for ever.
    const limit = slot.ready ? this.jobTimeoutMs : this.jobTimeoutMs + 60_000;
    slot.timer = setTimeout(() => this.replace(slot, `took longer than ${this.jobTimeoutMs / 1000} s; given up`), limit);
  }

  private finish(slot: Slot, result: JobResult): void {
    const current = slot.jobs[0];
    if (!current || current.job.seq !== result.seq) return;
    if (slot.timer) clearTimeout(slot.timer);
    slot.jobs.shift();
    if (slot.jobs.length) this.startTimer(slot); else slot.timer = null;
    current.resolve(result);
    this.dispatch();
  }

  /** Fails the slot's job with `error` and puts a fresh worker in its place. */
  private replace(slot: Slot, error: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const [current, ...waiting] = slot.jobs;
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    // The jobs queued behind the failed one never ran: they go first to the next free worker.
    this.queue.unshift(...waiting);
    if (current) current.resolve({ seq: current.job.seq, ok: false, error: `${current.job.item.what}: ${error}` });
    this.dispatch();
  }
}
