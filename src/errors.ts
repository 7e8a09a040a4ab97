// Errors a user can act on. The CLI prints their message on one line, never a stack trace.
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Bad usage: the CLI prints it with the usage hint and exits 2. */
export class UsageError extends Error {}

/** What the system's error codes mean for a user; the path they concern comes first. */
const SYSTEM_ERRORS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EISDIR: 'is a folder, not a file',
  ENOTDIR: 'a part of the path is not a folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ELOOP: 'a loop of symbolic links (or too many links in a row)',
  ENAMETOOLONG: 'the name is too long',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EFBIG: 'the file is too large for the device',
  EROFS: 'the file system is read-only',
  EIO: 'input/output error on the device',
  EMFILE: 'too many open files',
  ENXIO: 'no reader or device at this path',
};

/** One line for a user; `path` names the file when the error itself does not. */
export function describeError(err: unknown, path?: string): string {
  if (err instanceof InputError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string' && SYSTEM_ERRORS[e.code]) {
    const where = e.path ?? path;
    return where ? `${where}: ${SYSTEM_ERRORS[e.code]}` : SYSTEM_ERRORS[e.code];
  }
  const message = err instanceof Error ? err.message : String(err);
  return `internal error: ${message.split('\n')[0]}`;
}
