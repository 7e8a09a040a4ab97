// sitrep queue status: how many jobs wait, run, wait for a retry, are done or failed, and the
// failed ones (the dead-letter list) with their last error.
import { Queue } from 'bullmq';
import { connectRedis, QUEUE_NAME } from './connection.js';
import type { DocumentJob } from './jobs.js';

export interface QueueStatus {
  counts: Record<'waiting' | 'active' | 'delayed' | 'completed' | 'failed', number>;
  failed: { id: string; what: string; attempts: number; error: string }[];
}

export async function queueStatus(redisUrl: string, failedLimit = 50): Promise<QueueStatus> {
  const connection = await connectRedis(redisUrl);
  const queue = new Queue<DocumentJob>(QUEUE_NAME, { connection });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed', 'prioritized', 'waiting-children');
    const failed = await queue.getFailed(0, failedLimit - 1);
    return {
      counts: { waiting: (c.waiting ?? 0) + (c.prioritized ?? 0), active: c.active ?? 0, delayed: c.delayed ?? 0, completed: c.completed ?? 0, failed: c.failed ?? 0 },
      failed: failed.filter(Boolean).map((j) => ({ id: String(j.id), what: j.data.item.what, attempts: j.attemptsMade, error: (j.failedReason ?? '').split('\n')[0] })),
    };
  } finally {
    await queue.close();
    connection.disconnect();
  }
}
