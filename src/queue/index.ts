// Distributed processing over BullMQ on Redis: `enqueue` puts documents on the queue, any
// number of `worker` processes (on any number of machines) analyse them into one shared store,
// `queueStatus` counts the jobs and lists the dead letters.
export { enqueue, type EnqueueSummary } from './enqueue.js';
export { runWorker, type WorkerOptions, type WorkerSummary } from './worker.js';
export { queueStatus, type QueueStatus } from './status.js';
export { DEFAULT_REDIS } from './connection.js';
