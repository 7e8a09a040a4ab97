// Every command-line option of every command, checked against one schema per command, so a
// bad value is refused with one line naming the option and what it accepts (exit 2), never
// read as something else (hex numbers, empty boxes) or left to fail deep inside a query.
import { parseArgs } from 'node:util';
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { isValidDay } from '../document/day.js';
import type { EventFilter } from '../corpus/store/index.js';
import { EXPORT_FORMATS, type ExportFormat } from '../corpus/export/index.js';
import { checkSearch } from './search-check.js';
import { eventTypeNames, isEventType } from './event-types.js';

export const DEFAULT_MAX_MB = 10;
/** A document past this cannot be held as one string; the limit is refused above it. */
const MAX_MAX_MB = 500;
const MAX_LIMIT = 1_000_000_000;

type Spec = Record<string, { type: 'string' | 'boolean'; multiple?: boolean; short?: string }>;

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

// ---- the values each option accepts ----

const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/;

const text = (option: string) => z.string().trim().min(1, `${option} needs a value`);

const day = (option: string) => z.string().refine(isValidDay, { error: (issue) => { const v = String(issue.input); return `${option} must be a real date as YYYY-MM-DD, not "${v}"`; } });

const wholeNumber = (option: string, min: number, max: number) => z.string()
  .refine((v) => /^\+?\d+$/.test(v.trim()) && Number(v) >= min && Number(v) <= max,
    { error: (issue) => { const v = String(issue.input); return `${option} must be a whole number from ${min} to ${max}, not "${v}"`; } })
  .transform(Number);

const megabytes = z.string()
  .refine((v) => DECIMAL.test(v.trim()) && Number(v) > 0 && Number(v) <= MAX_MAX_MB,
    { error: (issue) => { const v = String(issue.input); return `--max-size must be a number of megabytes above 0 and at most ${MAX_MAX_MB}, not "${v}"`; } })
  .transform((v) => Math.floor(Number(v) * 1024 * 1024));

const oneOf = <T extends string>(option: string, values: readonly T[]) => z.string()
  .refine((v): v is T => (values as readonly string[]).includes(v),
    { error: (issue) => { const v = String(issue.input); return `${option} must be ${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}, not "${v}"`; } })
  .transform((v) => v as T);

const bbox = z.string().transform((v, ctx) => {
  const parts = v.split(',').map((x) => x.trim());
  const nums = parts.map(Number);
  const [w, s, e, n] = nums;
  const problem = parts.length !== 4 || !parts.every((x) => DECIMAL.test(x)) ? 'four decimal numbers W,S,E,N'
    : Math.abs(w) > 180 || Math.abs(e) > 180 ? 'longitudes (W and E) between -180 and 180'
      : Math.abs(s) > 90 || Math.abs(n) > 90 ? 'latitudes (S and N) between -90 and 90'
        : s > n ? 'S not north of N' : null;
  if (problem) {
    ctx.addIssue({ code: 'custom', message: `--bbox must be W,S,E,N in degrees (e.g. 35.5,32.0,38.5,34.5): ${problem}, not "${v}"` });
    return z.NEVER;
  }
  return [w, s, e, n] as [number, number, number, number];
});

const types = z.array(z.string()).transform((values, ctx) => {
  const list = values.flatMap((t) => t.split(',')).map((t) => t.trim()).filter(Boolean);
  const bad = list.find((t) => !isEventType(t));
  if (bad !== undefined || !list.length) {
    ctx.addIssue({ code: 'custom', message: `--type ${bad === undefined ? 'needs a value' : `"${bad}" is not an ACLED event or sub-event type`}; valid: ${eventTypeNames().join(', ')}` });
    return z.NEVER;
  }
  return list;
});

const search = z.string().refine((q) => q.trim() !== '', { error: '--q needs a value' });

/**
 * An SQLite store's search is FTS5, checked here; a Postgres store (postgres:// in --db or
 * SITREP_DB) reads web-search syntax, which accepts any text.
 */
