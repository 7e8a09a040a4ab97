// Place stage: recognises place names and resolves them to gazetteer entries.
// Recognise (recognise.ts) → refine (filter.ts) → rank with the whole document (rank.ts),
// over a compact GeoNames index (gazetteer.ts, built by build-index.ts).
import type { PlaceMention, Span } from '../model.js';
import { rejectNonPlaces } from './filter.js';
import { gazetteer, type GazetteerEntry } from './gazetteer.js';
import { resolveAll, type Resolution } from './rank.js';
import { recognise } from './recognise.js';
import { foldName } from './normalise.js';
import { kmBetween } from '../geo.js';

export interface PlaceContext {
  /** The dateline's place words ("Idlib South front"), a strong hint for the whole document. */
  datelinePlace?: string | null;
  /** Spans already known not to be places (actor names such as "Islamic State"). */
  exclude?: Span[];
  /** Tag demonyms ("Syrian", "Kurdish") as mentions of their country. Off by default: they name people, not places. */
  demonyms?: boolean;
}

export { buildIndex } from './build-index.js';
export { gazetteer } from './gazetteer.js';

/** Every place mention in `text`, in text order, each resolved with the whole document as context. */
export function tagPlaces(text: string, ctx: PlaceContext = {}): PlaceMention[] {
  const gaz = gazetteer();
  const dateline = ctx.datelinePlace ? resolveEntry(ctx.datelinePlace) : null;
  const judged = oneSensePerText(text, rejectNonPlaces(text, recognise(text, gaz), gaz, ctx.exclude ?? [], { demonyms: ctx.demonyms }));
  const kept = judged.filter((j) => !j.rejected).map((j) => j.cand);
  // Containers point into the unfiltered list: re-point them into the kept one.
  const all = judged.map((j) => j.cand);
  for (const k of kept) {
    if (k.container === null) continue;
    const at = kept.indexOf(all[k.container]);
    k.container = at >= 0 ? at : null;
  }
  const resolved = resolveAll(kept, { dateline });
  const out: PlaceMention[] = [];
  kept.forEach((k, i) => {
    const r = resolved[i];
    if (r) out.push(toMention(k, r, k.candidates.some((c) => c.via === 'd') ? 'demonym' : k.stateAbbreviation ? 'state-abbreviation' : 'gazetteer'));
  });
  return dropStrays(out);
}

/** A story this set in one country... */
const FOCUS_MENTIONS = 3;
/** ...does not reach a spelling-variant namesake this far from everything else it names. */
const STRAY_KM = 2500;

/**
 * "the Qobbeh neighbourhood" in a story from Tripoli, Lebanon is no Kobe, Japan: a one-word
 * name matched only through spelling folding, in a country the text never names, far from
 * every other place of a story set elsewhere, is not read as a place.
 */
function dropStrays(places: PlaceMention[]): PlaceMention[] {
  const counts = new Map<string, number>();
  for (const p of places) if (p.country_code) counts.set(p.country_code, (counts.get(p.country_code) ?? 0) + 1);
  const focus = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (!focus || focus[1] < FOCUS_MENTIONS) return places;
  const named = new Set(places.filter((p) => p.kind === 'country').map((p) => p.country_code));
  return places.filter((p) => {
    if (p.kind !== 'settlement' || !p.country_code || p.country_code === focus[0] || named.has(p.country_code)) return true;
    if (/\s/.test(p.text.trim()) || foldName(p.text) === foldName(p.name)) return true;
    return places.some((o) => o !== p && o.text !== p.text && kmBetween(o, p) < STRAY_KM);
  });
}

/**
 * The place that a dateline's or a caller's place words name, e.g. "Idlib South front" →
 * Idlib, Syria: the longest, then leftmost, run of words that the gazetteer knows.
 * Offsets are into `name`. Null when no words of it name a place.
 */
export function resolvePlaceName(name: string, ctx: PlaceContext = {}): PlaceMention | null {
  const gaz = gazetteer();
  const found = recognise(name, gaz);
  if (!found.length) return null;
  const judged = rejectNonPlaces(name, found, gaz, ctx.exclude ?? [], { demonyms: false }).filter((j) => !j.rejected || j.rejected === 'common-word');
  if (!judged.length) return null;
  const kept = judged.map((j) => ({ ...j.cand, container: null as number | null }));
  // "Saraqib, Idlib" / "Saraqib, Syria": the rest of the words say where the first lies.
  if (kept.length > 1) kept[0].container = 1;
  const dateline = ctx.datelinePlace ? resolveEntry(ctx.datelinePlace) : null;
  const resolved = resolveAll(kept, { dateline });
  const r = resolved[0];
  return r ? toMention(kept[0], r, 'place-name') : null;
}

function resolveEntry(name: string): GazetteerEntry | null {
  const m = resolvePlaceName(name);
  return m ? gazetteer().entry(entryIndexOf(m)) : null;
}

// PlaceMention does not carry the gazetteer line: keep it on the side.
const entryIndex = new WeakMap<PlaceMention, number>();
function entryIndexOf(m: PlaceMention): number { return entryIndex.get(m)!; }

function toMention(k: { start: number; end: number; text: string }, r: Resolution, recogniser: string): PlaceMention {
  const gaz = gazetteer();
  const e = r.entry;
  const m: PlaceMention = {
    start: k.start, end: k.end, text: k.text,
    name: e.name, lat: e.lat, lon: e.lon,
    geonames_id: e.geonamesId,
    country_code: e.countryCode || null,
    country: e.countryCode ? gaz.countryNames[e.countryCode] ?? null : null,
    admin1: e.kind === 'country' ? null : e.admin1Code ? gaz.admin1Names[e.admin1Code] ?? null : null,
    feature: e.feature || null,
    population: e.population,
    kind: e.kind,
    score: Math.round(r.score * 100) / 100,
    rule: `places/${recogniser}/${r.reason}`,
  };
  entryIndex.set(m, e.index);
  return m;
}

/**
 * A name the text once uses as a place ("the town of Sake") is that place wherever it stands
 * capitalised ("Sake controls the road"), unless the text also uses it as a lower-case word.
 */
function oneSensePerText<T extends { cand: { text: string }; rejected: string | null }>(text: string, judged: T[]): T[] {
  const places = new Set(judged.filter((j) => !j.rejected).map((j) => j.cand.text));
  for (const j of judged) {
    if (j.rejected !== 'common-word' || !places.has(j.cand.text) || !/^\p{Lu}/u.test(j.cand.text)) continue;
    const lower = j.cand.text.toLowerCase();
    const usedAsWord = new RegExp(`(?<![\\p{L}])${lower.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(text);
    if (!usedAsWord) j.rejected = null;
  }
  return judged;
}
