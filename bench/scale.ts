// Scale benchmark: node --import tsx bench/scale.ts [--corpus] [--big-mb N] [--docs N] [--only a,b]
// Prints, in one run on the same generated texts: whole-pipeline throughput beside a bare
// sentence-and-token pass with the same tokenizer (and their ratio), time per stage, the cost
// per MB of one large document against the same text as many documents, peak RSS, start-up
// against `node -e 0`, ingest throughput with 1 and 2 workers, and queue throughput with 1 and
// 2 BullMQ worker processes on Redis and Postgres (started here; skipped when not installed), with
// how busy they keep the machine and the CPU per document of the workers, Postgres and Redis.
// Each part runs in its own process, so its peak RSS is its own. --corpus ingests 100,000
// documents instead of 2,000 (1,000 through the queue).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { buildDocument } from '../src/document/index.js';
import { codeEvents } from '../src/events/index.js';
import { annotate } from '../src/pipeline.js';
import { documentRecord, eventRecord } from '../src/assembly/index.js';
import { corpusLines, syntheticReports } from './_reports.js';

const { values } = parseArgs({
  options: {
    part: { type: 'string' }, corpus: { type: 'boolean' }, 'big-mb': { type: 'string' }, docs: { type: 'string' },
    mb: { type: 'string' }, only: { type: 'string' },
  },
});
const PIPELINE_MB = Number(values.mb ?? 0.8);
const BIG_MB = Number(values['big-mb'] ?? 5);
const INGEST_DOCS = Number(values.docs ?? (values.corpus ? 100_000 : 2_000));
const QUEUE_DOCS = Number(values.docs ?? (values.corpus ? 100_000 : 1_000));

type Figures = Record<string, number | string>;
const STAGES = ['document', 'language', 'time', 'places', 'actors', 'events', 'assembly'] as const;
type StageTimes = Record<(typeof STAGES)[number], number>;

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** The whole extract path on one text (src/pipeline.ts's annotate), each stage's CPU seconds added to `t`. */
function extractTimed(text: string, t: StageTimes): number {
  let c = cpuSeconds();
  const lap = (stage: keyof StageTimes) => { const now = cpuSeconds(); t[stage] += now - c; c = now; };
  const doc = buildDocument({ text, format: 'text', what: 'bench', published: '2024-03-01' }); lap('document');
  const a = annotate(doc, lap);
  const events = codeEvents(a); lap('events');
  events.map((e, i) => eventRecord(e, a, i)); documentRecord(a); lap('assembly');
  return events.length;
}

function zeroStages(): StageTimes {
  return Object.fromEntries(STAGES.map((s) => [s, 0])) as StageTimes;
}

/** wink-nlp's sentence splitter and tokenizer alone: the bare pass the pipeline is measured against. */
function barePass(texts: string[]): number {
  const nlp = winkNLP(model, ['sbd']);
  let tokens = 0;
  for (const text of texts) nlp.readDoc(text).sentences().each((s) => { tokens += s.tokens().length(); });
  return tokens;
}

function mbOf(texts: string[]): number {
  return texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
}

/** The machine's 1-minute load average beside its cores: the figures of a shared machine need it. */
function loadAverage(): string {
  return `${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores`;
}

/**
 * The fields of a /proc stat file after the command name (which may hold spaces and parentheses):
 * [1] is the parent's pid, [11] and [12] the user and system CPU time in ticks of 1/100 s.
 */
function statFields(path: string): string[] {
  const stat = readFileSync(path, 'utf8');
  return stat.slice(stat.lastIndexOf(')') + 2).split(' ');
}

const cpuOfStat = (f: string[]) => (Number(f[11]) + Number(f[12])) / 100;

/** CPU seconds of the calling thread alone (Linux; 0 elsewhere): the main thread's share of ingest. */
function threadCpuSeconds(): number {
  try {
    return cpuOfStat(statFields('/proc/thread-self/stat'));
  } catch {
    return 0;
  }
}

interface ProcessInfo { pid: number; ppid: number; cpu: number; cmd: string }

/** Every process on the machine with its parent, CPU seconds so far and command line (Linux; [] elsewhere). */
function processes(): ProcessInfo[] {
  let pids: string[] = [];
  try { pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p)); } catch { return []; }
  const out: ProcessInfo[] = [];
  for (const pid of pids) {
    try {
      const f = statFields(`/proc/${pid}/stat`);
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
      out.push({ pid: Number(pid), ppid: Number(f[1]), cpu: cpuOfStat(f), cmd });
    } catch { /* the process ended meanwhile */ }
  }
  return out;
}

/**
 * CPU seconds so far of the bench's own processes, by part: each part's root processes (found
 * by `roots`) and everything under them. Another Postgres or Redis on a shared machine is not counted.
 */
