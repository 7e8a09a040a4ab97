// Splitting argv and the rules for option values, without a schema library: extract, times,
// places, --help and usage errors use only these, so they start without loading zod (about a
// node start-up's worth of time); the store commands' schemas in options.ts reuse the rules.
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { isValidDay } from '../document/day.js';

export const DEFAULT_MAX_MB = 10;
/** A document past this cannot be held as one string; the limit is refused above it. */
export const MAX_MAX_MB = 500;

export type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

/**
 * Splits argv into option values and positionals. A string option always takes the next
 * argument as its value, as getopt does, so `--q -drone` searches for "-drone" and
 * `--limit -1` is refused by --limit's own rule rather than by a parser message.
 */
export function tokenise(argv: string[], spec: Spec) {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.startsWith('--') && !a.includes('=') ? a.slice(2) : null;
    if (name && spec[name]?.type === 'string' && i + 1 < argv.length) args.push(`${a}=${argv[++i]}`);
    else args.push(a);
  }
  try {
    return parseArgs({ args, options: spec, allowPositionals: true, strict: true });
  } catch (err) {
    throw new UsageError(parserMessage(err as Error));
  }
}

/** node:util's messages run to three lines; the first says what is wrong. */
function parserMessage(err: Error): string {
  const first = err.message.split('\n')[0];
  const unknown = /^Unknown option '([^']+)'/.exec(first);
  if (unknown) return `unknown option ${unknown[1]}`;
  const missing = /^Option '([^']+?)(?: <value>)?' argument missing/.exec(first);
  if (missing) return `${missing[1].split(',').pop()!.trim()} needs a value`;
  return first.replace(/\.$/, '');
}

// ---- the values each option accepts: a rule returns the value read or throws a UsageError ----

export type Rule<T> = (value: string) => T;

export const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

export const day = (option: string): Rule<string> => (v) => {
  if (!isValidDay(v)) throw new UsageError(`${option} must be a real date as YYYY-MM-DD, not "${v}"`);
  return v;
};

export const wholeNumber = (option: string, min: number, max: number): Rule<number> => (v) => {
  if (!(/^\+?\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max)) {
    throw new UsageError(`${option} must be a whole number from ${min} to ${max}, not "${v}"`);
  }
  return Number(v);
};

export const megabytes: Rule<number> = (v) => {
  if (!(DECIMAL.test(v.trim()) && Number(v) > 0 && Number(v) <= MAX_MAX_MB)) {
    throw new UsageError(`--max-size must be a number of megabytes above 0 and at most ${MAX_MAX_MB}, not "${v}"`);
  }
  return Math.floor(Number(v) * 1024 * 1024);
};

export const oneOf = <T extends string>(option: string, values: readonly T[]): Rule<T> => (v) => {
  if (!(values as readonly string[]).includes(v)) {
    throw new UsageError(`${option} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}, not "${v}"`);
  }
  return v as T;
};
