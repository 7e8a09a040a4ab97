// The per-document size limit, worded the same wherever a document is refused for its size.
import { InputError } from '../errors.js';

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** `size` when it is known before reading; without it, the reading went past the limit. */
export function overLimit(what: string, maxBytes: number, size?: number): InputError {
  const found = size === undefined ? 'is over' : `is ${mb(size)}, over`;
  return new InputError(`${what} ${found} the ${mb(maxBytes)} limit per document (raise it with --max-size)`);
}
