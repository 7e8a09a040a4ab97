// Rank: choose one gazetteer entry per recognised name with the whole document as
// context (Mordecai's third step). Features: kind and size of the place, the countries
// and divisions the document names, the dateline place, containers ("X, Y"), and the
// distance to the other places resolved in the document.
import type { Candidate, GazetteerEntry } from './gazetteer.js';
import type { PlaceCandidate } from './recognise.js';
import { kmBetween } from '../geo.js';

export interface DocumentHints {
  /** The dateline's place, already resolved: the whole report is about its surroundings. */
  dateline?: GazetteerEntry | null;
}

export interface Resolution {
  entry: GazetteerEntry;
  score: number;
  /** The feature that decided between namesakes, for "why this place?". */
  reason: string;
}

const FEATURE_BONUS: Record<string, number> = { PPLC: 1.2, PPLA: 0.8, PPLA2: 0.35, PPLA3: 0.1 };

export { kmBetween } from '../geo.js';

/** What a name is worth on its own: kind, size, administrative rank, how it was matched. */
function priorScore(c: Candidate): number {
  const e = c.entry;
  let s: number;
  switch (e.kind) {
    case 'country': s = 7.2; break;
    case 'admin1': s = 5 + Math.log10(e.population + 1) * 0.12; break;
    case 'region': s = e.feature === 'ADM2' ? 2.5 + Math.log10(e.population + 1) * 0.1 : 5.5; break;
    case 'feature': s = 5; break;
    default: s = Math.log10(e.population + 1) * 0.8 + (FEATURE_BONUS[e.feature] ?? 0);
  }
  if (c.via === 'a') s -= e.kind === 'settlement' ? 1.5 : 0.6;
  return s;
}

/** Every candidate reading of every name, by 1° cell: which names could lie near a point. */
class CandidateGrid {
  private cells = new Map<string, Array<{ key: string; lat: number; lon: number }>>();
  private memo = new Map<string, number>();

  constructor(found: PlaceCandidate[]) {
    const seen = new Set<string>();
    for (const f of found) {
      if (seen.has(f.key)) continue;
      seen.add(f.key);
      for (const c of f.candidates) {
        if (c.entry.kind !== 'settlement' && c.entry.feature !== 'ADM2') continue;
        const cell = `${Math.floor(c.entry.lat)},${Math.floor(c.entry.lon)}`;
        let list = this.cells.get(cell);
        if (!list) this.cells.set(cell, (list = []));
        list.push({ key: f.key, lat: c.entry.lat, lon: c.entry.lon });
      }
    }
  }

  /** How many other names have some reading within 60 km of the entry (spatial minimality). */
  namesNear(e: GazetteerEntry, key: string): number {
    const id = key + '|' + e.index;
    const hit = this.memo.get(id);
    if (hit !== undefined) return hit;
    const keys = new Set<string>();
    const la = Math.floor(e.lat), lo = Math.floor(e.lon);
    for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
      for (const p of this.cells.get(`${la + dy},${lo + dx}`) ?? []) {
        if (p.key !== key && !keys.has(p.key) && kmBetween(p, e) < 60) keys.add(p.key);
      }
    }
    this.memo.set(id, keys.size);
    return keys.size;
  }
}

/** Who the document talks about, with each name's own votes kept apart so they can be left out. */
class Context {
  private total = new Map<string, number>();
  private byKey = new Map<string, Map<string, number>>();
  /** The settlements picked so far, by 1° cell, for the nearest one to a candidate. */
  private points = new Map<string, Array<{ key: string; lat: number; lon: number }>>();
  private allPoints: Array<{ key: string; lat: number; lon: number }> = [];
  /** A name's readings recur with every mention of the name: each is looked up once. */
  private nearest = new Map<string, number>();
  private grid: CandidateGrid;

