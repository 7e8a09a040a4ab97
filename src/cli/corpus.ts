// The corpus commands: ingest sources into the store, list events, export them.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { UsageError } from '../errors.js';
import { isValidDay } from '../document/day.js';
import {
  DEFAULT_DB, displayLocation, EXPORT_FORMATS, createProgress, duration, exportEvents, failureLine, ingest, openStore,
  type EventFilter, type ExportFormat, type IngestSummary,
} from '../corpus/index.js';
import { openOutputFile, refuseStoreAsOutput, type OutputFile } from '../corpus/index.js';
import { tableHeader, tableRow } from './event-table.js';


const FILTER_OPTIONS = {
  db: { type: 'string' },
  type: { type: 'string', multiple: true },
  actor: { type: 'string' },
  country: { type: 'string' },
  bbox: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  q: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
} as const;

export async function runCorpusCommand(command: string, argv: string[], defaultMaxMb: number): Promise<number> {
  // A reader that stops early (| head) ends the output, not with an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => { if (err.code === 'EPIPE') process.exit(0); throw err; });
  if (command === 'ingest') return runIngest(argv, defaultMaxMb);
  if (command === 'events') return runEvents(argv);
  return runExport(argv);
}

async function runIngest(argv: string[], defaultMaxMb: number): Promise<number> {
  const { values, positionals } = parse(argv, {
    db: { type: 'string' }, workers: { type: 'string' }, 'max-size': { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
  });
  if (!positionals.length) throw new UsageError('ingest needs at least one file or folder');
  const workers = values.workers === undefined ? availableParallelism() : Number(values.workers);
  if (!Number.isInteger(workers) || workers < 1) throw new UsageError(`--workers must be a whole number of at least 1, not "${values.workers}"`);
  const maxMb = values['max-size'] === undefined ? defaultMaxMb : Number(values['max-size']);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw new UsageError(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`);
  const db = (values.db as string | undefined) ?? DEFAULT_DB;
  // Ctrl-C stops reading and stores what is under way; a second one stops at once.
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nsitrep: stopping after the documents under way (Ctrl-C again to quit now)\n');
    stop.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    const summary = await ingest(positionals, {
      db, workers, maxBytes: Math.floor(maxMb * 1024 * 1024), signal: stop.signal,
      progress: (total) => createProgress(total, process.stderr, values.quiet === true),
    });
    process.stdout.write(formatIngestSummary(summary, displayLocation(db)));
    if (summary.interrupted) return 130;
    return summary.stored + summary.alreadyStored === 0 && summary.failures.length > 0 ? 1 : 0;
  } finally {
    process.off('SIGINT', onInterrupt);
  }
}

export function formatIngestSummary(s: IngestSummary, db: string): string {
  const rate = s.seconds > 0 ? s.stored / s.seconds : 0;
  const lines = [
    `${s.interrupted ? 'Interrupted: ' : ''}${s.stored} new documents stored in ${db}, ${s.alreadyStored} already there, ${s.failures.length} failed (${s.files} files read in ${duration(s.seconds)}, ${rate.toFixed(1)} docs/s)`,
    `${s.newEvents} new events, ${s.corroborated} reports corroborating an event already known`,
  ];
  if (s.interrupted) lines.push('Run the same command again to ingest the rest.');
  if (s.failures.length) {
    lines.push(`Failed (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  ${failureLine(f)}`);
  }
  return lines.join('\n') + '\n';
}

async function runEvents(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, FILTER_OPTIONS);
  if (positionals.length) throw new UsageError(`events takes options only, not "${positionals[0]}"`);
  const format = (values.format as string | undefined) ?? 'table';
  if (!['table', 'json', 'jsonl'].includes(format)) throw new UsageError(`--format must be table, json or jsonl, not "${format}"`);
  const filter = readFilter(values);
  const store = await openStore((values.db as string | undefined) ?? DEFAULT_DB, { mode: 'read' });
  const out = process.stdout;
  try {
    let n = 0;
    if (format === 'table') await write(out, tableHeader());
    if (format === 'json') await write(out, '[');
    for await (const e of store.queryEvents(filter)) {
      if (format === 'table') await write(out, tableRow(e));
      else if (format === 'json') await write(out, `${n ? ',' : ''}\n${JSON.stringify(e.event, null, 1).replace(/\n/g, '\n ')}`);
      else await write(out, JSON.stringify(e.event) + '\n');
      n++;
    }
    if (format === 'json') await write(out, n ? '\n]\n' : ']\n');
    if (format === 'table') process.stderr.write(`${n} event${n === 1 ? '' : 's'}\n`);
  } finally {
    await store.close();
  }
  return 0;
}

async function runExport(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { ...FILTER_OPTIONS, out: { type: 'string' }, 'include-rejected': { type: 'boolean' } });
  if (positionals.length) throw new UsageError(`export takes options only, not "${positionals[0]}"`);
  const format = values.format as string | undefined;
  if (!format || !(EXPORT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError(`export needs --format ${EXPORT_FORMATS.join('|')}${format ? `, not "${format}"` : ''}`);
  }
  const filter = readFilter(values);
  const location = (values.db as string | undefined) ?? DEFAULT_DB;
  const file = values.out as string | undefined;
  if (file) refuseStoreAsOutput(file, location);
  const store = await openStore(location, { mode: 'read' });
  let output: OutputFile | null = null;
  try {
    if (file) output = await openOutputFile(file);
    const summary = await exportEvents(store, format as ExportFormat, filter, output?.stream ?? process.stdout, { includeRejected: values['include-rejected'] === true });
    await output?.commit();
    const left = summary.left ? `; ${summary.left} left out (${format === 'acled-csv' ? 'no date or no place' : 'no place'})` : '';
    const rejected = summary.rejected ? `; ${summary.rejected} rejected in review left out (--include-rejected keeps them)` : '';
    process.stderr.write(`${summary.written} events exported${file ? ` to ${file}` : ''}${left}${rejected}\n`);
  } finally {
    output?.abort();
    await store.close();
  }
  return 0;
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

function parse(argv: string[], options: OptionSpec) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true });
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function readFilter(v: Record<string, unknown>): EventFilter {
  const f: EventFilter = {};
  if (v.type) f.types = (v.type as string[]).flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  if (v.actor) f.actor = v.actor as string;
  if (v.country) f.country = v.country as string;
  if (v.q) f.q = v.q as string;
  for (const key of ['from', 'to'] as const) {
    const day = v[key] as string | undefined;
    if (day === undefined) continue;
    if (!isValidDay(day)) throw new UsageError(`--${key} must be a real date as YYYY-MM-DD, not "${day}"`);
    f[key] = day;
  }
  if (v.bbox !== undefined) {
    const parts = String(v.bbox).split(',').map((x) => Number(x.trim()));
    const [w, s, e, n] = parts;
    if (parts.length !== 4 || parts.some((x) => !Number.isFinite(x)) || s > n || Math.abs(s) > 90 || Math.abs(n) > 90 || Math.abs(w) > 180 || Math.abs(e) > 180) {
      throw new UsageError(`--bbox must be W,S,E,N in degrees (e.g. 35.5,32.0,38.5,34.5), not "${v.bbox}"`);
    }
    f.bbox = [w, s, e, n];
  }
  if (v.limit !== undefined) {
    const limit = Number(v.limit);
    if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, not "${v.limit}"`);
    f.limit = limit;
  }
  return f;
}

function write(out: NodeJS.WriteStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(s)) resolve();
    else out.once('drain', resolve).once('error', reject);
  });
}
