// Where the job queue is: a Redis server (--redis URL, else SITREP_REDIS, else the local one)
// and the queue's name in it. BullMQ wants its blocking connections to retry forever.
import { Redis } from 'ioredis';
import { InputError } from '../errors.js';
import { displayLocation } from '../corpus/store/open.js';

export const QUEUE_NAME = 'sitrep-documents';
export const DEFAULT_REDIS = process.env.SITREP_REDIS || 'redis://127.0.0.1:6379';

/** Connects, or fails with one line when the server does not answer within a few seconds. */
export async function connectRedis(url: string): Promise<Redis> {
  if (!/^rediss?:\/\//i.test(url)) throw new InputError(`--redis must be a redis:// URL, not "${url}"`);
  const redis = new Redis(url, { maxRetriesPerRequest: null, lazyConnect: true, connectTimeout: 5000, retryStrategy: () => null });
  let lastError: Error | null = null;
  redis.on('error', (err: Error) => { lastError = err; });
  try {
    await redis.connect();
  } catch (err) {
    redis.disconnect();
    // The socket's own error ("connect ECONNREFUSED ...") says more than ioredis' "Connection is closed".
    const reason = ((lastError ?? err) as Error).message.split('\n')[0];
    throw new InputError(`cannot connect to ${displayLocation(url)}: ${reason}`);
  }
  // From now on, a dropped connection is retried (a worker outlives a Redis restart).
  redis.options.retryStrategy = (times: number) => Math.min(times * 500, 5000);
  return redis;
}