  constructor(found: PlaceCandidate[], picks: Array<GazetteerEntry | null>, grid: CandidateGrid) {
    this.grid = grid;
    const seen = new Set<string>();

    picks.forEach((e, i) => {
      if (!e) return;
      const key = found[i].key;
      const w = e.kind === 'country' || e.kind === 'admin1' ? 1 : 0.6;
      if (e.countryCode) this.add('c:' + e.countryCode, key, w);
      if (e.admin1Code) this.add('a:' + e.admin1Code, key, w);
      if (e.kind === 'settlement' && !seen.has(key)) {
        seen.add(key);
        const p = { key, lat: e.lat, lon: e.lon };
        this.allPoints.push(p);
        const cell = `${Math.floor(e.lat)},${Math.floor(e.lon)}`;
        const list = this.points.get(cell);
        if (list) list.push(p); else this.points.set(cell, [p]);
      }
    });
  }

  /**
   * Distance to the nearest settlement picked for another name, when under 400 km (beyond that
   * it counts for nothing), else Infinity. Only the cells within reach are visited, so the cost
   * does not grow with the number of places in the document.
   */
  nearestKm(e: GazetteerEntry, key: string): number {
    // A short document has few places: a plain scan is cheaper than the cache or the cells.
    if (this.allPoints.length <= 64) return this.scan(e, key, this.allPoints);
    const id = key + '|' + e.index;
    let km = this.nearest.get(id);
    if (km === undefined) this.nearest.set(id, (km = this.findNearest(e, key)));
    return km;
  }

  private findNearest(e: GazetteerEntry, key: string): number {
    // A degree of latitude is 111.2 km; 110 and a tenth more in longitude leave a margin.
    const REACH_KM = 400;
    const dLat = REACH_KM / 110;
    const cos = Math.cos((Math.min(89.9, Math.abs(e.lat) + dLat) * Math.PI) / 180);
    const dLon = (dLat / cos) * 1.1;
    // Near the poles or the antimeridian the cells within reach wrap: look at every point.
    if (dLon > 20 || e.lon - dLon < -180 || e.lon + dLon >= 180) return this.scan(e, key, this.allPoints);
    let near = Infinity;
    for (let la = Math.floor(e.lat - dLat); la <= Math.floor(e.lat + dLat); la++) {
      for (let lo = Math.floor(e.lon - dLon); lo <= Math.floor(e.lon + dLon); lo++) {
        const cell = this.points.get(`${la},${lo}`);
        if (cell) near = Math.min(near, this.scan(e, key, cell));
      }
    }
    return near;
  }

  /** The nearest of `points` (other than the name's own) when under 400 km, else Infinity. */
  private scan(e: GazetteerEntry, key: string, points: Array<{ key: string; lat: number; lon: number }>): number {
    let near = Infinity;
    for (const p of points) {
      // 4° of latitude is over 400 km: too far to count, no need for the exact distance.
      if (p.key === key || Math.abs(p.lat - e.lat) > 4) continue;
      near = Math.min(near, kmBetween(p, e));
    }
    return near < 400 ? near : Infinity;
  }

  private add(what: string, key: string, w: number): void {
    this.total.set(what, (this.total.get(what) ?? 0) + w);
    let m = this.byKey.get(key);
    if (!m) this.byKey.set(key, (m = new Map()));
    m.set(what, (m.get(what) ?? 0) + w);
  }

  namesNear(e: GazetteerEntry, key: string): number {
    return this.grid.namesNear(e, key);
  }

  /** Votes for a country ("c:SY") or division ("a:SY.04") from names other than `key`. */
  others(what: string, key: string): number {
    return (this.total.get(what) ?? 0) - (this.byKey.get(key)?.get(what) ?? 0);
  }
}

