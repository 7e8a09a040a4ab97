// The queue commands: enqueue documents, run a worker, show the queue's state.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { DEFAULT_DB, displayLocation, failureLine } from '../corpus/index.js';
import { DEFAULT_REDIS, enqueue, queueStatus, runWorker } from '../queue/index.js';

type OptionSpec = Record<string, { type: 'string' | 'boolean' }>;

function parse(argv: string[], options: OptionSpec) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

export async function runQueueCommand(command: string, argv: string[], defaultMaxMb: number): Promise<number> {
  if (command === 'enqueue') return runEnqueue(argv, defaultMaxMb);
  if (command === 'worker') return runWorkerCommand(argv);
  return runStatus(argv);
}

async function runEnqueue(argv: string[], defaultMaxMb: number): Promise<number> {
  const { values, positionals } = parse(argv, { redis: { type: 'string' }, 'max-size': { type: 'string' } });
  if (!positionals.length) throw new UsageError('enqueue needs at least one file or folder');
  const maxMb = values['max-size'] === undefined ? defaultMaxMb : Number(values['max-size']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`);
  const redis = (values.redis as string | undefined) ?? DEFAULT_REDIS;
  const s = await enqueue(positionals, redis, Math.floor(maxMb * 1024 * 1024));
  const lines = [`${s.queued} documents queued on ${displayLocation(redis)}, ${s.failures.length} sources could not be read`];
  for (const f of s.failures) lines.push(`  ${failureLine(f)}`);
  process.stdout.write(lines.join('\n') + '\n');
  return s.queued === 0 && s.failures.length > 0 ? 1 : 0;
}

async function runWorkerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { db: { type: 'string' }, redis: { type: 'string' }, concurrency: { type: 'string' } });
  if (positionals.length) throw new UsageError(`worker takes options only, not "${positionals[0]}"`);
  const concurrency = values.concurrency === undefined ? 1 : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > availableParallelism() * 4) {
    throw new UsageError(`--concurrency must be a whole number from 1 to ${availableParallelism() * 4}, not "${values.concurrency}"`);
  }
  const db = (values.db as string | undefined) ?? DEFAULT_DB;
  const redis = (values.redis as string | undefined) ?? DEFAULT_REDIS;
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
  const { values, positionals } = parse(argv, { redis: { type: 'string' }, format: { type: 'string' } });
  if (positionals[0] !== 'status' || positionals.length > 1) throw new UsageError('the queue command is "sitrep queue status"');
  const format = (values.format as string | undefined) ?? 'text';
  if (!['text', 'json'].includes(format)) throw new UsageError(`--format must be text or json, not "${format}"`);
  const s = await queueStatus((values.redis as string | undefined) ?? DEFAULT_REDIS);
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
