// A pool of worker threads that run the pipeline, so extraction uses every core while the
// main thread reads sources and writes the store. A job that hangs is given up after a time
// limit (its worker is replaced); a worker that dies fails only its own job.
import { Worker } from 'node:worker_threads';
import type { Analysis } from './analysis.js';
import type { SourceItem } from './sources.js';

export interface Job {
  seq: number;
  item: SourceItem;
}

export type JobResult = { seq: number; ok: true; analysis: Analysis } | { seq: number; ok: false; error: string };

interface Slot {
  worker: Worker;
  job: { job: Job; resolve: (r: JobResult) => void; timer: NodeJS.Timeout } | null;
}

// Compiled, the worker is worker.js beside this file. Under tsx (tests, bench) it is
// worker.ts, and the thread must register tsx itself: loader hooks do not reach workers.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_URL = new URL(FROM_SOURCE ? './worker.ts' : './worker.js', import.meta.url);

function startWorker(): Worker {
  if (!FROM_SOURCE) return new Worker(WORKER_URL);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL.href)}); });`;
  return new Worker(boot, { eval: true });
}

export class ExtractionPool {
  private readonly slots: Slot[] = [];
  private readonly queue: { job: Job; resolve: (r: JobResult) => void }[] = [];
  private seq = 0;
  private closed = false;

  constructor(size: number, private readonly jobTimeoutMs = 120_000) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Jobs waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
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
    for (const slot of this.slots) if (slot.job) clearTimeout(slot.job.timer);
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, job: null };
    worker.on('message', (r: JobResult) => this.finish(slot, r));
    worker.on('error', (err) => this.replace(slot, `the analysis crashed: ${err.message.split('\n')[0]}`));
    worker.on('exit', (code) => { if (!this.closed) this.replace(slot, `the analysis stopped (exit code ${code})`); });
    return slot;
  }

  private dispatch(): void {
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      const next = this.queue.shift()!;
      const timer = setTimeout(() => this.replace(slot, `took longer than ${this.jobTimeoutMs / 1000} s; given up`), this.jobTimeoutMs);
      slot.job = { ...next, timer };
      slot.worker.postMessage(next.job);
    }
  }

  private finish(slot: Slot, result: JobResult): void {
    const current = slot.job;
    if (!current || current.job.seq !== result.seq) return;
    clearTimeout(current.timer);
    slot.job = null;
    current.resolve(result);
    this.dispatch();
  }

  /** Fails the slot's job with `error` and puts a fresh worker in its place. */
  private replace(slot: Slot, error: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0 || this.closed) return;
    const current = slot.job;
    slot.job = null;
    slot.worker.removeAllListeners();
    void slot.worker.terminate();
    this.slots[i] = this.spawn();
    if (current) {
      clearTimeout(current.timer);
      current.resolve({ seq: current.job.seq, ok: false, error: `${current.job.item.what}: ${error}` });
    }
    this.dispatch();
  }
}
