// Read side of the gazetteer index: binary search over the sorted key file, entries read
// and parsed only when a key is asked for. Builds the index on first use when it is missing.
import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { PlaceMention } from '../model.js';
import { buildIndex, INDEX_VERSION } from './build-index.js';
import { GAZETTEER_DIR } from './paths.js';

export type RefType = 'n' | 'a' | 'd' | 'c';

export interface GazetteerEntry {
  /** Line number in entries.tsv: a stable handle within one index. */
  index: number;
  geonamesId: number | null;
  name: string;
  lat: number;
  lon: number;
  countryCode: string;
  /** GeoNames admin1 code, "SY.04". */
  admin1Code: string;
  feature: string;
  population: number;
  kind: PlaceMention['kind'];
}

export interface Candidate {
  entry: GazetteerEntry;
  /** How the key was matched: main name, alternate name, demonym or abbreviation. */
  via: RefType;
}

interface Lines { buf: Buffer; off: Uint32Array }

const pairOf = (a: number, b: number) => ((a << 8) | (b === 9 ? 0 : b)) & 0xffff;

function readLines(base: string): Lines {
  const buf = readFileSync(base + '.tsv');
  return { buf, off: readOffsets(base) };
}

function readOffsets(base: string): Uint32Array {
  const raw = readFileSync(base + '.off');
  return new Uint32Array(raw.buffer, raw.byteOffset, raw.byteLength / 4);
}

/**
 * The key file and the offset tables in memory that threads share: ingest's workers search one
 * copy instead of each reading its own (see sharedIndex and useSharedIndex).
 */
export interface SharedIndex {
  keys: SharedArrayBuffer;
  keysOff: SharedArrayBuffer;
  entriesOff: SharedArrayBuffer;
}

function readShared(file: string): SharedArrayBuffer {
  const fd = openSync(file, 'r');
  try {
    const sab = new SharedArrayBuffer(fstatSync(fd).size);
    const view = new Uint8Array(sab);
    for (let at = 0; at < view.length;) {
      const n = readSync(fd, view, at, view.length - at, at);
      if (n === 0) throw new Error(`${file} ended early`);
      at += n;
    }
    return sab;
  } finally {
    closeSync(fd);
  }
}

export class Gazetteer {
  readonly admin1Names: Record<string, string>;
  readonly countryNames: Record<string, string>;
  readonly loadMs: number;
  /** One-word names that are also English words ("purchase", "reading"). */
  readonly commonWords: Set<string>;
  private keys: Lines;
  /** entries.tsv stays on disk, open for the life of the process: a line is read when its entry is first asked for. */
  private entries: { fd: number; off: Uint32Array };
  private entryCache = new Map<number, GazetteerEntry>();
  private lookupCache = new Map<string, Candidate[]>();
  private prefixCache = new Map<string, boolean>();
  /**
   * Line range [lo, hi) of the keys starting with each two-byte pair, found when the pair is
   * first looked up (-1: not yet): narrows the binary search without a pass over every key at start.
   */
  private buckets = new Int32Array(2 * 65536).fill(-1);

  constructor(dir: string = GAZETTEER_DIR, index?: SharedIndex) {
    const t0 = performance.now();
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    this.admin1Names = meta.admin1Names;
    this.countryNames = meta.countryNames;
    this.keys = index ? { buf: Buffer.from(index.keys), off: new Uint32Array(index.keysOff) } : readLines(join(dir, 'keys'));
    const entriesOff = index ? new Uint32Array(index.entriesOff) : readOffsets(join(dir, 'entries'));
    this.entries = { fd: openSync(join(dir, 'entries.tsv'), 'r'), off: entriesOff };
    this.commonWords = new Set(readFileSync(join(dir, 'common-words.txt'), 'utf8').split('\n'));
    this.loadMs = performance.now() - t0;
  }

  /** Candidates filed under a normalised key (see placeKey), largest first. */
  lookup(key: string): Candidate[] {
    if (!key) return [];
    const hit = this.lookupCache.get(key);
    if (hit) return hit;
    const refs = this.findRefs(key);
    const out = refs ? refs.split(',').map((r) => ({ via: r[0] as RefType, entry: this.entry(+r.slice(1)) })) : [];
    if (this.lookupCache.size > 50000) this.lookupCache.clear();
    this.lookupCache.set(key, out);
    return out;
  }

