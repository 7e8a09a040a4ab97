// Actor stage: named actors from the dictionaries, generic descriptions tied to the
// document's named actors or country, and the narrator's own side ("we", "our troops").
import { readFileSync } from 'node:fs';
import type { ActorMention, PlaceMention, Span } from '../model.js';
import { dataPath } from '../paths.js';
import { PhraseMatcher } from '../text/phrase-matcher.js';
import { demonymForces } from './demonym-forces.js';
import { words } from '../text/words.js';
import { overlapFinder, overlapTest, spanAt } from '../text/spans.js';
import { loadActorData, type ActorData, type ActorEntry, type GenericActorEntry } from './data.js';
import { countryByWord, possessives } from './possessive.js';

export { associatesOf } from './relations.js';

export { loadActorData, rootActor } from './data.js';
export type { ActorEntry } from './data.js';

interface Matchers {
  named: PhraseMatcher<ActorEntry>;
  generic: PhraseMatcher<GenericActorEntry>;
  pronouns: PhraseMatcher<string>;
  affiliation: RegExp[];
}

let matchers: Matchers | null = null;
function loadMatchers(data: ActorData): Matchers {
  if (matchers) return matchers;
  const named = new PhraseMatcher<ActorEntry>();
  for (const actor of data.actors.values()) for (const alias of [actor.name, ...actor.aliases]) named.add(alias, actor);
  const generic = new PhraseMatcher<GenericActorEntry>();
  for (const g of data.generic) for (const alias of g.aliases) generic.add(alias, g);
  const narrator = JSON.parse(readFileSync(dataPath('actors', 'narrator.json'), 'utf8')) as {
    affiliation_before_actor: string[]; pronouns: string[];
  };
  const pronouns = new PhraseMatcher<string>();
  for (const p of narrator.pronouns) pronouns.add(p, p);
  matchers = { named, generic, pronouns, affiliation: narrator.affiliation_before_actor.map((s) => new RegExp(s, 'i')) };
  return matchers;
}

/** Named actor mentions only: the place stage uses them to know what is not a place. */
export function findNamedActors(text: string): ActorMention[] {
  const data = loadActorData();
  // One split into words for the aliases and the demonyms. Not kept for tagActors: on a long
  // document the words would stay alive through the place stage (about 120 MB for 5 MB).
  const ws = words(text);
  const aliases = loadMatchers(data).named.find(text, ws);
  const overlaps = overlapTest(aliases);
  const isAlias = new Set(aliases);
  const matches = [...aliases, ...demonymForces(text, data, ws).filter((d) => !overlaps(d))].sort((a, b) => a.start - b.start);
  return matches.map((m) => ({
    start: m.start, end: m.end, text: m.text,
    actorId: m.value.id, name: m.value.name, type: m.value.type, country: m.value.country,
    parentId: m.value.parent, narrator: false, generic: false, rule: isAlias.has(m) ? 'alias' : 'demonym+force',
  }));
}

