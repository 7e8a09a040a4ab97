// The queue commands: enqueue documents, run a worker, show the queue's state.
import { enqueueOptions, queueStatusOptions, workerOptions } from './options.js';
import { DEFAULT_DB, displayLocation, failureLine } from '../corpus/index.js';
import { DEFAULT_REDIS, enqueue, queueStatus, runWorker } from '../queue/index.js';

export async function runQueueCommand(command: string, argv: string[]): Promise<number> {
  if (command === 'enqueue') return runEnqueue(argv);
  if (command === 'worker') return runWorkerCommand(argv);
  return runStatus(argv);
}

async function runEnqueue(argv: string[]): Promise<number> {
  const o = enqueueOptions(argv);
  const redis = o.redis ?? DEFAULT_REDIS;
  const s = await enqueue(o.paths, redis, o.maxBytes);
  const lines = [`${s.queued} documents queued on ${displayLocation(redis)}, ${s.failures.length} sources could not be read`];
  for (const f of s.failures) lines.push(`  ${failureLine(f)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return s.queued === 0 && s.failures.length > 0 ? 1 : 0;
}

async function runWorkerCommand(argv: string[]): Promise<number> {
  const o = workerOptions(argv);
  const concurrency = o.concurrency;
  const db = o.db ?? DEFAULT_DB;
  const redis = o.redis ?? DEFAULT_REDIS;
  // SIGTERM or Ctrl-C: finish the jobs in hand, acknowledge them, then stop; none is lost.
  let signalled = false;
  const stop = new Promise<void>((resolve) => {
    const onSignal = () => {
      if (signalled) process.exit(130);
      signalled = true;
      process.stderr.write('sitrep: worker stopping after the documents in hand\n');
      resolve();
    };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  });
  process.stderr.write(`sitrep: worker on ${displayLocation(redis)}, writing to ${displayLocation(db)}, ${concurrency} analysis thread${concurrency === 1 ? '' : 's'}\n`);
  const s = await runWorker({ db, redis, concurrency, stop, log: (line) => process.stderr.write(`sitrep: ${line}\n`) });
  process.stdout.write(`${s.stored} new documents stored, ${s.alreadyStored} already there, ${s.failed} failed for good\n`);
  return 0;
}

async function runStatus(argv: string[]): Promise<number> {
  const { redis, format } = queueStatusOptions(argv);
  const s = await queueStatus(redis ?? DEFAULT_REDIS);
  if (format === 'json') { process.stdout.write(JSON.stringify(s) + '\n'); return 0; }
  const c = s.counts;
  const lines = [`waiting ${c.waiting}, running ${c.active}, waiting to retry ${c.delayed}, done ${c.completed}, failed ${c.failed}`];
  if (s.failed.length) {
    lines.push(`Failed after every retry (dead letters${c.failed > s.failed.length ? `, first ${s.failed.length}` : ''}):`);
    for (const f of s.failed) lines.push(`  ${f.what} (${f.attempts} tries): ${f.error}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
