// sitrep worker: pulls documents from the queue, analyses them in a pool of threads and writes
// them to the shared store, those analysed while a write is in flight together in the next
// transaction (batched-writes.ts), each keyed by its content hash. A job whose input the
// store already holds (a worker died after writing, before acknowledging) is acknowledged
// without a second write: exactly once in effect. A job whose worker dies is returned to the
// queue by BullMQ's stalled-job check once its lock expires.
import { Worker, type Job } from 'bullmq';
import { openStore } from '../corpus/store/index.js';
import { ExtractionPool } from '../corpus/pool.js';
import { connectRedis, QUEUE_NAME } from './connection.js';
import type { DocumentJob } from './jobs.js';
import { BatchedWrites } from './batched-writes.js';

export interface WorkerOptions {
  db: string;
  redis: string;
  /** Analysis threads; the worker holds four times as many jobs, so that none idles while the jobs analysed go to the store together. */
  concurrency: number;
  /** Resolves when the worker should stop: it finishes the jobs in hand first. */
  stop: Promise<unknown>;
  log: (line: string) => void;
}

export interface WorkerSummary {
  stored: number;
  alreadyStored: number;
  failed: number;
}

/** How long a job stays with a worker that stopped answering before it is given to another. */
const LOCK_MS = Number(process.env.SITREP_QUEUE_LOCK_MS) || 30_000;

export async function runWorker(o: WorkerOptions): Promise<WorkerSummary> {
  const store = await openStore(o.db, { mode: 'write' });
  const summary: WorkerSummary = { stored: 0, alreadyStored: 0, failed: 0 };
  let pool: ExtractionPool | null = null;
  let worker: Worker<DocumentJob> | null = null;
  try {
    const connection = await connectRedis(o.redis);
    pool = new ExtractionPool(o.concurrency);
    const analyse = pool;
    const writes = new BatchedWrites(store);
    const handle = async (job: Job<DocumentJob>) => {
      const { hash, item } = job.data;
      if (await store.hasInput(hash)) { summary.alreadyStored++; return { stored: false }; }
      const result = await analyse.run(item);
      if (!result.ok) throw new Error(result.error);
      const outcome = await writes.write({ hash, source: item.what, analysis: result.analysis });
      if (outcome.newDocument) summary.stored++; else summary.alreadyStored++;
      return outcome;
    };
    worker = new Worker<DocumentJob>(QUEUE_NAME, handle, {
      connection, concurrency: o.concurrency * 4, lockDuration: LOCK_MS, stalledInterval: LOCK_MS,
    });
    worker.on('failed', (job, err) => {
      if (!job) return;
      const final = job.attemptsMade >= (job.opts.attempts ?? 1);
      if (final) summary.failed++;
      o.log(`${final ? 'failed for good' : `failed (try ${job.attemptsMade}, retried later)`}: ${job.data.item.what}: ${err.message.split('\n')[0]}`);
    });
    worker.on('error', (err) => o.log(`queue: ${err.message.split('\n')[0]}`));
    await o.stop;
    // close() waits for the jobs in hand to finish (and be acknowledged) before it returns.
    await worker.close();
    worker = null;
    connection.disconnect();
  } finally {
    if (worker) await worker.close(true).catch(() => undefined);
    await pool?.close();
    await store.close();
  }
  return summary;
}
