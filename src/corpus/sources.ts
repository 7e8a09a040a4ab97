// What `sitrep ingest` reads: files and folders (walked recursively), each expanded into
// the items it holds: a text or HTML file is one item, a JSON-lines file one a line, a feed
// one an entry. A source that cannot be read becomes a failure and the walk goes on.
import { readdirSync, statSync, lstatSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { decodeText } from '../document/index.js';
import { describeError } from '../errors.js';
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

/** The files under the given paths, in a stable order; paths that do not exist are failures. */
export function findSourceFiles(paths: string[]): { files: SourceFile[]; failures: Failure[] } {
  const files: SourceFile[] = [];
  const failures: Failure[] = [];
  const seen = new Set<string>();
  const add = (path: string, size: number) => { if (!seen.has(path)) { seen.add(path); files.push({ path, size }); } };
  const walk = (folder: string) => {
    let names: string[];
    try { names = readdirSync(folder).sort(); } catch (err) { failures.push({ what: folder, message: describeError(err) }); return; }
    for (const name of names) {
      if (name.startsWith('.') || name === 'node_modules') continue;
      const path = join(folder, name);
      let st;
      try { st = lstatSync(path); } catch (err) { failures.push({ what: path, message: describeError(err) }); continue; }
      // Linked folders are not followed: they can loop.
      if (st.isDirectory()) walk(path);
      else if (FOLDER_EXTENSIONS.includes(extname(name).toLowerCase())) {
        try { add(path, statSync(path).size); } catch (err) { failures.push({ what: path, message: describeError(err) }); }
      }
    }
  };
  for (const path of paths) {
    let st;
    try { st = statSync(path); } catch (err) { failures.push({ what: path, message: describeError(err) }); continue; }
    if (st.isDirectory()) walk(path);
    else add(path, st.size);
  }
  return { files, failures };
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
    text = decodeText(await readFile(file.path), file.path);
  } catch (err) {
    yield { kind: 'failure', failure: { what: file.path, message: describeError(err) }, bytes: file.size };
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
