// Refine: drop recognised names that name no place here: demonyms, acronyms that are only
// alternate names, people, organisations and buildings, common words that are also towns.
import { curated } from './curated.js';
import type { Gazetteer } from './gazetteer.js';
import { foldName } from './normalise.js';
import { overlapTest } from '../text/spans.js';
import type { PlaceCandidate } from './recognise.js';
import { eachMatch } from '../text/matches.js';

export interface FilterOptions {
  /** Keep demonyms ("Syrian") as mentions of their country, rather than dropping them. */
  demonyms?: boolean;
}

/** Why a candidate is not a place, or null when it is kept. */
export type Rejection = 'demonym' | 'acronym' | 'person' | 'organisation' | 'part-of-name' | 'common-word' | 'excluded' | null;

/** A settlement this large is read as the place even when its name is also an English word. */
const WELL_KNOWN_POPULATION = 50_000;

/** Names a country, first-level division or broad region: never a person's name in these rules. */
const isPlaceAbove = (c: PlaceCandidate) => c.candidates.some((k) => k.entry.kind !== 'settlement' && k.entry.feature !== 'ADM2');

/** Verbs of saying right after a name: a person (or an organisation) speaks. */
const SPEAKS_AFTER = /^[’']?s?\s+(?:said|says|told|added|explained|noted|wrote|asked|recalled|admitted|testified|pleaded|declined|did not|didn't|was arrested|is accused)\b/;
/** An initial right before a name ("Maria T. Lopez"). */
const INITIAL_BEFORE = /\b\p{Lu}\.\s$/u;
/** Settlements larger than this are read as places even before a verb of saying ("Washington said"). */
const METONYMY_POPULATION = 100_000;

/** Two capitalised name words, then the candidate: "Carlos Alberto |Santos". */
const FULL_NAME_BEFORE = /(?:^|[^\p{L}.])(\p{Lu}[\p{Ll}'’-]+)\s+(\p{Lu}[\p{Ll}'’-]+)\s+$/u;

