// bin/sitrep: command-line entry. Every failure ends in one line on stderr, never a stack trace.
import { parseArgs } from 'node:util';
import { describeError, InputError } from '../errors.js';
import { isValidDay } from '../document/index.js';
import { runCommand, type CommandName, type Options } from './commands.js';

const VERSION = '0.1.0';
const DEFAULT_MAX_MB = 10;

const HELP = `sitrep ${VERSION}: code conflict reports into ACLED-style event records, with evidence.

Usage:
  sitrep extract [options] FILE      coded events of a report (text or saved HTML page)
  sitrep times   [options] FILE      the time stage alone: dates and durations (TIMEX3)
  sitrep places  [options] FILE      the place stage alone: place names with coordinates

FILE may be "-" for standard input.

Options:
  --format text|json|jsonl     output: readable summary (default for one document),
                               one JSON object, or JSON lines (default with jsonl input)
  --input-format auto|text|html|jsonl
                               how to read FILE (default auto: HTML if it looks like a page,
                               JSON lines if it ends in .jsonl, else plain text)
  --published YYYY-MM-DD       publication date, when you know it better than the document
  --max-size MB                refuse documents larger than this (default ${DEFAULT_MAX_MB})
  -h, --help                   this help
  --version                    the version

JSON-lines input: one {"id", "text", "published"?, "title"?, "url"?} per line; one output line
per input line, in order; a bad line yields {"id", "error"} and the run goes on.
Exit status: 0 on success (also when no event is found), 1 for unusable input, 2 for bad usage.
`;

export async function main(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        format: { type: 'string' },
        'input-format': { type: 'string' },
        published: { type: 'string' },
        'max-size': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean' },
      },
    });
  } catch (err) {
    return usage((err as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.version) { process.stdout.write(`${VERSION}\n`); return 0; }
  if (values.help || positionals.length === 0) { process.stdout.write(HELP); return values.help ? 0 : 2; }
  const [command, ...files] = positionals;
  if (!['extract', 'times', 'places'].includes(command)) return usage(`unknown command "${command}" (try: extract, times, places)`);
  if (files.length !== 1) return usage(files.length ? 'give one FILE at a time' : `${command} needs a FILE (or - for standard input)`);
  const format = values.format;
  if (format && !['text', 'json', 'jsonl'].includes(format)) return usage(`--format must be text, json or jsonl, not "${format}"`);
  const inputFormat = values['input-format'] ?? 'auto';
  if (!['auto', 'text', 'html', 'jsonl'].includes(inputFormat)) return usage(`--input-format must be auto, text, html or jsonl, not "${inputFormat}"`);
  if (values.published && !isValidDay(values.published)) return usage(`--published must be a real date as YYYY-MM-DD, not "${values.published}"`);
  const maxMb = values['max-size'] ? Number(values['max-size']) : DEFAULT_MAX_MB;
  if (!Number.isFinite(maxMb) || maxMb <= 0) return usage(`--max-size must be a positive number of megabytes, not "${values['max-size']}"`);

  const file = files[0];
  const jsonl = inputFormat === 'jsonl' || (inputFormat === 'auto' && /\.jsonl$/i.test(file));
  const options: Options = {
    command: command as CommandName,
    file,
    inputFormat: jsonl ? 'jsonl' : (inputFormat as Options['inputFormat']),
    format: (format ?? (jsonl ? 'jsonl' : command === 'extract' ? 'text' : 'json')) as Options['format'],
    published: values.published ?? null,
    maxBytes: Math.floor(maxMb * 1024 * 1024),
  };
  try {
    return await runCommand(options);
  } catch (err) {
    process.stderr.write(`sitrep: ${describeError(err)}\n`);
    if (!(err instanceof InputError) && process.env.SITREP_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 1;
  }
}

function usage(message: string): number {
  process.stderr.write(`sitrep: ${message}\nRun "sitrep --help" for usage.\n`);
  return 2;
}