function cpuOf(roots: Record<string, (p: ProcessInfo) => boolean>): Record<string, number> {
  const all = processes();
  const byPid = new Map(all.map((p) => [p.pid, p]));
  const out: Record<string, number> = {};
  for (const [part, isRoot] of Object.entries(roots)) {
    const top = new Set(all.filter(isRoot).map((p) => p.pid));
    const under = (p: ProcessInfo | undefined): boolean => !!p && (top.has(p.pid) || (p.ppid !== p.pid && under(byPid.get(p.ppid))));
    out[part] = all.filter((p) => under(p)).reduce((n, p) => n + p.cpu, 0);
  }
  return out;
}

/** The machine's idle and total CPU ticks so far (Linux; zeros elsewhere). */
function machineBusy(): { idle: number; total: number } {
  try {
    const f = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { idle: f[3] + f[4], total: f.reduce((a, b) => a + b, 0) };
  } catch {
    return { idle: 0, total: 0 };
  }
}

function peakRssMb(): number {
  return process.resourceUsage().maxRSS / 1024;
}

const parts: Record<string, () => Promise<Figures> | Figures> = {
  pipeline() {
    const texts = syntheticReports(PIPELINE_MB);
    const mb = mbOf(texts);
    // Warm: one whole pass first, as a long ingest is after its first documents; the figure
    // is the second pass, so the compiler's warm-up does not count against the pipeline.
    const warm = zeroStages();
    for (const t of texts) extractTimed(t, warm);
    barePass(texts);
    const stages = zeroStages();
    const c0 = cpuSeconds(), t0 = threadCpuSeconds();
    let events = 0;
    for (const t of texts) events += extractTimed(t, stages);
    const full = cpuSeconds() - c0, own = threadCpuSeconds() - t0;
    const b0 = cpuSeconds();
    barePass(texts);
    const bare = cpuSeconds() - b0;
    const f: Figures = {
      docs: texts.length, mb: mb.toFixed(2), events,
      // Per core: the CPU time of every thread (V8 collects garbage and compiles on threads of its
      // own); on its own thread: the pipeline's thread alone, as a single-threaded profile sees it.
      'docs/s per core': (texts.length / full).toFixed(0), 'MB/s per core': (mb / full).toFixed(2),
      'MB/s on its own thread': own > 0 ? (mb / own).toFixed(2) : '-',
      'bare MB/s per core': (mb / bare).toFixed(2), 'full/bare cost': (full / bare).toFixed(1),
      'peak RSS MB': peakRssMb().toFixed(0),
    };
    for (const s of STAGES) f[`${s} %`] = ((100 * stages[s]) / full).toFixed(0);
    return f;
  },
  big() {
    const texts = syntheticReports(BIG_MB);
    const joined = texts.join('\n');
    const mb = mbOf([joined]);
    const warm = zeroStages();
    for (const t of texts.slice(0, 30)) extractTimed(t, warm);
    const many = zeroStages();
    const c0 = cpuSeconds();
    for (const t of texts) extractTimed(t, many);
    const manyS = cpuSeconds() - c0;
    const one = zeroStages();
    const c1 = cpuSeconds();
    extractTimed(joined, one);
    const oneS = cpuSeconds() - c1;
    const f: Figures = {
      mb: mb.toFixed(2), 'as documents s/MB': (manyS / mb).toFixed(2), 'one document s/MB': (oneS / mb).toFixed(2),
      'one/many cost': (oneS / manyS).toFixed(2), 'peak RSS MB': peakRssMb().toFixed(0),
    };
    for (const s of STAGES) f[`${s} one/many`] = many[s] > 0.01 ? (one[s] / many[s]).toFixed(2) : '-';
    return f;
  },
  startup() {
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const file = join(dir, 'report.txt');
    writeFileSync(file, syntheticReports(0.001)[0]);
    const sitrep = join(process.cwd(), 'bin', 'sitrep');
    const commands: Record<string, string[]> = {
      node: [process.execPath, '-e', '0'], help: [sitrep, '--help'], extract: [sitrep, 'extract', '--format', 'json', file],
    };
    // Interleaved rounds, so a burst of load from elsewhere falls on all three alike; the
    // medians of wall time and of CPU time (user + system, all threads, read by bash's
    // `times`), the latter less disturbed by other processes on a shared machine.
    const runs: Record<string, { wall: number[]; cpu: number[] }> = {};
    for (let round = 0; round < 11; round++) {
      for (const [name, argv] of Object.entries(commands)) {
        const t0 = performance.now();
        const r = spawnSync('bash', ['-c', '"$@" >/dev/null 2>&1; times', 'bash', ...argv], { encoding: 'utf8' });
        const wall = performance.now() - t0;
        const children = (r.stdout ?? '').trim().split('\n')[1] ?? '';
        const seconds = [...children.matchAll(/(\d+)m([\d.]+)s/g)].reduce((n, m) => n + Number(m[1]) * 60 + Number(m[2]), 0);
        (runs[name] ??= { wall: [], cpu: [] }).wall.push(wall);
        runs[name].cpu.push(seconds * 1000);
      }
    }
    rmSync(dir, { recursive: true, force: true });
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
    const m = Object.fromEntries(Object.entries(runs).map(([k, v]) => [k, { wall: median(v.wall), cpu: median(v.cpu) }]));
    return {
      'node -e 0 ms': `${m.node.wall.toFixed(0)} (CPU ${m.node.cpu.toFixed(0)})`,
      '--help ms': `${m.help.wall.toFixed(0)} (CPU ${m.help.cpu.toFixed(0)})`,
      'extract ms': `${m.extract.wall.toFixed(0)} (CPU ${m.extract.cpu.toFixed(0)})`,
      '--help / node': `${(m.help.wall / m.node.wall).toFixed(1)} (CPU ${(m.help.cpu / m.node.cpu).toFixed(1)})`,
      'extract / node': `${(m.extract.wall / m.node.wall).toFixed(1)} (CPU ${(m.extract.cpu / m.node.cpu).toFixed(1)})`,
      load: loadAverage(),
    };
  },
  async ingest() {
    // The compiled code, as users run it (npm run bench builds first).
    const { ingest } = await import('../dist/corpus/ingest.js' as string) as typeof import('../src/corpus/ingest.js');
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const corpus = join(dir, 'reports.jsonl');
    const docs = [...corpusLines(INGEST_DOCS)];
    writeFileSync(corpus, docs.join('\n') + '\n');
    let run = 0;
    const rate = async (workers: number) => {
      const t0 = performance.now(), c0 = cpuSeconds(), m0 = threadCpuSeconds();
      // When a tenth of the documents is analysed: the rate after it leaves out the pool's
      // start and the first documents, which each worker runs before its code is optimised.
      let tenth = 0;
      const progress = () => ({
        update(c: { done: number }) { if (!tenth && c.done >= docs.length / 10) tenth = performance.now(); }, log() {}, finish() {},
      });
      const s = await ingest([corpus], { db: join(dir, `w${workers}-${run++}.db`), workers, maxBytes: 10 << 20, progress });
      const end = performance.now(), cpu = cpuSeconds() - c0, main = threadCpuSeconds() - m0;
      return {
        wall: s.stored / ((end - t0) / 1000), steady: (s.stored * 0.9) / ((end - tenth) / 1000), cpu: s.stored / cpu,
        mainMs: (1000 * main) / s.stored, otherMs: (1000 * (cpu - main)) / s.stored,
      };
    };
    // Side by side, twice each, alternating: on a shared machine the best of each is the least
    // disturbed. CPU time (all threads) shows the work added by a second worker whatever the load.
    const before = loadAverage();
    const ones = [], twos = [];
    for (let i = 0; i < 2; i++) { ones.push(await rate(1)); twos.push(await rate(2)); }
    const best = <T extends { wall: number }>(xs: T[]) => xs.reduce((a, b) => (b.wall > a.wall ? b : a));
    const one = best(ones), two = best(twos);
    const each = (xs: { wall: number }[]) => xs.map((x) => x.wall.toFixed(0)).join(' and ');
    rmSync(dir, { recursive: true, force: true });
    return {
      docs: docs.length, '1 worker docs/s': one.wall.toFixed(0), '2 workers docs/s': two.wall.toFixed(0), '2/1': (two.wall / one.wall).toFixed(2),
      'runs 1 / 2 workers': `${each(ones)} / ${each(twos)}`,
      'after the first tenth 1 / 2 workers docs/s': `${one.steady.toFixed(0)} / ${two.steady.toFixed(0)} (2/1 ${(two.steady / one.steady).toFixed(2)})`,
      'docs per CPU-second 1 / 2 workers': `${one.cpu.toFixed(0)} / ${two.cpu.toFixed(0)}`,
      // The main thread reads, hashes and writes the store; the others analyse (and V8 compiles
      // in the background). Two workers cannot go faster than the cores allow for the sum.
      'CPU ms per doc, main thread + other threads, 1 / 2 workers': `${one.mainMs.toFixed(2)} + ${one.otherMs.toFixed(2)} / ${two.mainMs.toFixed(2)} + ${two.otherMs.toFixed(2)}`,
      'peak RSS MB': peakRssMb().toFixed(0), load: `${before} before, ${loadAverage()} after`,
    };
  },
  /** BullMQ workers (separate processes, one analysis thread each) on Redis, writing to Postgres. */
  async queue() {
    const { skipUnless, startPostgres, startRedis } = await import('../test/services.js');
    const missing = skipUnless('both');
    if (missing && !process.env.CI) return { skipped: missing };
    const pg = (await import('pg')).default;
    const { enqueue } = await import('../dist/queue/index.js' as string) as typeof import('../src/queue/index.js');
    const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    const dir = mkdtempSync(join(tmpdir(), 'sitrep-bench-'));
    const corpus = join(dir, 'reports.jsonl');
    const docs = QUEUE_DOCS;
    writeFileSync(corpus, [...corpusLines(docs)].join('\n') + '\n');
    const rate = async (workers: number) => {
      const name = `bench${workers}`;
      const admin = new pg.Client({ connectionString: postgres.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const db = postgres.url.replace(/\/postgres$/, `/${name}`);
      const redisUrl = `${redis.url}/${workers}`;
      await enqueue([corpus], redisUrl, 10 << 20);
      const { spawn } = await import('node:child_process');
      const children = Array.from({ length: workers }, () => spawn(join(process.cwd(), 'bin', 'sitrep'), ['worker', '--db', db, '--redis', redisUrl], { stdio: 'ignore' }));
      const client = new pg.Client({ connectionString: db });
      const pids = new Set(children.map((c) => c.pid));
      const pgPort = new URL(postgres.url).port, redisPort = new URL(redis.url).port;
      const roots = {
        sitrep: (p: ProcessInfo) => pids.has(p.pid),
        postgres: (p: ProcessInfo) => /\/postgres /.test(p.cmd) && p.cmd.includes(` -p ${pgPort} `),
        redis: (p: ProcessInfo) => /redis-server/.test(p.cmd) && (p.cmd.includes(`:${redisPort}`) || p.cmd.includes(`--port ${redisPort}`)),
      };
      let first = 0, stored = 0, cpu0 = cpuOf(roots), busy0 = machineBusy();
      for (;;) {
        await new Promise((r) => setTimeout(r, 100));
        await client.connect().catch(() => undefined);
        stored = Number((await client.query('SELECT count(*) AS n FROM documents').catch(() => ({ rows: [{ n: 0 }] }))).rows[0].n);
        if (stored > 0 && !first) { first = performance.now(); cpu0 = cpuOf(roots); busy0 = machineBusy(); }
        if (stored >= docs) break;
      }
      const seconds = (performance.now() - first) / 1000;
      const cpu1 = cpuOf(roots), busy1 = machineBusy();
      await client.end();
      await Promise.all(children.map((c) => new Promise((r) => { c.on('exit', r); c.kill('SIGTERM'); })));
      // From the first document stored to the last: the workers' start-up is left out.
      const perDoc = (k: string) => ((1000 * ((cpu1[k] ?? 0) - (cpu0[k] ?? 0))) / (stored - 1)).toFixed(1);
      const busy = busy1.total > busy0.total ? (100 * (1 - (busy1.idle - busy0.idle) / (busy1.total - busy0.total))).toFixed(0) : '?';
      return { rate: (stored - 1) / seconds, cpu: `machine ${busy}% busy (all its processes); CPU ms per doc: workers ${perDoc('sitrep')}, postgres ${perDoc('postgres')}, redis ${perDoc('redis')}` };
    };
    try {
      const one = await rate(1);
      const two = await rate(2);
      return {
        docs, '1 worker docs/s': one.rate.toFixed(0), '2 workers docs/s': two.rate.toFixed(0), '2/1': (two.rate / one.rate).toFixed(2),
        // Redis, Postgres and the workers share this machine's cores: how busy one worker keeps them bounds what a second can add.
        '1 worker': one.cpu, '2 workers': two.cpu,
      };
    } finally {
      await Promise.all([postgres.stop(), redis.stop()]);
      rmSync(dir, { recursive: true, force: true });
    }
  },
};

if (values.part) {
  const figures = await parts[values.part]();
  process.stdout.write(JSON.stringify(figures) + '\n');
} else {
  const chosen = values.only ? values.only.split(',') : Object.keys(parts);
  const passOn = process.argv.slice(2).filter((a, i, all) => !a.startsWith('--only') && all[i - 1] !== '--only');
  for (const part of chosen) {
    // Each part with the V8 flags bin/sitrep gives node, so the figures are those of the CLI.
    const r = spawnSync(process.execPath, ['--no-regexp-tier-up', '--heap-growing-percent=50', '--min-semi-space-size=16', '--import', 'tsx', import.meta.filename, '--part', part, ...passOn], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
    const line = r.stdout.trim().split('\n').pop() ?? '';
    if (r.status !== 0 || !line.startsWith('{')) { console.log(`${part}: failed (exit ${r.status})`); continue; }
    const figures = JSON.parse(line) as Figures;
    console.log(`${part}: ${Object.entries(figures).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  }
}
