// Where an export is written. Never onto the store it reads (that destroys the store), and
// never in place: the rows go to a temporary file beside the target, renamed over it only
// once complete, so a failed or interrupted export leaves the old file (or none), never half a file.
import { createWriteStream, realpathSync, renameSync, statSync, unlinkSync, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { InputError, UsageError } from '../../errors.js';

/** The files an SQLite store is made of; none for a server (URL) store. */
function storeFiles(location: string): string[] {
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return [];
  return ['', '-wal', '-shm', '-journal'].map((suffix) => location + suffix);
}

/** Throws UsageError when `out` is the store or one of its files (by path, symlink or hard link). */
export function refuseStoreAsOutput(out: string, storeLocation: string): void {
  for (const file of storeFiles(storeLocation)) {
    if (sameFile(out, file)) throw new UsageError(`--out ${out} is the store's own file (${file}): choose another output file`);
  }
}

function sameFile(a: string, b: string): boolean {
  const sa = statOrNull(a), sb = statOrNull(b);
  if (sa && sb) return sa.dev === sb.dev && sa.ino === sb.ino;
  return canonical(a) === canonical(b);
}

function statOrNull(path: string) {
  try { return statSync(path); } catch { return null; }
}

/** The absolute path with its folder's symlinks resolved (the file itself may not exist yet). */
function canonical(path: string): string {
  const folder = dirname(resolve(path));
  try { return join(realpathSync(folder), basename(path)); } catch { return resolve(path); }
}

export interface OutputFile {
  stream: WriteStream;
  /** Finishes the file and renames it into place. */
  commit(): Promise<void>;
  /** Removes the temporary file; the target is left as it was. */
  abort(): void;
}

export async function openOutputFile(path: string): Promise<OutputFile> {
  const existing = statOrNull(path);
  if (existing?.isDirectory()) throw new InputError(`cannot write ${path}: it is a folder, not a file`);
  // A device or a pipe (/dev/null, /dev/stdout, a FIFO) is written as it is: renaming a file
  // over it would replace the device itself.
  if (existing && !existing.isFile()) return openInPlace(path);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const out = await openStream(temp, path, 'wx');
  let done = false;
  return {
    stream: out.stream,
    async commit() {
      await out.finish();
      renameSync(temp, path);
      done = true;
    },
    abort() {
      if (done) return;
      out.stream.destroy();
      try { unlinkSync(temp); } catch { /* already gone */ }
    },
  };
}

async function openInPlace(path: string): Promise<OutputFile> {
  const out = await openStream(path, path, 'w');
  return { stream: out.stream, commit: out.finish, abort: () => out.stream.destroy() };
}

/**
 * A write stream on `file`, open or refused with one line naming `path` (what the user asked
 * for); `finish` ends it and throws the first write error it met (a full disk).
 */
async function openStream(file: string, path: string, flags: string): Promise<{ stream: WriteStream; finish: () => Promise<void> }> {
  const stream = createWriteStream(file, { flags });
  try {
    await Promise.race([once(stream, 'open'), once(stream, 'error').then(([err]) => { throw err; })]);
  } catch (err) {
    throw new InputError(`cannot write ${path}: ${(err as Error).message}`);
  }
  let failure: Error | null = null;
  stream.on('error', (err) => { failure ??= err; });
  return {
    stream,
    async finish() {
      if (!failure) {
        stream.end();
        await Promise.race([once(stream, 'finish'), once(stream, 'close')]);
      }
      if (failure) throw new InputError(`cannot write ${path}: ${(failure as Error).message}`);
    },
  };
}
