// Every command-line option of every command, checked against one schema per command, so a
// bad value is refused with one line naming the option and what it accepts (exit 2), never
// read as something else (hex numbers, empty boxes) or left to fail deep inside a query.
import { availableParallelism } from 'node:os';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import type { EventFilter } from '../corpus/store/index.js';
import { EXPORT_FORMATS, type ExportFormat } from '../corpus/export/index.js';
import { checkSearch } from './search-check.js';
import { eventTypeNames, isEventType } from './event-types.js';
import { DECIMAL, DEFAULT_MAX_MB, type Rule, type Spec, day as dayRule, megabytes as megabytesRule, oneOf as oneOfRule, tokenise, wholeNumber as wholeNumberRule } from './args.js';

export { DEFAULT_MAX_MB } from './args.js';

const MAX_LIMIT = 1_000_000_000;

// ---- the values each option accepts (the rules of args.ts, as zod schemas) ----

/** A rule of args.ts as a schema: its UsageError message becomes the schema's issue. */
const fromRule = <T>(rule: Rule<T>) => z.string().transform((v, ctx) => {
  try {
    return rule(v);
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    ctx.addIssue({ code: 'custom', message: err.message });
    return z.NEVER;
  }
});

const text = (option: string) => z.string().trim().min(1, `${option} needs a value`);

const day = (option: string) => fromRule(dayRule(option));
const wholeNumber = (option: string, min: number, max: number) => fromRule(wholeNumberRule(option, min, max));
const megabytes = fromRule(megabytesRule);
const oneOf = <T extends string>(option: string, values: readonly T[]) => fromRule(oneOfRule(option, values));

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
