// bin/sitrep: command-line entry. Every failure ends in one line on stderr, never a stack trace.
import { UsageError } from '../errors.js';
import { oneLine } from '../text/terminal.js';
import { guardProcess, outputFailed, reportFailure } from './output.js';
import { DEFAULT_MAX_MB } from './args.js';
import { documentOptions } from './document-options.js';
import type { CommandName, Options } from './commands.js';
import { CORPUS_COMMANDS, QUEUE_COMMANDS, WORKBENCH_COMMANDS } from './command-names.js';

const VERSION = '0.1.0';

const HELP = `sitrep ${VERSION}: code conflict reports into ACLED-style event records, with evidence.

Usage:
  sitrep extract [options] FILE      coded events of a report (text or saved HTML page)
  sitrep times   [options] FILE      the time stage alone: dates and durations (TIMEX3)
  sitrep places  [options] FILE      the place stage alone: place names with coordinates

  sitrep ingest [--db PATH] [--workers N] [--max-size MB] [--quiet] PATH...
                                     code files and folders into a store (SQLite)
  sitrep events [--db PATH] [filters] [--format table|json|jsonl]
                                     list the store's events, corroborated across documents
  sitrep export --format acled-csv|geojson|jsonl|plover [--out FILE] [--db PATH] [--include-rejected] [filters]
                                     write the store's events in a standard format, with
                                     reviewed values; rejected events are left out of ACLED
                                     CSV unless --include-rejected

  sitrep serve [--db PATH] [--port 8080] [--host 127.0.0.1]
                                     the review workbench (map, timeline, evidence, review)
  sitrep demo [--db PATH] [--port 8080] [--host 127.0.0.1]
                                     ingest the bundled examples (into sitrep-demo.db) and serve
  sitrep review EVENT_ID --accept|--reject|--set FIELD=VALUE... [--who NAME] [--note TEXT] [--db PATH]
                                     review an event without a browser (kept in the audit log)

  sitrep enqueue [--redis URL] [--max-size MB] PATH...
                                     put documents on the job queue (Redis)
  sitrep worker [--db PATH|URL] [--redis URL] [--concurrency N]
                                     analyse queued documents into the store, until SIGTERM
  sitrep queue status [--redis URL] [--format text|json]
                                     jobs waiting, running, done, and the failed ones

FILE may be "-" for standard input.

Options of extract, times, places:
  --format text|json|jsonl     output: readable summary (default for one document),
                               one JSON object, or JSON lines (default with jsonl input)
  --input-format auto|text|html|jsonl
                               how to read FILE (default auto: HTML if it looks like a page,
                               JSON lines if it ends in .jsonl, else plain text; a page
                               nested over 256 levels deep is read as plain text, with a warning)
  --published YYYY-MM-DD       publication date, when you know it better than the document
  --max-size MB                refuse documents larger than this (default ${DEFAULT_MAX_MB}, at most 500)
  --explain                    extract: also list the passages not coded as events, each
                               with its reason (history, denial, habit, news window ...);
                               in JSON as "not_coded"
  -h, --help                   this help
  --version                    the version

JSON-lines input: one {"id", "text", "published"?, "title"?, "url"?} per line; one output line
per input line, in order; a bad line yields {"id", "error"} and the run goes on.

ingest reads files and folders (recursively: .txt .html .htm .md .jsonl, and RSS or Atom
feeds as .xml .rss .atom; hidden folders are skipped) into the store, sitrep.db in the
current folder unless --db (or the SITREP_DB variable) names another: a file, or a
postgres://USER@HOST/DB URL for a store shared by several machines. Walking a folder, it reads regular files only: a
link is followed only to a file inside the folder given, and FIFOs, devices and the folder's
own README, index, licence and change-log files are not read (they are listed; name a file
to read it). --workers N spreads the analysis over N threads (default and at most the number
of cores). An input already stored (same content) is skipped, so a re-run, even after a
crash, only adds what is missing. A source that cannot be read (missing, not text, malformed
feed, feed declaring XML entities, over --max-size) is reported and skipped. Ctrl-C stops at
once, keeping what is stored; a second Ctrl-C ends the process without waiting. Reports of
one event from several documents (same sub-event type, dates within a day, places within
25 km, compatible actors) become one event listing every source; their differing death
tolls are kept as fatalities (the lowest) and fatalities_high.

The queue (BullMQ on Redis: --redis, else SITREP_REDIS, else redis://127.0.0.1:6379) lets
workers on several machines share the work and one store (a postgres:// --db). A failing
document is retried 4 times with growing delays, then listed by "queue status". A worker
stopped by SIGTERM finishes the documents in hand; one that dies leaves them to the others.
Each document is stored once, however often it is processed.

Filters of events and export:
  --type T                     ACLED event type or sub-event type, any case (repeat, or
                               comma-separated); an unknown one is refused with the list
  --actor TEXT                 part of an actor's name
  --country C                  ISO alpha-2 code or country name
  --bbox W,S,E,N               longitude (-180..180) and latitude (-90..90) bounds in
                               decimal degrees; W > E crosses the antimeridian
  --from YYYY-MM-DD, --to YYYY-MM-DD
                               event date bounds (inclusive; --from not after --to)
  --q TEXT                     full-text search of the documents (SQLite FTS5 syntax:
                               "a phrase", drone*, title:word, AND OR NOT; a query FTS5
                               cannot read is refused with the reason; on Postgres,
                               web-search syntax: "a phrase", -word, or)
  --limit N                    at most N events (1 to 1000000000)

serve prints the page's address and a token, generated at start unless SITREP_TOKEN holds
one: reviews and added reports need it (Authorization: Bearer TOKEN); reads are open on
127.0.0.1, and need it too when --host is another address. review's fields: type, date
(YYYY-MM-DD or FROM..TO), precision (day|week|month|year), place (a gazetteer name, "Name,
Region" or "Name, Country" when several share it), place_ref, actor1, actor1_type, actor2,
actor2_type, fatalities, certainty, notes; --set may repeat.

Text for a terminal (summaries, tables, messages) has control characters and escape
sequences from documents removed; JSON output escapes them. A value given to an option may
start with a dash (--q -drone).

Exit status: 0 on success (also when no event is found, when ingest skipped some sources:
they are listed, or when the reader of the output stops early, as | head does), 1 for
unusable input or output that cannot be written (full disk), 2 for bad usage, 130 when
ingest was interrupted.
`;

