// What a job carries and how it is retried: one input item (a file, a JSON line, a feed entry),
// known by the hash of its content, tried up to ATTEMPTS times with exponential backoff, then
// kept in the failed set: the dead-letter list `sitrep queue status` shows.
import type { JobsOptions } from 'bullmq';
import type { SourceItem } from '../corpus/sources.js';

export interface DocumentJob {
  hash: string;
  item: SourceItem;
}

export const ATTEMPTS = 4;

export const JOB_OPTIONS: JobsOptions = {
  attempts: ATTEMPTS,
  backoff: { type: 'exponential', delay: 2000 },
  // Done jobs are the store's business; a few are kept for `queue status`.
  removeOnComplete: { count: 100 },
  // Failed jobs stay: they are the dead-letter list.
  removeOnFail: false,
};
