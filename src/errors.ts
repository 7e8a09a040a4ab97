// Errors a user can act on. The CLI prints their message on one line, never a stack trace.
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Bad usage: the CLI prints it with the usage hint and exits 2. */
export class UsageError extends Error {}

export function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  const e = err as NodeJS.ErrnoException;
  if (e && typeof e === 'object' && typeof e.code === 'string') {
    if (e.code === 'ENOENT') return `no such file: ${e.path ?? ''}`.trim();
    if (e.code === 'EISDIR') return `is a folder, not a file: ${e.path ?? ''}`.trim();
    if (e.code === 'EACCES') return `permission denied: ${e.path ?? ''}`.trim();
  }
  const message = err instanceof Error ? err.message : String(err);
  return `internal error: ${message.split('\n')[0]}`;
}
