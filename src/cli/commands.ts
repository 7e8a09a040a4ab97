// The three commands over one document or a stream of JSON lines.
import { openSync, readSync, closeSync, fstatSync } from 'node:fs';
import { InputError, describeError } from '../errors.js';
import { decodeText } from '../document/decode.js';
import type { extract } from '../pipeline.js';
import type { tagPlaces } from '../places/index.js';
import { readLines } from '../document/lines.js';
import { JsonLineError, idOfLine, parseJsonLine } from '../document/json-line.js';
import { mb, overLimit } from '../document/size-limit.js';

export type CommandName = 'extract' | 'times' | 'places';

export interface Options {
  command: CommandName;
  file: string;
  inputFormat: 'auto' | 'text' | 'html' | 'jsonl';
  format: 'text' | 'json' | 'jsonl';
  published: string | null;
  maxBytes: number;
  /** extract: also list the mentions not coded, with their reasons. */
  explain?: boolean;
}

export async function runCommand(o: Options): Promise<number> {
  if (o.inputFormat === 'jsonl') return runJsonLines(o, await runnerFor(o));
  const what = o.file === '-' ? 'standard input' : o.file;
  // Read first: a missing or unreadable file is reported before any stage is loaded.
  const text = decodeText(readWhole(o.file, o.maxBytes, what), what);
  const runOne = await runnerFor(o);
  const result = runOne({ text, what, id: null, published: o.published, title: null, url: null, raw: false });
  await write(o.format === 'text' && o.command === 'extract'
    ? (await import('./summary.js')).formatSummary(result as ReturnType<typeof extract>)
    : JSON.stringify(result, null, o.format === 'json' ? 1 : 0) + '\n');
  return 0;
}

interface Job {
  text: string;
  what: string;
  id: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
  /** JSON-lines text is analysed as given, so offsets line up with the caller's. */
  raw: boolean;
}

type Runner = (job: Job) => object;

/** The command's own stages, loaded now: times needs neither places nor events, places no events. */
async function runnerFor(o: Options): Promise<Runner> {
  const { buildDocument } = await import('../document/index.js');
  const format = (job: Job) => (job.raw ? 'text' : o.inputFormat === 'html' ? 'html' : 'auto');
  if (o.command === 'times') {
    const { tagTimes } = await import('../time/index.js');
    return (job) => {
      const doc = job.raw ? null : buildDocument({ ...job, format: format(job) });
      const text = doc?.text ?? job.text;
      return { id: job.id ?? doc?.inputId ?? null, times: tagTimes(text, { published: job.published ?? doc?.published ?? null, dateline: doc?.dateline?.date ?? null }).map(timeOut) };
    };
  }
  if (o.command === 'places') {
    const [{ tagPlaces }, { findNamedActors }, { authorSpans }] = await Promise.all([import('../places/index.js'), import('../actors/index.js'), import('../document/author.js')]);
    return (job) => {
      const doc = job.raw ? null : buildDocument({ ...job, format: format(job) });
      const text = doc?.text ?? job.text;
      // As a geoparser, a demonym ("Russian officials") is marked as a mention of its country;
      // the event pipeline leaves demonyms out, since "Syrian forces" says who, not where.
      const exclude = [...findNamedActors(text), ...(doc ? authorSpans(doc) : [])];
      const places = tagPlaces(text, { datelinePlace: doc?.dateline?.place ?? null, exclude, demonyms: true });
      return { id: job.id ?? doc?.inputId ?? null, places: places.map(placeOut) };
    };
  }
  const { extract } = await import('../pipeline.js');
  return (job) => {
    const doc = buildDocument({ ...job, format: format(job) });
    const result = extract(doc, { explain: o.explain });
    return job.id !== null ? { id: job.id, ...result } : result;
  };
}

async function runJsonLines(o: Options, runOne: Runner): Promise<number> {
  let failed = 0, total = 0;
  for await (const line of readLines(o.file, o.maxBytes)) {
    if (line.tooLong) {
      total++; failed++;
      await write(JSON.stringify({ id: null, error: `line ${line.number}: over the ${mb(o.maxBytes)} limit per document (raise it with --max-size)` }) + '\n');
      continue;
    }
    if (line.invalid) {
      total++; failed++;
      await write(JSON.stringify({ id: idOfLine(line.text), error: `line ${line.number} ${line.invalid}` }) + '\n');
      continue;
    }
    if (!line.text.trim()) continue;
    total++;
    let id: string | null = null;
    try {
      const record = parseJsonLine(line.text, `line ${line.number}`);
      id = record.id;
      const job: Job = {
        ...record, what: `line ${line.number}`, id: id ?? `line-${line.number}`,
        published: record.published ?? o.published, raw: true,
      };
      await write(JSON.stringify(runOne(job)) + '\n');
    } catch (err) {
      failed++;
      if (err instanceof JsonLineError) id = err.id;
      await write(JSON.stringify({ id, error: describeError(err) }) + '\n');
    }
  }
  if (total === 0) throw new InputError(`${o.file === '-' ? 'standard input' : o.file} is empty: there is no JSON line in it`);
  if (failed) process.stderr.write(`sitrep: ${failed} of ${total} lines could not be processed (see their "error" fields)\n`);
  return 0;
}

/** Reads a whole file, refusing one over the limit before reading it. */
function readWhole(file: string, maxBytes: number, what: string): Uint8Array {
  const fd = file === '-' ? 0 : openSync(file, 'r');
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${what} is a folder, not a file`);
    if (stat.isFile() && stat.size > maxBytes) {
      throw overLimit(what, maxBytes, stat.size);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const buf = Buffer.alloc(1 << 16);
    for (;;) {
      let n: number;
      try { n = readSync(fd, buf, 0, buf.length, null); } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
        if ((err as NodeJS.ErrnoException).code === 'EOF') break;
        throw err;
      }
      if (n === 0) break;
      size += n;
      if (size > maxBytes) throw overLimit(what, maxBytes);
      chunks.push(Buffer.from(buf.subarray(0, n)));
    }
    return Buffer.concat(chunks);
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

function write(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (process.stdout.write(s)) resolve();
    else process.stdout.once('drain', resolve).once('error', reject);
  });
}

function timeOut(t: { start: number; end: number; text: string; type: string; value: string }) {
  return { start: t.start, end: t.end, text: t.text, type: t.type, value: t.value };
}

function placeOut(p: ReturnType<typeof tagPlaces>[number]) {
  return {
    start: p.start, end: p.end, text: p.text, name: p.name, lat: p.lat, lon: p.lon, geonames_id: p.geonames_id,
    country_code: p.country_code, admin1: p.admin1, feature: p.feature,
  };
}