function checkQuery(q: string | undefined, db: string | undefined): void {
  const location = db ?? process.env.SITREP_DB ?? '';
  if (q === undefined || /^postgres(?:ql)?:\/\//i.test(location)) return;
  const problem = checkSearch(q);
  if (problem) throw new UsageError(`--q ${JSON.stringify(q)} is not a valid search: ${problem}`);
}

// ---- one schema per command ----

const FILTER_SPEC = {
  db: { type: 'string' }, type: { type: 'string', multiple: true }, actor: { type: 'string' }, country: { type: 'string' },
  bbox: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, q: { type: 'string' }, limit: { type: 'string' },
  format: { type: 'string' },
} as const satisfies Spec;

const filterFields = {
  db: text('--db').optional(),
  type: types.optional(),
  actor: text('--actor').optional(),
  country: text('--country').optional(),
  bbox: bbox.optional(),
  from: day('--from').optional(),
  to: day('--to').optional(),
  q: search.optional(),
  limit: wholeNumber('--limit', 1, MAX_LIMIT).optional(),
};

const datesInOrder = (o: { from?: string; to?: string }) => !o.from || !o.to || o.from <= o.to;
const datesMessage = { error: (issue: { input: unknown }) => { const o = issue.input as { from?: string; to?: string }; return `--from ${o.from} is after --to ${o.to}: no event can match`; } };

const eventsSchema = z.object({ ...filterFields, format: oneOf('--format', ['table', 'json', 'jsonl'] as const).optional() })
  .refine(datesInOrder, datesMessage);

const exportSchema = z.object({
  ...filterFields,
  format: z.string({ error: `export needs --format ${EXPORT_FORMATS.join('|')}` })
    .refine((v) => (EXPORT_FORMATS as readonly string[]).includes(v), { error: (issue) => { const v = String(issue.input); return `export needs --format ${EXPORT_FORMATS.join('|')}, not "${v}"`; } })
    .transform((v) => v as ExportFormat),
  out: text('--out').optional(),
  'include-rejected': z.boolean().optional(),
}).refine(datesInOrder, datesMessage);

const ingestSchema = z.object({
  db: text('--db').optional(),
  workers: wholeNumber('--workers', 1, 1_000_000).optional(),
  'max-size': megabytes.optional(),
  quiet: z.boolean().optional(),
});

const documentSchema = z.object({
  format: oneOf('--format', ['text', 'json', 'jsonl'] as const).optional(),
  'input-format': oneOf('--input-format', ['auto', 'text', 'html', 'jsonl'] as const).optional(),
  published: day('--published').optional(),
  'max-size': megabytes.optional(),
  explain: z.boolean().optional(),
  help: z.boolean().optional(),
  version: z.boolean().optional(),
});

function check<T extends z.ZodTypeAny>(schema: T, values: unknown): z.output<T> {
  const r = schema.safeParse(values);
  if (!r.success) throw new UsageError(r.error.issues[0].message);
  return r.data;
}

function filterOf(v: z.output<typeof eventsSchema> | z.output<typeof exportSchema>): EventFilter {
  const f: EventFilter = {};
  if (v.type) f.types = v.type;
  if (v.actor) f.actor = v.actor;
  if (v.country) f.country = v.country;
  if (v.bbox) f.bbox = v.bbox;
  if (v.from) f.from = v.from;
  if (v.to) f.to = v.to;
  if (v.q) f.q = v.q;
  if (v.limit) f.limit = v.limit;
  return f;
}

function noPositionals(command: string, positionals: string[]): void {
  if (positionals.length) throw new UsageError(`${command} takes options only, not "${positionals[0]}"`);
}

export function eventsOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, FILTER_SPEC);
  noPositionals('events', positionals);
  const v = check(eventsSchema, values);
  checkQuery(v.q, v.db);
  return { db: v.db, format: v.format ?? 'table', filter: filterOf(v) };
}

export function exportOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, { ...FILTER_SPEC, out: { type: 'string' }, 'include-rejected': { type: 'boolean' } });
  noPositionals('export', positionals);
  const v = check(exportSchema, values);
  checkQuery(v.q, v.db);
  return { db: v.db, format: v.format, out: v.out, includeRejected: v['include-rejected'] === true, filter: filterOf(v) };
}

