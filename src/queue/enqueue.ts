// sitrep enqueue: reads the sources as ingest does and puts one job per document on the
// queue. A job's id is its content hash, so enqueuing the same input twice while it waits
// adds it once; the store skips what it already holds in any case.
import { Queue } from 'bullmq';
import { findSourceFiles, readSource, type Failure } from '../corpus/sources.js';
import { inputHash } from '../corpus/ingest.js';
import { connectRedis, QUEUE_NAME } from './connection.js';
import { JOB_OPTIONS, type DocumentJob } from './jobs.js';

export interface EnqueueSummary {
  queued: number;
  failures: Failure[];
}

const CHUNK = 200;

export async function enqueue(paths: string[], redisUrl: string, maxBytes: number): Promise<EnqueueSummary> {
  const connection = await connectRedis(redisUrl);
  const queue = new Queue<DocumentJob>(QUEUE_NAME, { connection });
  const summary: EnqueueSummary = { queued: 0, failures: [] };
  const { files, failures } = findSourceFiles(paths);
  summary.failures.push(...failures);
  let chunk: { name: string; data: DocumentJob; opts: typeof JOB_OPTIONS }[] = [];
  const flush = async () => {
    if (chunk.length) await queue.addBulk(chunk);
    summary.queued += chunk.length;
    chunk = [];
  };
  try {
    for (const file of files) {
      for await (const ev of readSource(file, maxBytes)) {
        if (ev.kind === 'failure') { summary.failures.push(ev.failure); continue; }
        const hash = inputHash(ev.item);
        chunk.push({ name: 'document', data: { hash, item: ev.item }, opts: { ...JOB_OPTIONS, jobId: hash } });
        if (chunk.length >= CHUNK) await flush();
      }
    }
    await flush();
  } finally {
    await queue.close();
    connection.disconnect();
  }
  return summary;
}
