// Where an event happened: a place its sentence names (not a destination), else the place
// the story is at, else the dateline's place.
import type { Annotated, PlaceMention, Sentence } from '../model.js';
import { insideAny, spansBefore, spansWithin } from '../text/spans.js';
import { capitalOf } from '../places/capitals.js';

export interface EventPlace {
  place: PlaceMention;
  /** ACLED: 1 the town itself, 2 near a town or part of a region, 3 a region. */
  geoPrecision: 1 | 2 | 3;
  how: 'sentence' | 'narrative' | 'dateline';
}

/** Places reached or aimed at are not where the event is ("heading towards the capital"). */
const DESTINATION_BEFORE = /\b(?:to|towards?|toward|for|reach(?:ed|ing)?|heading|headed|bound for|fled to|away to|facing)\s+(?:the\s+(?:city|town|village)\s+of\s+)?$/i;
const NEAR_BEFORE = /\b(?:near|outside|outskirts of|close to|around|north of|south of|east of|west of|(?:\d+\s*)?(?:km|kilometres|kilometers|miles)\s+(?:from|north of|south of|east of|west of))\s+(?:the\s+)?$/i;

export function placeOf(sentence: Sentence, triggerStart: number, a: Annotated): EventPlace | null {
  return atCapital(placeIn(sentence, triggerStart, a));
}

/**
 * A place told only as a country is coded, as ACLED does, at its capital's coordinates with geo
 * precision 3; the mention stays the country's words.
 */
function atCapital(p: EventPlace | null): EventPlace | null {
  if (!p || p.place.kind !== 'country' || !p.place.country_code) return p;
  const capital = capitalOf(p.place.country_code);
  if (!capital) return p;
  return { ...p, place: { ...capital, start: p.place.start, end: p.place.end, text: p.place.text }, geoPrecision: 3 };
}

function placeIn(sentence: Sentence, triggerStart: number, a: Annotated): EventPlace | null {
  // A dateline opening the sentence ("KANO, Nigeria, 8 April —") is where the report was filed.
  const inSentence = spansWithin(a.places, sentence.start, sentence.end).filter((p) => !isDestination(p, a));
  const body = inSentence.filter((p) => !inMetadata(p, a));
  const own = body.length ? body : inSentence;
  if (own.length) {
    // The most specific place, then the one nearest the trigger.
    // "the village of Sirwah, west of Marib city": Marib only tells where Sirwah is.
    const located = own.length > 1 ? own.filter((p) => !isReferencePoint(p, own, a)) : own;
    const rank = (p: PlaceMention) => specificity(p) + (SETTLEMENT_BEFORE.test(before(p, a)) ? 3 : 0);
    const best = (located.length ? located : own).sort((x, y) => rank(y) - rank(x) || Math.abs(x.start - triggerStart) - Math.abs(y.start - triggerStart))[0];
    // "in Niger" says less than the town the story is about: take the town, coded as near it.
    const town = best.kind === 'settlement' || SETTLEMENT_BEFORE.test(before(best, a)) ? null : storyTown(sentence, a, best);
    if (town) return { place: town, geoPrecision: 2, how: 'narrative' };
    return { place: best, geoPrecision: precisionOf(best, a), how: 'sentence' };
  }
  // The story's recent towns, in text order (a bounded look back keeps a long document linear).
  const earlier = spansBefore(a.places, sentence.start, PLACES_LOOKED_BACK)
    .filter((p) => !inMetadata(p, a) && !isDestination(p, a) && p.kind === 'settlement').reverse();
  if (earlier.length) {
    // The town the story has been telling of: named most often so far (the lede, which sets the
    // scene, counting twice), the latest of equals.
    const lede = ledeEnd(a);
    const counts = new Map<string, number>();
    for (const p of earlier) counts.set(p.name, (counts.get(p.name) ?? 0) + (p.end <= lede ? 2 : 1));
    const most = Math.max(...counts.values());
    const told = [...earlier].reverse().find((p) => counts.get(p.name) === most)!;
    return { place: told, geoPrecision: precisionOf(told, a), how: 'narrative' };
  }
  return storySetting(a);
}

const settings = new WeakMap<Annotated, EventPlace | null>();

/** Where the story is set when a sentence and those before it name no town: found once a document. */
function storySetting(a: Annotated): EventPlace | null {
  if (!settings.has(a)) settings.set(a, findStorySetting(a));
  return settings.get(a)!;
}

function findStorySetting(a: Annotated): EventPlace | null {
  // Before the story names a town, the headline's or the dateline's town is where it is set;
  // a town named only later ("taken to hospital in Kharkiv") is a worse guess.
  const head = a.places.find((p) => inMetadata(p, a) && p.kind === 'settlement' && !isDestination(p, a));
  if (head) return { place: head, geoPrecision: precisionOf(head, a), how: 'dateline' };
  const anyPlace = a.places.filter((p) => !isDestination(p, a) && !inMetadata(p, a)).sort((x, y) => specificity(y) - specificity(x))[0];
  if (anyPlace) return { place: anyPlace, geoPrecision: precisionOf(anyPlace, a), how: 'narrative' };
  const dateline = a.places.find((p) => inMetadata(p, a));
  return dateline ? { place: dateline, geoPrecision: precisionOf(dateline, a), how: 'dateline' } : null;
}

const ledeEnds = new WeakMap<Annotated, number>();

/** How many place names back the story's current town is looked for. */
const PLACES_LOOKED_BACK = 200;