export function ingestOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, {
    db: { type: 'string' }, workers: { type: 'string' }, 'max-size': { type: 'string' }, quiet: { type: 'boolean', short: 'q' },
  });
  const v = check(ingestSchema, values);
  if (!positionals.length) throw new UsageError('ingest needs at least one file or folder');
  // More threads than cores only add memory (each holds the models): the cores bound them.
  const cores = availableParallelism();
  const workers = Math.min(v.workers ?? cores, cores);
  const notice = v.workers !== undefined && v.workers > cores
    ? `--workers ${v.workers} is more than the ${cores} cores of this machine; using ${cores}` : null;
  return {
    paths: positionals, db: v.db, workers, notice, quiet: v.quiet === true,
    maxBytes: v['max-size'] ?? DEFAULT_MAX_MB * 1024 * 1024,
  };
}

export function documentOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, {
    format: { type: 'string' }, 'input-format': { type: 'string' }, published: { type: 'string' },
    'max-size': { type: 'string' }, explain: { type: 'boolean' }, help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' },
  });
  const v = check(documentSchema, values);
  return {
    positionals, help: v.help === true, version: v.version === true, format: v.format, inputFormat: v['input-format'] ?? 'auto',
    published: v.published ?? null, maxBytes: v['max-size'] ?? DEFAULT_MAX_MB * 1024 * 1024, explain: v.explain === true,
  };
}

// ---- the workbench and queue commands ----

const port = wholeNumber('--port', 0, 65535);

const serveSchema = z.object({ db: text('--db').optional(), port: port.optional(), host: text('--host').optional() });

export function serveOptions(command: 'serve' | 'demo', argv: string[]) {
  const { values, positionals } = tokenise(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } });
  noPositionals(command, positionals);
  const v = check(serveSchema, values);
  return { db: v.db, port: v.port ?? 8080, host: v.host ?? '127.0.0.1' };
}

const reviewSchema = z.object({
  db: text('--db').optional(), accept: z.boolean().optional(), reject: z.boolean().optional(),
  set: z.array(z.string()).optional(), who: text('--who').optional(), note: text('--note').optional(),
});

export function reviewOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, {
    db: { type: 'string' }, accept: { type: 'boolean' }, reject: { type: 'boolean' }, set: { type: 'string', multiple: true },
    who: { type: 'string' }, note: { type: 'string' },
  });
  if (positionals.length !== 1) throw new UsageError(positionals.length ? 'review takes one EVENT_ID at a time' : 'review needs an EVENT_ID (see "sitrep events --format json")');
  const v = check(reviewSchema, values);
  const sets = v.set ?? [];
  const chosen = [v.accept && 'accept', v.reject && 'reject', sets.length && 'edit'].filter((x): x is string => !!x);
  if (chosen.length !== 1) throw new UsageError('review needs exactly one of --accept, --reject or --set field=value');
  return { eventId: positionals[0], action: chosen[0] as 'accept' | 'reject' | 'edit', sets, db: v.db, who: v.who, note: v.note };
}

const enqueueSchema = z.object({ redis: text('--redis').optional(), 'max-size': megabytes.optional() });

export function enqueueOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, { redis: { type: 'string' }, 'max-size': { type: 'string' } });
  const v = check(enqueueSchema, values);
  if (!positionals.length) throw new UsageError('enqueue needs at least one file or folder');
  return { paths: positionals, redis: v.redis, maxBytes: v['max-size'] ?? DEFAULT_MAX_MB * 1024 * 1024 };
}

export function workerOptions(argv: string[]) {
  const most = availableParallelism() * 4;
  const schema = z.object({ db: text('--db').optional(), redis: text('--redis').optional(), concurrency: wholeNumber('--concurrency', 1, most).optional() });
  const { values, positionals } = tokenise(argv, { db: { type: 'string' }, redis: { type: 'string' }, concurrency: { type: 'string' } });
  noPositionals('worker', positionals);
  const v = check(schema, values);
  return { db: v.db, redis: v.redis, concurrency: v.concurrency ?? 1 };
}

const queueStatusSchema = z.object({ redis: text('--redis').optional(), format: oneOf('--format', ['text', 'json'] as const).optional() });

export function queueStatusOptions(argv: string[]) {
  const { values, positionals } = tokenise(argv, { redis: { type: 'string' }, format: { type: 'string' } });
  if (positionals[0] !== 'status' || positionals.length > 1) throw new UsageError('the queue command is "sitrep queue status"');
  const v = check(queueStatusSchema, values);
  return { redis: v.redis, format: v.format ?? 'text' };
}