/** Metadata lines whose names are authors or places, not actors. */
const BYLINE = /^\s*(?:by\b|submitted|posted|written|published|updated|author|reporting by|photo|credit)|\b(?:submitted|posted|written) by\b|\d{4}|[–—-]\s*$/i;
const DATELINE = /^\s*\p{Lu}[\p{Lu}\s.'-]+,/u;
const BYLINE_OR_DATELINE = { test: (s: string) => BYLINE.test(s) || DATELINE.test(s) };

export interface ActorContext {
  sentences: Span[];
  places: PlaceMention[];
  /** Metadata lines (byline, dateline): "Submitted by" names are not actors. */
  skip: Span[];
  /** The named actors found already (the place stage needs them first): not looked for twice. */
  named?: ActorMention[];
}

export function tagActors(text: string, ctx: ActorContext): ActorMention[] {
  const data = loadActorData();
  const m = loadMatchers(data);
  // A headline names real actors; only bylines and datelines hold names that are not actors.
  const skip = ctx.skip.filter((k) => BYLINE_OR_DATELINE.test(k.text));
  const inSkip = overlapTest(skip);
  const named = (ctx.named ?? findNamedActors(text)).filter((a) => !inSkip(a));
  const country = mainCountry(ctx.places);
  // After findNamedActors: its own split into words is gone before this one is made.
  const ws = words(text);
  const taken = overlapTest(named);
  const side = narratorSide(text, named, ctx.sentences, m.affiliation);
  // "our fighters" is the narrator's side before it is a generic description of fighters.
  const own: ActorMention[] = side ? m.pronouns.find(text, ws).filter((p) => !inSkip(p) && !taken(p))
    .map((p) => ({ ...side, start: p.start, end: p.end, text: p.text, narrator: true, generic: false, rule: `narrator:${side.rule}` })) : [];
  const ownTaken = overlapTest(own);
  const free = (s: Span) => !taken(s) && !inSkip(s) && !ownTaken(s);
  const byTag = namedByTag(named);
  const generic = m.generic.find(text, ws).filter(free).map((g) => resolveGeneric(g, byTag, country));
  const out = withPossessives([...named, ...own, ...generic], possessiveActors(text, m, byTag).filter((p) => !inSkip(p)));
  // The backer stays an actor of its own even where an alias spells the compound ("Turkish-backed SNA").
  const overlapping = overlapFinder(out);
  for (const b of backers(text, m)) {
    if (!inSkip(b) && !overlapping(b).some((x) => !(x.start === b.start && x.text.startsWith(`${b.text}-`)))) out.push(b);
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * "Sudan's army" replaces the bare "army" it contains, never a longer name. The possessives come
 * in text order and do not overlap once placed, so each is checked against its neighbours only.
 */
function withPossessives(base: ActorMention[], possessives: ActorMention[]): ActorMention[] {
  const overlapping = overlapFinder(base);
  const replaced = new Set<ActorMention>();
  const placed: ActorMention[] = [];
  const inside = (x: ActorMention, p: ActorMention) => x.start >= p.start && x.end <= p.end;
  for (const p of possessives) {
    const earlier: ActorMention[] = [];
    for (let i = placed.length - 1; i >= 0 && placed[i].end > p.start; i--) if (!replaced.has(placed[i])) earlier.push(placed[i]);
    const near = [...overlapping(p).filter((x) => !replaced.has(x)), ...earlier.filter((x) => x.start < p.end)];
    if (near.some((x) => !inside(x, p))) continue;
    for (const x of near) replaced.add(x);
    placed.push(p);
  }
  return [...base, ...placed].filter((x) => !replaced.has(x));
}

/** "Turkish-backed", "Iran-backed": the state named in the compound is the backer. */
function backers(text: string, m: Matchers): ActorMention[] {
  const out: ActorMention[] = [];
  for (const hit of text.matchAll(/\b(\p{Lu}[\p{L}]+)-(?:backed|supported|allied|aligned|sponsored|funded|armed)\b/gu)) {
    const country = countryByWord(hit[1]);
    if (!country) continue;
    const entry = m.named.find(`${country.demonym} forces`).find((x) => x.start === 0 && x.end === country.demonym.length + 7)?.value ??
      m.named.find(`${country.demonym} army`).find((x) => x.start === 0)?.value;
    if (!entry) continue;
    const start = hit.index ?? 0;
    out.push({ start, end: start + hit[1].length, text: hit[1], actorId: entry.id, name: entry.name, type: entry.type, country: entry.country,
      parentId: entry.parent, narrator: false, generic: false, rule: 'backer' });
  }
  return out;
}

/** "Sudan's army" read as "Sudanese army"; "Mali's soldiers" as soldiers of Mali. */
function possessiveActors(text: string, m: Matchers, byTag: (tag: string) => string | undefined): ActorMention[] {
  const out: ActorMention[] = [];
  for (const p of possessives(text)) {
    const tail = text.slice(p.after, p.after + 80);
    const probe = `${p.demonym} ${tail}`;
    const shift = p.after - (p.demonym.length + 1);
    const hit = m.named.find(probe).find((x) => x.start === 0);
    if (hit) {
      const e = hit.value;
      out.push({ start: p.start, end: shift + hit.end, text: text.slice(p.start, shift + hit.end), actorId: e.id, name: e.name, type: e.type,
        country: e.country, parentId: e.parent, narrator: false, generic: false, rule: 'possessive' });
      continue;
    }
    const g = m.generic.find(tail).find((x) => x.start === 0);
    if (!g) continue;
    const resolved = resolveGeneric({ ...g, start: p.after + g.start, end: p.after + g.end }, byTag, { code: p.code, name: p.country });
    out.push({ ...resolved, start: p.start, text: text.slice(p.start, p.after + g.end), rule: `possessive:${resolved.rule}` });
  }
  return out;
}

/**
 * The most mentioned named actor carrying a tag (the first mentioned among equals): the one a
 * generic description with that tag stands for. Counted once per document, not per description.
 */
function namedByTag(named: ActorMention[]): (tag: string) => string | undefined {
  const data = loadActorData();
  const counts = new Map<string, number>();
  for (const a of named) counts.set(a.actorId, (counts.get(a.actorId) ?? 0) + 1);
  const memo = new Map<string, string | undefined>();
  return (tag) => {
    if (memo.has(tag)) return memo.get(tag);
    let best: string | undefined, most = 0;
    for (const [id, n] of counts) if (n > most && data.actors.get(id)?.tags.includes(tag)) { best = id; most = n; }
    memo.set(tag, best);
    return best;
  };
}

function resolveGeneric(g: { start: number; end: number; text: string; value: GenericActorEntry }, byTag: (tag: string) => string | undefined,
  country: { code: string; name: string } | null): ActorMention {
  const data = loadActorData();
  const tag = g.value.corefer_tag;
  if (tag) {
    const best = byTag(tag);
    if (best) {
      const entry = data.actors.get(best)!;
      return { start: g.start, end: g.end, text: g.text, actorId: entry.id, name: entry.name, type: entry.type,
        country: entry.country, parentId: entry.parent, narrator: false, generic: true, rule: `generic:${g.value.id}→${tag}` };
    }
  }
  const name = country ? g.value.name.replace('{country}', country.name) : g.value.name.replace(/\s*\(\{country\}\)|\{country\}\s*/g, '').trim();
  return { start: g.start, end: g.end, text: g.text, actorId: `generic:${g.value.id}`, name, type: g.value.type,
    country: country?.code ?? null, parentId: null, narrator: false, generic: true, rule: `generic:${g.value.id}` };
}

/** The narrator's side: a named actor the text puts "we" or "I" into ("we were just twelve PMF fighters"). */
function narratorSide(text: string, named: ActorMention[], sentences: Span[], cues: RegExp[]): ActorMention | null {
  for (const actor of named) {
    const sentence = spanAt(sentences, actor.start);
    const before = text.slice(sentence ? sentence.start : Math.max(0, actor.start - 80), actor.start);
    if (cues.some((re) => re.test(before))) return { ...actor, rule: 'affiliation' };
  }
  return null;
}

function mainCountry(places: PlaceMention[]): { code: string; name: string } | null {
  const counts = new Map<string, { code: string; name: string; n: number }>();
  for (const p of places) {
    if (!p.country_code || !p.country) continue;
    const c = counts.get(p.country_code) ?? { code: p.country_code, name: p.country, n: 0 };
    c.n++;
    counts.set(p.country_code, c);
  }
  const best = [...counts.values()].sort((a, b) => b.n - a.n)[0];
  return best ? { code: best.code, name: best.name } : null;
}