/** Where the lede ends: the first two sentences of the body (found once a document). */
function ledeEnd(a: Annotated): number {
  let end = ledeEnds.get(a);
  if (end === undefined) {
    let seen = 0;
    end = 0;
    for (const s of a.sentences) {
      if (insideAny(s, a.doc.metadataSpans)) continue;
      end = s.end;
      if (++seen === 2) break;
    }
    ledeEnds.set(a, end);
  }
  return end;
}

/** The settlement the story names most often within the region or country `within`. */
function storyTown(sentence: Sentence, a: Annotated, within: PlaceMention): PlaceMention | null {
  const { towns, counts } = townsWithin(a, within);
  if (!towns.length) return null;
  // The most told, then the nearest to the sentence: one pass, no sort.
  let best = towns[0];
  for (const t of towns) {
    const d = counts.get(t.name)! - counts.get(best.name)!;
    if (d > 0 || (d === 0 && Math.abs(t.start - sentence.start) < Math.abs(best.start - sentence.start))) best = t;
  }
  return best;
}

const townLists = new WeakMap<Annotated, Map<string, { towns: PlaceMention[]; counts: Map<string, number> }>>();

/** The towns the story names in a country or province, with how often each: made once a document and area. */
function townsWithin(a: Annotated, within: PlaceMention): { towns: PlaceMention[]; counts: Map<string, number> } {
  const key = `${within.country_code}|${within.kind === 'country' ? '' : within.admin1}`;
  let byArea = townLists.get(a);
  if (!byArea) { byArea = new Map(); townLists.set(a, byArea); }
  let found = byArea.get(key);
  if (!found) {
    const towns = a.places.filter((p) => p.kind === 'settlement' && !inMetadata(p, a) && !isDestination(p, a) &&
      p.country_code === within.country_code && (within.kind === 'country' || p.admin1 === within.admin1));
    const counts = new Map<string, number>();
    for (const t of towns) counts.set(t.name, (counts.get(t.name) ?? 0) + 1);
    found = { towns, counts };
    byArea.set(key, found);
  }
  return found;
}

/** "the village of X" says X is a settlement, whatever the gazetteer's feature for the name. */
const SETTLEMENT_BEFORE = /\b(?:village|town|city|hamlet|settlement|camp)\s+of\s+$/i;
const DIRECTION_BEFORE = /\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?(?:ern)?|outside|(?:\d+\s*)?(?:km|kilometres|kilometers|miles))\s+(?:of|from)\s+(?:the\s+)?$/i;

/** A place named after another as its bearing ("X, 20 km west of Y") is where X lies, not the event. */
function isReferencePoint(p: PlaceMention, own: PlaceMention[], a: Annotated): boolean {
  return DIRECTION_BEFORE.test(before(p, a)) && own.some((o) => o !== p && o.end <= p.start && p.start - o.end < 80);
}

function before(p: PlaceMention, a: Annotated): string {
  return a.doc.text.slice(Math.max(0, p.start - 40), p.start);
}

function specificity(p: PlaceMention): number {
  return p.kind === 'settlement' ? 3 : p.kind === 'feature' ? 2 : p.kind === 'admin1' || p.kind === 'region' ? 1 : 0;
}

function precisionOf(p: PlaceMention, a: Annotated): 1 | 2 | 3 {
  if (p.kind !== 'settlement' && !SETTLEMENT_BEFORE.test(before(p, a))) return 3;
  return NEAR_BEFORE.test(a.doc.text.slice(Math.max(0, p.start - 40), p.start)) ? 2 : 1;
}

/** "the Ouahigouya track", "the Gao road": a road named after the town it leads to is not that town. */
const ROAD_AFTER = /^[\s-]+(?:road|track|highway|motorway|axis|route|corridor|railway|pipeline|border crossing)\b/i;

/** "taken to hospital in Kharkiv", "the morgue in Goma": where victims were brought, not where it happened. */
const CARE_BEFORE = /\b(?:(?:hospitals?|clinics?|morgues?|mortuary|medical cent(?:re|er)|treated|admitted)\s+(?:\w+\s+){0,2}in|(?:based|headquartered|hiding|sheltering|operating|exiled|living)\s+(?:\w+\s+)?in)\s+(?:the\s+)?$/i;
/** "Nairobi has accused", "Washington said": a capital standing for its government speaks; it is no place of the event. */
const SPEAKER_AFTER = /^['’]?s?\s+(?:(?:has|have|had|also|again|quickly|later|on \w+)\s+)*(?:said|says|accused|accuses|blamed|blames|denied|denies|urged|urges|called|calls|demanded|demands|warned|warns|claimed|claims|rejected|rejects|condemned|condemns|welcomed|welcomes|announced|announces|insisted|insists|responded|responds|protested|protests|criticized|criticised|criticizes|criticises|summoned|summons|vowed|vows|must|should|will|would|wants|needs|has to|have to)\b/i;

const destinations = new WeakMap<PlaceMention, boolean>();

/** Asked of the same place by every mention near it: its four tests run once. */
function isDestination(p: PlaceMention, a: Annotated): boolean {
  let known = destinations.get(p);
  if (known === undefined) {
    const before = a.doc.text.slice(Math.max(0, p.start - 40), p.start), after = a.doc.text.slice(p.end, p.end + 40);
    known = DESTINATION_BEFORE.test(before) || CARE_BEFORE.test(before) || ROAD_AFTER.test(after) || SPEAKER_AFTER.test(after);
    destinations.set(p, known);
  }
  return known;
}

function inMetadata(p: PlaceMention, a: Annotated): boolean {
  return insideAny(p, a.doc.metadataSpans);
}
