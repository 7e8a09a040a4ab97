// Worker thread: analyses the items the pool sends, one at a time, and answers each with
// its analysis or a one-line error.
import { parentPort } from 'node:worker_threads';
import { describeError } from '../errors.js';
import { analyseItem } from './analysis.js';
import type { Job, JobResult } from './pool.js';

parentPort!.on('message', (job: Job) => {
  let result: JobResult;
  try {
    result = { seq: job.seq, ok: true, analysis: analyseItem(job.item) };
  } catch (err) {
    result = { seq: job.seq, ok: false, error: describeError(err) };
  }
  parentPort!.postMessage(result);
});
