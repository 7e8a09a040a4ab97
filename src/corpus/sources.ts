// What `sitrep ingest` reads: files and folders (walked recursively), each expanded into
// the items it holds: a text or HTML file is one item, a JSON-lines file one a line, a feed
// one an entry. A source that cannot be read becomes a failure and the walk goes on.
import { constants, readdirSync, realpathSync, statSync, lstatSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { decodeText } from '../document/index.js';
import { describeError, InputError } from '../errors.js';
import { parseJsonLine } from '../document/json-line.js';
import { overLimit } from '../document/size-limit.js';
import { readLines } from '../document/lines.js';
import { looksLikeFeed, parseFeed } from './feeds.js';

/** Extensions a folder walk picks up; a file named on the command line is read whatever its name. */
export const FOLDER_EXTENSIONS = ['.txt', '.html', '.htm', '.md', '.jsonl', '.xml', '.rss', '.atom'];
const FEED_EXTENSIONS = ['.xml', '.rss', '.atom'];

export interface SourceFile {
  path: string;
  size: number;
}

export interface SourceItem {
  /** For messages: "notes/a.txt", "docs.jsonl line 4", "feed.xml item 2". */
  what: string;
  text: string;
  format: 'text' | 'html' | 'auto';
  id: string | null;
  published: string | null;
  title: string | null;
  url: string | null;
}

export interface Failure {
  what: string;
  message: string;
}

export type SourceEvent =
  | { kind: 'item'; item: SourceItem; bytes: number }
  | { kind: 'failure'; failure: Failure; bytes: number };

/**
 * A folder's own documentation is not a report: README, index, licence and change-log files
 * found by walking a folder are skipped (and listed). Named on the command line, they are read.
 */
const FOLDER_DOCUMENTATION = /^(?:readme|index|licen[cs]e|changelog|changes|contributing)(?:\..*)?$/i;

/**
 * The files under the given paths, in a stable order; paths that do not exist are failures.
 * Walking a folder reads only regular files inside it: a link is followed only when it leads
 * to a file inside the folder given, and FIFOs, sockets, devices and a folder's documentation
 * are skipped, each listed in `skipped` with the reason.
 */
export function findSourceFiles(paths: string[]): { files: SourceFile[]; failures: Failure[]; skipped: Failure[] } {
  const files: SourceFile[] = [];
  const failures: Failure[] = [];
  const skipped: Failure[] = [];
  const seen = new Set<string>();
  const add = (path: string, size: number) => { if (!seen.has(path)) { seen.add(path); files.push({ path, size }); } };
  const skip = (what: string, reason: string) => skipped.push({ what, message: `${what}: ${reason}` });
  const walk = (folder: string, given: string, root: string) => {
    let names: string[];
    try { names = readdirSync(folder).sort(); } catch (err) { failures.push({ what: folder, message: describeError(err, folder) }); return; }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      let st;
      try { st = lstatSync(path); } catch (err) { failures.push({ what: path, message: describeError(err, path) }); continue; }
      if (st.isSymbolicLink()) {
        let target: string;
        try { target = realpathSync(path); st = statSync(target); } catch (err) { skip(path, `a link that leads nowhere readable (${describeError(err).replace(/^.*: /, '')}); not followed`); continue; }
        if (target !== root && !target.startsWith(root + sep)) { skip(path, `a link to ${target}, outside ${given}; not followed`); continue; }
        // Linked folders are not followed: they can loop.
        if (st.isDirectory()) { skip(path, 'a link to a folder; not followed (name the folder itself to read it)'); continue; }
      }
      if (st.isDirectory()) { walk(path, given, root); continue; }
      if (!FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())) continue;
      if (!st.isFile()) { skip(path, `${kindOf(st)}, not a regular file; not read`); continue; }
      if (FOLDER_DOCUMENTATION.test(name)) { skip(path, "the folder's own documentation, not a report (name the file to read it)"); continue; }
      add(path, st.size);
    }
  };
  for (const path of paths) {
    let st;
    try { st = statSync(path); } catch (err) { failures.push({ what: path, message: describeError(err, path) }); continue; }
    if (st.isDirectory()) walk(path, path, realpathSync(path));
    else if (st.isFile()) add(path, st.size);
    else skip(path, `${kindOf(st)}, not a regular file; not read`);
  }
  return { files, failures, skipped };
}