  /** True when some key starts with `prefix + ' '`: a longer name may continue from here. */
  hasLonger(prefix: string): boolean {
    const hit = this.prefixCache.get(prefix);
    if (hit !== undefined) return hit;
    const answer = this.findLonger(prefix);
    if (this.prefixCache.size > 50000) this.prefixCache.clear();
    this.prefixCache.set(prefix, answer);
    return answer;
  }

  private findLonger(prefix: string): boolean {
    const probe = Buffer.from(prefix + ' ');
    const { buf, off } = this.keys;
    let lo = 0, hi = off.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      // compare() answers for the line against the probe: line < probe → search right.
      if (buf.compare(probe, 0, probe.length, off[mid], Math.min(off[mid] + probe.length, off[mid + 1])) < 0) lo = mid + 1;
      else hi = mid;
    }
    if (lo >= off.length - 1) return false;
    return buf.compare(probe, 0, probe.length, off[lo], Math.min(off[lo] + probe.length, off[lo + 1])) === 0;
  }

  private findRefs(key: string): string | null {
    const probe = Buffer.from(key + '\t');
    const { buf, off } = this.keys;
    const b = pairOf(probe[0], probe[1]);
    if (this.buckets[2 * b] < 0) {
      this.buckets[2 * b] = this.firstWithPairFrom(b);
      this.buckets[2 * b + 1] = this.firstWithPairFrom(b + 1);
    }
    let lo = this.buckets[2 * b], hi = this.buckets[2 * b + 1] - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = buf.compare(probe, 0, probe.length, off[mid], Math.min(off[mid] + probe.length, off[mid + 1]));
      if (c === 0) return buf.toString('latin1', off[mid] + probe.length, off[mid + 1] - 1);
      // compare() answers for the line against the probe: line < probe → search right.
      if (c < 0) lo = mid + 1; else hi = mid - 1;
    }
    return null;
  }

  /** The first key line whose first two bytes make a pair at or after `pair` (keys are sorted by bytes). */
  private firstWithPairFrom(pair: number): number {
    const { buf, off } = this.keys;
    let lo = 0, hi = off.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (pairOf(buf[off[mid]], buf[off[mid] + 1]) < pair) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /** Number of entries: valid handles are 0 to size - 1. */
  get size(): number {
    return this.entries.off.length - 1;
  }

  entry(i: number): GazetteerEntry {
    let e = this.entryCache.get(i);
    if (e) return e;
    const { fd, off } = this.entries;
    const line = Buffer.allocUnsafe(off[i + 1] - 1 - off[i]);
    readSync(fd, line, 0, line.length, off[i]);
    const f = line.toString('utf8').split('\t');
    e = {
      index: i, geonamesId: f[0] ? +f[0] : null, name: f[1], lat: +f[2], lon: +f[3], countryCode: f[4],
      admin1Code: f[5], feature: f[6], population: +f[7], kind: f[8] as GazetteerEntry['kind'],
    };
    this.entryCache.set(i, e);
    return e;
  }
}

let shared: Gazetteer | null = null;

/** Builds the index if it is missing or from an older version. */
function ensureIndex(): void {
  const metaFile = join(GAZETTEER_DIR, 'meta.json');
  let fresh = existsSync(metaFile);
  if (fresh) {
    try { fresh = JSON.parse(readFileSync(metaFile, 'utf8')).version === INDEX_VERSION; } catch { fresh = false; }
  }
  if (!fresh) {
    process.stderr.write('building gazetteer index (once)...\n');
    buildIndex();
  }
}

/** The process-wide gazetteer, built first if the index is missing or from an older version. */
export function gazetteer(): Gazetteer {
  if (shared) return shared;
  ensureIndex();
  shared = new Gazetteer();
  return shared;
}

/** The index's keys and offsets in shared memory, for worker threads (built first if missing). */
export function sharedIndex(): SharedIndex {
  ensureIndex();
  const base = (name: string) => join(GAZETTEER_DIR, name);
  return { keys: readShared(base('keys.tsv')), keysOff: readShared(base('keys.off')), entriesOff: readShared(base('entries.off')) };
}

/** Makes this thread's gazetteer search the shared copy instead of reading its own. */
export function useSharedIndex(index: SharedIndex): void {
  shared ??= new Gazetteer(GAZETTEER_DIR, index);
}
