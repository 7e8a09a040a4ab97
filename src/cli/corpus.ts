// The corpus commands: ingest sources into the store, list events, export them.
import { forTerminal, oneLine } from '../text/terminal.js';
import {
  DEFAULT_DB, displayLocation, createProgress, duration, exportEvents, failureLine, ingest, openStore, type IngestSummary,
} from '../corpus/index.js';
import { openOutputFile, refuseStoreAsOutput, type OutputFile } from '../corpus/index.js';
import { tableHeader, tableRow } from './event-table.js';
import { eventsOptions, exportOptions, ingestOptions } from './options.js';


export async function runCorpusCommand(command: string, argv: string[]): Promise<number> {
  if (command === 'ingest') return runIngest(argv);
  if (command === 'events') return runEvents(argv);
  return runExport(argv);
}

async function runIngest(argv: string[]): Promise<number> {
  const o = ingestOptions(argv);
  if (o.notice) process.stderr.write(`sitrep: ${o.notice}\n`);
  const db = o.db ?? DEFAULT_DB;
  // Ctrl-C commits what is analysed and stops; a second one ends the process at once, by the
  // signal itself (an exit could wait on a blocked read). Committed batches survive either.
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) {
      process.off('SIGINT', onInterrupt);
      process.kill(process.pid, 'SIGINT');
      return;
    }
    process.stderr.write('\nsitrep: stopping; what is analysed is being stored (Ctrl-C again to quit now)\n');
    stop.abort();
  };
  process.on('SIGINT', onInterrupt);
  try {
    const summary = await ingest(o.paths, {
      db, workers: o.workers, maxBytes: o.maxBytes, signal: stop.signal,
      progress: (total) => createProgress(total, process.stderr, o.quiet),
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
  if (s.skipped.length) {
    lines.push(`Not read (${s.skipped.length}):`);
    for (const f of s.skipped) lines.push(`  ${oneLine(failureLine(f))}`);
  }
  if (s.failures.length) {
    lines.push(`Failed (${s.failures.length}):`);
    for (const f of s.failures) lines.push(`  ${oneLine(failureLine(f))}`);
  }
  return forTerminal(lines.join('\n')) + '\n';
}

async function runEvents(argv: string[]): Promise<number> {
  const { db, format, filter } = eventsOptions(argv);
  const store = await openStore(db ?? DEFAULT_DB, { mode: 'read' });
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
  const { db, format, filter, out: file, includeRejected } = exportOptions(argv);
  const location = db ?? DEFAULT_DB;
  if (file) refuseStoreAsOutput(file, location);
  const store = await openStore(location, { mode: 'read' });
  let output: OutputFile | null = null;
  try {
    if (file) output = await openOutputFile(file);
    const summary = await exportEvents(store, format, filter, output?.stream ?? process.stdout, { includeRejected });
    await output?.commit();
    const left = summary.left ? `; ${summary.left} left out (${format === 'acled-csv' ? 'no date or no place' : 'no place'})` : '';
    const rejected = summary.rejected ? `; ${summary.rejected} rejected in review left out (--include-rejected keeps them)` : '';
    process.stderr.write(`${oneLine(`${summary.written} events exported${file ? ` to ${file}` : ''}${left}${rejected}`)}\n`);
  } finally {
    output?.abort();
    await store.close();
  }
  return 0;
}

function write(out: NodeJS.WriteStream, s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (out.write(s)) resolve();
    else out.once('drain', resolve).once('error', reject);
  });
}