export async function main(argv: string[]): Promise<number> {
  guardProcess();
  const first = argv.find((a) => !a.startsWith('-'));
  if (first && (CORPUS_COMMANDS as readonly string[]).includes(first) && !argv.includes('--help') && !argv.includes('-h')) {
    return runCorpus(first, argv.filter((a, i) => i !== argv.indexOf(first)));
  }
  if (first && (WORKBENCH_COMMANDS as readonly string[]).includes(first) && !argv.includes('--help') && !argv.includes('-h')) {
    return runCorpus(first, argv.filter((a, i) => i !== argv.indexOf(first)), 'workbench');
  }
  if (first && (QUEUE_COMMANDS as readonly string[]).includes(first) && !argv.includes('--help') && !argv.includes('-h')) {
    return runCorpus(first, argv.filter((a, i) => i !== argv.indexOf(first)), 'queue');
  }
  let o;
  try {
    o = documentOptions(argv);
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    throw err;
  }
  if (o.version) { process.stdout.write(`${VERSION}\n`); return 0; }
  if (o.help || o.positionals.length === 0) { process.stdout.write(HELP); return o.help ? 0 : 2; }
  const [command, ...files] = o.positionals;
  if (!['extract', 'times', 'places'].includes(command)) return usage(`unknown command "${command}" (try: extract, times, places, ingest, events, export, serve, demo, review)`);
  if (files.length !== 1) return usage(files.length ? 'give one FILE at a time' : `${command} needs a FILE (or - for standard input)`);
  const { format, inputFormat } = o;

  const file = files[0];
  const jsonl = inputFormat === 'jsonl' || (inputFormat === 'auto' && /\.jsonl$/i.test(file));
  const options: Options = {
    command: command as CommandName,
    file,
    inputFormat: jsonl ? 'jsonl' : (inputFormat as Options['inputFormat']),
    format: (format ?? (jsonl ? 'jsonl' : command === 'extract' ? 'text' : 'json')) as Options['format'],
    published: o.published,
    maxBytes: o.maxBytes,
    explain: o.explain,
  };
  try {
    // Each command loads only what it runs: start-up time is part of the interface.
    const { runCommand } = await import('./commands.js');
    return await runCommand(options);
  } catch (err) {
    return outputFailed(err) ?? reportFailure(err);
  }
}

async function runCorpus(command: string, argv: string[], family: 'corpus' | 'workbench' | 'queue' = 'corpus'): Promise<number> {
  try {
    if (family === 'workbench') {
      const { runWorkbenchCommand } = await import('./workbench.js');
      return await runWorkbenchCommand(command, argv, DEFAULT_MAX_MB);
    }
    if (family === 'queue') return await (await import('./queue.js')).runQueueCommand(command, argv);
    const { runCorpusCommand } = await import('./corpus.js');
    return await runCorpusCommand(command, argv);
  } catch (err) {
    if (err instanceof UsageError) return usage(err.message);
    return outputFailed(err) ?? reportFailure(err);
  }
}

function usage(message: string): number {
  process.stderr.write(`sitrep: ${oneLine(message)} (see sitrep --help)\n`);
  return 2;
}
