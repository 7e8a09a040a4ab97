// A source that could not be read or analysed, as one line for the user.
import type { Failure } from './sources.js';

export function failureLine(f: Failure): string {
  return f.message.includes(f.what) ? f.message : `${f.what}: ${f.message}`;
}
