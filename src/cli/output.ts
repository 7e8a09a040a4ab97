// How the CLI ends when writing fails or something unforeseen is thrown: a reader that stops
// early (`| head`) is not an error, a full disk is one line and exit 1, never a stack trace.
import { describeError } from '../errors.js';
import { oneLine } from '../text/terminal.js';

/** The exit status for a failure to write standard output, after saying why (if it matters). */
export function outputFailed(err: unknown): number | null {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'EPIPE') return 0;
  if (e?.syscall !== 'write' || e.path) return null;
  process.stderr.write(`sitrep: cannot write the output: ${describeError(err)}\n`);
  return 1;
}

/** One error line for whatever escapes the commands, with the stack only under SITREP_DEBUG. */
export function reportFailure(err: unknown): number {
  process.stderr.write(`sitrep: ${oneLine(describeError(err))}\n`);
  if (process.env.SITREP_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}

/** Installed once by main(): failures of stdout and anything uncaught end in one line. */
export function guardProcess(): void {
  process.stdout.on('error', (err) => process.exit(outputFailed(err) ?? reportFailure(err)));
  process.on('uncaughtException', (err) => process.exit(outputFailed(err) ?? reportFailure(err)));
  process.on('unhandledRejection', (err) => process.exit(outputFailed(err) ?? reportFailure(err)));
}