function kindOf(st: Stats): string {
  return st.isFIFO() ? 'a FIFO (named pipe)' : st.isSocket() ? 'a socket' : st.isCharacterDevice() || st.isBlockDevice() ? 'a device' : 'not a file';
}

/**
 * The bytes of a regular file. It is opened without waiting (a FIFO put in a file's place
 * would block the read forever) and checked to be a regular file before it is read.
 */
async function readRegularFile(path: string): Promise<Buffer> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError(`${path} is ${kindOf(st)}, not a regular file; not read`);
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

export async function* readSource(file: SourceFile, maxBytes: number): AsyncGenerator<SourceEvent> {
  const ext = extname(file.path).toLowerCase();
  if (ext === '.jsonl') {
    yield* readJsonLines(file, maxBytes);
    return;
  }
  let text: string;
  try {
    if (file.size > maxBytes) {
      throw overLimit(file.path, maxBytes, file.size);
    }
    text = decodeText(await readRegularFile(file.path), file.path);
  } catch (err) {
    yield { kind: 'failure', failure: { what: file.path, message: describeError(err, file.path) }, bytes: file.size };
    return;
  }
  if (FEED_EXTENSIONS.includes(ext) || looksLikeFeed(text.slice(0, 2000))) {
    yield* feedItems(file, text);
    return;
  }
  const format = ext === '.html' || ext === '.htm' ? 'html' : 'auto';
  yield { kind: 'item', item: { what: file.path, text, format, id: null, published: null, title: null, url: null }, bytes: file.size };
}

function* feedItems(file: SourceFile, xml: string): Generator<SourceEvent> {
  let items;
  try {
    items = parseFeed(xml, file.path);
  } catch (err) {
    yield { kind: 'failure', failure: { what: file.path, message: describeError(err) }, bytes: file.size };
    return;
  }
  const share = items.length ? file.size / items.length : file.size;
  if (!items.length) yield { kind: 'failure', failure: { what: file.path, message: `${file.path}: the feed has no items` }, bytes: file.size };
  for (const [i, entry] of items.entries()) {
    const what = `${file.path} item ${i + 1}`;
    if (!entry.text.trim() && !entry.title) {
      yield { kind: 'failure', failure: { what, message: `${what} has no title and no text` }, bytes: share };
      continue;
    }
    // The headline opens the text, as in a saved report: it often names the event.
    const text = entry.title && !entry.text.startsWith(entry.title) ? `${entry.title}\n\n${entry.text}` : entry.text;
    yield { kind: 'item', item: { what, text, format: 'text', id: entry.guid, published: entry.published, title: entry.title, url: entry.url }, bytes: share };
  }
}

async function* readJsonLines(file: SourceFile, maxBytes: number): AsyncGenerator<SourceEvent> {
  let records = 0;
  try {
    for await (const line of readLines(file.path, maxBytes)) {
      const what = `${file.path} line ${line.number}`;
      const bytes = Buffer.byteLength(line.text) + 1;
      if (line.tooLong) {
        yield { kind: 'failure', failure: { what, message: overLimit(what, maxBytes).message }, bytes: maxBytes };
        continue;
      }
      if (line.invalid) {
        records++;
        yield { kind: 'failure', failure: { what, message: `${what} ${line.invalid}` }, bytes };
        continue;
      }
      if (!line.text.trim()) continue;
      records++;
      try {
        yield { kind: 'item', item: jsonLineItem(line.text, what), bytes };
      } catch (err) {
        yield { kind: 'failure', failure: { what, message: describeError(err) }, bytes };
      }
    }
  } catch (err) {
    yield { kind: 'failure', failure: { what: file.path, message: describeError(err, file.path) }, bytes: 0 };
    return;
  }
  if (!records) yield { kind: 'failure', failure: { what: file.path, message: `${file.path} is empty: there is no JSON line in it` }, bytes: file.size };
}

function jsonLineItem(text: string, what: string): SourceItem {
  return { ...parseJsonLine(text, what), what, format: 'text' };
}