export function rejectNonPlaces(text: string, found: PlaceCandidate[], gaz: Gazetteer, exclude: Array<{ start: number; end: number }>, opts: FilterOptions = {}): Array<{ cand: PlaceCandidate; rejected: Rejection }> {
  const { nonPlaceWords, demonyms, sets } = curated();
  const { titles, orgHeads, followers, modifiers, locatives } = sets;
  const lowerWords = lowerCaseVocabulary(text);

  // Surnames: a town-like word that ends a run after a capitalised word that is not a place
  // modifier ("Tony Jones", "Hillary Clinton") names a person, here and elsewhere in the text.
  const surnames = new Set<string>();
  const aboveEndingAt = new Set(found.filter(isPlaceAbove).map((f) => f.end));
  // Words that are themselves names of places above a town ("Mexico", "Texas") are no given names.
  const aboveWords = new Set(found.filter(isPlaceAbove).map((f) => f.text));
  /** A capitalised word that may be a given name: no place modifier ("North") or demonym. */
  const nameWord = (w: string) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) && !modifiers.has(w) && demonyms[w] === undefined;
  for (const c of found) {
    if (c.words !== 1 || isPlaceAbove(c)) continue;
    const large = Math.max(...c.candidates.map((k) => (k.entry.kind === 'settlement' ? k.entry.population : 0))) >= METONYMY_POPULATION;
    const afterTitle = c.wordBefore && titles.has(c.wordBefore);
    // "Amsterdam-London", "Paris London": a place before is no given name.
    const placeBefore = text[c.start - 1] === '-' || aboveEndingAt.has(c.start - 1) || aboveEndingAt.has(c.start - 2);
    const afterGivenName = !large && !placeBefore && !c.runAfter && c.runBefore && nameWord(c.runBefore);
    const afterInitial = !c.runBefore && INITIAL_BEFORE.test(text.slice(Math.max(0, c.start - 4), c.start));
    const speaks = !large && !c.runAfter && SPEAKS_AFTER.test(text.slice(c.end, c.end + 30));
    // "Carlos Alberto Santos": two name words before a town, however large, make it a surname.
    const fullName = !placeBefore && !c.runAfter ? FULL_NAME_BEFORE.exec(text.slice(Math.max(0, c.start - 40), c.start)) : null;
    const afterFullName = !!fullName && [fullName[1], fullName[2]].every((w) => nameWord(w) && !titles.has(w.toLowerCase()) && !aboveWords.has(w));
    if ((!large && (afterTitle || afterGivenName || afterInitial || speaks)) || afterFullName) surnames.add(c.key);
  }

  // The countries the text itself names (a country, a province, or a town by its own name).
  const namedCountries = new Set(found.filter((c) => c.candidates.some((k) => k.via !== 'a' && (k.entry.kind === 'country' || k.entry.kind === 'admin1')))
    .flatMap((c) => c.candidates.filter((k) => k.entry.kind === 'country' || k.entry.kind === 'admin1').map((k) => k.entry.countryCode)));
  /** A group's name read as a foreign hamlet's other name: a small place known only by another name, in a country the text never names. */
  const strayAlternate = (c: PlaceCandidate) => namedCountries.size > 0 && c.candidates.every((k) => k.via === 'a' && k.entry.kind === 'settlement' &&
    k.entry.population < WELL_KNOWN_POPULATION && !namedCountries.has(k.entry.countryCode));
  // Asked once per candidate: a binary search, not a pass over every excluded span.
  const excluded = overlapTest(exclude);
  return found.map((c) => ({ cand: c, rejected: reject(c) }));

  function reject(c: PlaceCandidate): Rejection {
    if (excluded(c)) return 'excluded';
    if (Object.hasOwn(demonyms, c.text) && demonyms[c.text] === null) return 'demonym';
    if (c.candidates.some((k) => k.via === 'd')) {
      if (!opts.demonyms) return 'demonym';
      c.candidates = c.candidates.filter((k) => k.via === 'd');
    }
    const dotted = /^(?:\p{Lu}\.)+$/u.test(c.text);
    if (c.stateAbbreviation) return null;
    if ((c.allCaps && c.text.replace(/\./g, '').length <= 5) || dotted) {
      // "EU", "NATO", "IS": an acronym is a place only when it is a known abbreviation.
      c.candidates = c.candidates.filter((k) => k.via === 'c');
      if (!c.candidates.length) return 'acronym';
    } else {
      c.candidates = c.candidates.filter((k) => k.via !== 'c'); // "Inn" is not "IN"
      if (!c.candidates.length) return 'acronym';
    }
    const above = isPlaceAbove(c);
    if (c.runAfter && orgHeads.has(c.runAfter)) return 'organisation';
    if (c.runRest.some((w) => /^(?:University|College|School|Elementary|Academy|Times|Post|Herald|Tribune|Journal|Gazette|Inc|Corp|Company|Co|FC|Hospital|Church|Airport|Hotel)$/.test(w))) return 'organisation';
    // "X, Y": the form itself says X is a place, when a place of that name lies in Y ("Police
    // in Morocco": no town called Police lies in Morocco, so the form proves nothing).
    if (c.container !== null && liesIn(c, found[c.container])) return null;
    if (!above && strayAlternate(c)) return 'common-word';
    if (nonPlaceWords.has(c.text) || (c.words === 1 && titles.has(c.text.toLowerCase()))) return 'common-word';
    if (/['’](?:ve|d|ll|re|m|t)$/i.test(c.text)) return 'common-word'; // "I've", "He'd"
    const byMainName = c.candidates.some((k) => k.via !== 'a');
    const maxPop = Math.max(...c.candidates.map((k) => k.entry.population));
    // A one-word alternate spelling of a small town ("Hutchinson" for some hamlet) is weak evidence.
    if (!above && !byMainName && c.words === 1 && maxPop < 20_000 && !locatives.has(c.wordBefore)) return 'common-word';
    if (!above && surnames.has(c.key)) return 'person';
    // A town's name next to another name word ("Warren Clarke", "Chester Morris") is part of
    // that name. (Measured: keeping large towns here, "Lancaster Memorial Park", costs more
    // precision than it gains recall.)
    const hyphenBefore = text[c.start - 1] === '-'; // "R-Springfield", "Mason-Greenville"
    if (!above && c.runAfter && !followers.has(c.runAfter) && text[c.end] !== '-') return 'part-of-name';
    if (!above && !hyphenBefore && c.runBefore && c.runBefore.length > 1 && !modifiers.has(c.runBefore) && c.words === 1 && demonyms[c.runBefore] === undefined && !followers.has(c.runBefore)) return 'part-of-name';
    const word = foldName(c.text);
    if (c.words === 1 && !above && gaz.commonWords.has(word) && maxPop < WELL_KNOWN_POPULATION) {
      const locative = locatives.has(c.wordBefore) && !c.sentenceInitial;
      if (!locative || lowerWords.has(word)) return 'common-word';
    }
    // At a sentence start, a word the text also uses in lower case is that word ("Reading the report").
    if (c.sentenceInitial && c.words === 1 && lowerWords.has(word)) return 'common-word';
    if (c.text.length < 3 && !c.allCaps) return 'common-word';
    return null;
  }
}

const LOWER_WORD = /(?<![\p{L}])\p{Ll}[\p{Ll}'’-]*/gu;

function lowerCaseVocabulary(text: string): Set<string> {
  const out = new Set<string>();
  eachMatch(LOWER_WORD, text, (m) => { out.add(m[0]); });
  return out;
}

/** Some reading of `c` lies in some country or province reading of `holder` (any reading when `holder` is a town). */
function liesIn(c: PlaceCandidate, holder: PlaceCandidate | undefined): boolean {
  if (!holder) return true;
  const areas = holder.candidates.filter((h) => h.entry.kind === 'country' || h.entry.kind === 'admin1');
  if (!areas.length) return true;
  return c.candidates.some((k) => areas.some((h) => k.entry.countryCode === h.entry.countryCode &&
    (h.entry.kind === 'country' || k.entry.admin1Code === h.entry.admin1Code)));
}
