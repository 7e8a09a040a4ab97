// Worker thread: analyses the items the pool sends, one at a time, and answers each with
// its analysis or a one-line error.
import { parentPort, workerData } from 'node:worker_threads';
import { useSharedIndex } from '../places/gazetteer.js';
import { describeError } from '../errors.js';
import { analyseItem } from './analysis.js';
import type { Job, JobResult, WorkerData } from './pool.js';

// The gazetteer's keys are the pool's shared copy, not this thread's own.
const shared = (workerData as WorkerData | null)?.gazetteer;
if (shared) useSharedIndex(shared);

// Load the gazetteer, the model and the data now, once, while the main thread is still reading
// sources: no document pays for them.
try {
  analyseItem({ what: 'warm-up', text: 'Warm-up\n\nA drone struck a market in Sirte on 4 March 2023.', format: 'text', id: null, published: null, title: null, url: null });
} catch { /* a real document will report the problem */ }
// From now on a job's time is its own: the pool starts its time limit here.
parentPort!.postMessage({ ready: true });

parentPort!.on('message', (job: Job) => {
  let result: JobResult;
  try {
    result = { seq: job.seq, ok: true, analysis: analyseItem(job.item) };
  } catch (err) {
    result = { seq: job.seq, ok: false, error: describeError(err) };
  }
  parentPort!.postMessage(result);
});