function contextScore(c: Candidate, self: PlaceCandidate, ctx: Context, hints: DocumentHints, container: GazetteerEntry | null): { s: number; why: string } {
  const e = c.entry;
  let s = 0, why = 'prior';
  const add = (v: number, label: string) => { if (v > 0.5 && v > s * 0.5) why = label; s += v; };
  if (e.countryCode) add(Math.min(3.5, Math.log2(1 + ctx.others('c:' + e.countryCode, self.key)) * 1.5), 'country-focus');
  if (e.admin1Code) add(Math.min(3, Math.log2(1 + ctx.others('a:' + e.admin1Code, self.key)) * 1.5), 'region-focus');
  if (hints.dateline) {
    if (hints.dateline.countryCode === e.countryCode) add(1.5, 'dateline-country');
    if (hints.dateline.admin1Code && hints.dateline.admin1Code === e.admin1Code) add(1.5, 'dateline-region');
    if (e.kind === 'settlement' && kmBetween(hints.dateline, e) < 150) add(1.5, 'dateline-near');
  }
  if (e.kind === 'settlement') {
    const near = ctx.nearestKm(e, self.key);
    if (near < 40) add(1.6, 'nearby-place'); else if (near < 120) add(1.1, 'nearby-place'); else if (near < 400) add(0.5, 'nearby-place');
  }
  if (e.kind === 'settlement' || e.feature === 'ADM2') {
    const n = ctx.namesNear(e, self.key);
    if (n) add(Math.min(2.4, 1.2 * Math.log2(1 + n)), 'names-nearby');
  }
  if (container && (container.kind === 'country' || container.kind === 'admin1')) {
    const inside = container.kind === 'country' ? e.countryCode === container.countryCode : e.admin1Code === container.admin1Code;
    if (inside && e.kind !== container.kind) add(8, 'container'); else s -= 4;
  }
  return { s, why };
}

/** One entry per candidate name (null when it has no candidate left), three rounds of context. */
export function resolveAll(found: PlaceCandidate[], hints: DocumentHints = {}): Array<Resolution | null> {
  let picks: Array<GazetteerEntry | null> = found.map((f) => bestBy(f.candidates, priorScore)?.entry ?? null);
  let result: Array<Resolution | null> = [];
  const grid = new CandidateGrid(found);
  for (let round = 0; round < 3; round++) {
    const ctx = new Context(found, picks, grid);
    result = found.map((f, i) => {
      const container = f.container !== null ? picks[f.container] : null;
      let top: Resolution | null = null;
      for (const c of f.candidates) {
        const { s, why } = contextScore(c, f, ctx, hints, container);
        const total = priorScore(c) + s;
        if (!top || total > top.score) top = { entry: c.entry, score: total, reason: why };
      }
      // A bare country name means the country, not a town that shares the name ("Mexico",
      // "Egypt" in a story set elsewhere in the US); only local evidence for the town (its
      // region named, other names nearby: "Lebanon" among Ohio towns) says otherwise.
      if (top && top.entry.kind === 'settlement' && !container && (top.reason === 'prior' || top.reason === 'country-focus')) {
        const country = f.candidates.find((c) => c.entry.kind === 'country' && c.via !== 'd');
        if (country) top = { entry: country.entry, score: top.score, reason: 'country-over-namesake-town' };
      }
      // A province named like its capital ("Idlib", "Aleppo") is read as the capital city.
      if (top && top.entry.kind === 'admin1') {
        const capital = f.candidates.find((c) => c.entry.kind === 'settlement' && c.entry.admin1Code === top!.entry.admin1Code && (c.entry.feature === 'PPLA' || c.entry.feature === 'PPLC'));
        if (capital) top = { entry: capital.entry, score: top.score, reason: 'capital-of-namesake-region' };
      }
      return top;
    });
    picks = result.map((r) => r?.entry ?? null);
  }
  // One name, one place within a document: the best-supported reading wins for all mentions.
  const byKey = new Map<string, Resolution>();
  for (const r of result.map((r, i) => [r, found[i]] as const)) {
    const [res, f] = r;
    if (!res || f.container !== null) continue;
    const cur = byKey.get(f.key);
    if (!cur || res.score > cur.score) byKey.set(f.key, res);
  }
  return result.map((r, i) => (r && found[i].container === null ? byKey.get(found[i].key) ?? r : r));
}

function bestBy<T>(xs: T[], f: (x: T) => number): T | undefined {
  let best: T | undefined, bs = -Infinity;
  for (const x of xs) { const s = f(x); if (s > bs) { bs = s; best = x; } }
  return best;
}
