// Event stage: triggers in sentences, filtered by modality, given sides, a date, a place and
// counts, then merged the way ACLED aggregates (one record per type, place and day).
import type { ActorMention, Annotated, Certainty, Sentence, Span } from '../model.js';
import { loadEventData, type SubEventInfo } from './data.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { modalityOf } from './modality.js';
import { sidesOf } from './arguments.js';
import { dateOf, dateIsBackground, sentenceIsBackground, type EventDate } from './dating.js';
import { placeOf, type EventPlace } from './locating.js';
import { fatalitiesIn, lowestFigure, participantsIn } from './quantities.js';

export { loadEventData } from './data.js';

export interface CodedEvent {
  info: SubEventInfo;
  triggers: TriggerMatch[];
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  date: EventDate | null;
  place: EventPlace | null;
  fatalities: number | null;
  participants: { low: number; high: number; text: string; start: number } | null;
  certainty: Certainty;
  evidence: Span[];
  /** Stated in the title or standfirst: what a headline would name. */
  headline: boolean;
  sentence: number;
}

/** How many sentences after an attack a bare casualty report still belongs to it. */
const CASUALTY_REACH = 3;

const HABITUAL = /\b(?:frequent(?:ly)?|regular(?:ly)?|daily|constant(?:ly)?|continued|continuing|ongoing|repeated(?:ly)?|sporadic|intermittent|every day|kept|persist\w*)\b/i;
const PERCEPTION = /\b(?:I|we)\s+(?:saw|heard|watched|witnessed|could see|could hear)\b/;
const CERTAINTY_ORDER: Certainty[] = ['eyewitness', 'reported', 'claimed', 'rumoured'];

export function codeEvents(a: Annotated): CodedEvent[] {
  const data = loadEventData();
  const headlineSpans = headlines(a);
  const found: CodedEvent[] = [];
  if (isFigurative(a, data.modality.metaphor_sentence)) return [];
  for (const sentence of a.sentences) {
    if (isMetadataOnly(sentence, a) || sentenceIsBackground(sentence, a)) continue;
    const candidates = findTriggers(sentence, data.patterns)
      .map((t) => ({ t, modality: modalityOf(sentence, t.start, data.modality) }))
      .filter((c) => c.modality.factual);
    for (const { t, modality } of pickByPrecedence(candidates)) {
      if (!modality.factual) continue;
      const headline = headlineSpans.some((h) => sentence.start >= h.start && sentence.end <= h.end);
      const event = codeOne(sentence, t, modality.certainty, headline, a);
      if (!dateIsBackground(event.date, a)) found.push(event);
    }
  }
  attachTolls(found, a);
  return order(merge(foldCasualtyReports(found)));
}

function codeOne(sentence: Sentence, t: TriggerMatch, certainty: Certainty, headline: boolean, a: Annotated): CodedEvent {
  const { quantities } = loadEventData();
  const sides = sidesOf(t, sentence, a.actors);
  const habitual = /s$/i.test(t.text.split(/\s/)[0]) || HABITUAL.test(sentence.text);
  const narratorTakesPart = [sides.actor1, sides.actor2].some((x) => x?.narrator);
  const witnessed = certainty === 'reported' && (narratorTakesPart || PERCEPTION.test(sentence.text));
  const participants = participantsIn(sentence.text, quantities);
  return {
    info: t.pattern.info,
    triggers: [t],
    ...sides,
    date: dateOf(sentence, t.start, habitual, a),
    place: placeOf(sentence, t.start, a),
    fatalities: fatalitiesIn(sentence.text, quantities),
    participants: participants && { ...participants, start: sentence.start + sentence.text.indexOf(participants.text) },
    certainty: witnessed ? 'eyewitness' : certainty,
    evidence: [evidenceOf(sentence, a)],
    headline,
    sentence: sentence.index,
  };
}

/** The sentence, less a dateline it opens with ("SIRTE, Libya, 4 March 2023 —"). */
function evidenceOf(sentence: Sentence, a: Annotated): Span {
  let start = sentence.start;
  for (const m of a.doc.metadataSpans) if (m.start <= start && m.end > start && m.end < sentence.end) start = m.end;
  while (start < sentence.end && /\s/.test(a.doc.text[start])) start++;
  return { start, end: sentence.end, text: a.doc.text.slice(start, sentence.end) };
}

/** One event per event type in a sentence: ACLED's precedence decides between tactics. */
function pickByPrecedence<T extends { t: TriggerMatch }>(candidates: T[]): T[] {
  const best = new Map<string, T>();
  for (const c of candidates) {
    const key = c.t.pattern.info.event_type;
    const held = best.get(key);
    if (!held || c.t.pattern.info.rank < held.t.pattern.info.rank) best.set(key, c);
  }
  return [...best.values()];
}

/**
 * A match report or a market column full of war words: several sentences of another domain
 * and no armed actor named means the violence is a figure of speech.
 */
function isFigurative(a: Annotated, cues: RegExp[]): boolean {
  const figurative = a.sentences.filter((s) => cues.some((re) => re.test(s.text))).length;
  const armed = a.actors.some((x) => !x.generic && ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'External/Other forces'].includes(x.type));
  return figurative >= 2 && !armed;
}

function headlines(a: Annotated): Span[] {
  const out: Span[] = [];
  for (const line of [a.doc.title, a.doc.summary]) {
    if (!line) continue;
    const at = a.doc.text.indexOf(line);
    if (at >= 0 && at < 2000) out.push({ start: at, end: at + line.length, text: line });
  }
  return out;
}

function isMetadataOnly(sentence: Sentence, a: Annotated): boolean {
  const title = a.doc.title ? a.doc.text.indexOf(a.doc.title) : -1;
  const isTitle = title >= 0 && sentence.start >= title && sentence.end <= title + a.doc.title!.length;
  return !isTitle && a.doc.metadataSpans.some((m) => sentence.start >= m.start && sentence.end <= m.end);
}

/** A sentence that only gives a toll ("At least seven people were killed") tells the toll of the event just reported. */
function attachTolls(events: CodedEvent[], a: Annotated): void {
  const { quantities } = loadEventData();
  const withEvent = new Set(events.map((e) => e.sentence));
  for (const sentence of a.sentences) {
    if (withEvent.has(sentence.index)) continue;
    const toll = fatalitiesIn(sentence.text, quantities);
    if (toll === null) continue;
    const host = [...events].reverse().find((e) => !e.headline && e.sentence < sentence.index && sentence.index - e.sentence <= CASUALTY_REACH &&
      e.info.disorder_type.includes('Political violence'));
    if (host) host.fatalities = lowestFigure(host.fatalities, toll);
  }
}

/**
 * "Two people were killed" after a report of shelling tells the shelling's toll; it is not a
 * separate attack on civilians unless it names its own perpetrator.
 */
function foldCasualtyReports(events: CodedEvent[]): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    const isBareKilling = e.info.event_type === 'Violence against civilians' && e.info.sub_event_type === 'Attack' && !e.actor1;
    const host = isBareKilling
      ? [...out].reverse().find((o) => !o.headline && e.sentence - o.sentence <= CASUALTY_REACH && e.sentence >= o.sentence &&
          (o.info.event_type === 'Explosions/Remote violence' || o.info.event_type === 'Battles'))
      : undefined;
    if (!host) { out.push(e); continue; }
    host.fatalities = lowestFigure(host.fatalities, e.fatalities);
    host.actor2 ??= e.actor2;
    host.evidence.push(...e.evidence);
  }
  return out;
}

/** ACLED aggregates: same sub-event type, same place, overlapping days are one record. */
function merge(events: CodedEvent[]): CodedEvent[] {
  const body = events.filter((e) => !e.headline);
  const out: CodedEvent[] = [];
  for (const e of [...body, ...events.filter((x) => x.headline)]) {
    const twin = out.find((o) => o.info === e.info && (e.headline || (samePlace(o, e) && datesOverlap(o, e))));
    if (!twin) { out.push(e); continue; }
    twin.triggers.push(...e.triggers);
    twin.evidence.push(...e.evidence.filter((s) => !twin.evidence.some((x) => x.start === s.start)));
    twin.headline ||= e.headline;
    // The statement that names both sides says best who was involved.
    if (!(twin.actor1 && twin.actor2) && e.actor1 && e.actor2) [twin.actor1, twin.actor2] = [e.actor1, e.actor2];
    twin.actor1 ??= e.actor1;
    twin.actor2 ??= e.actor2;
    twin.fatalities = lowestFigure(twin.fatalities, e.fatalities);
    twin.participants ??= e.participants;
    twin.certainty = betterCertainty(twin.certainty, e.certainty);
    if (!e.headline && e.date && twin.date && e.date.precision === 'range' && twin.date.precision !== 'range') twin.date = e.date;
  }
  return out;
}

/** A rumour later confirmed is no longer a rumour: the surest report wins. */
function betterCertainty(a: Certainty, b: Certainty): Certainty {
  return CERTAINTY_ORDER.indexOf(a) <= CERTAINTY_ORDER.indexOf(b) ? a : b;
}

function samePlace(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.place || !b.place) return !a.place && !b.place;
  const pa = a.place.place, pb = b.place.place;
  return pa.geonames_id !== null ? pa.geonames_id === pb.geonames_id : pa.name === pb.name;
}

function datesOverlap(a: CodedEvent, b: CodedEvent): boolean {
  if (!a.date || !b.date) return !a.date && !b.date;
  return a.date.start <= b.date.end && b.date.start <= a.date.end;
}

/** Most salient first: what the headline names, then the most reported, then text order. */
function order(events: CodedEvent[]): CodedEvent[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => Number(y.e.headline) - Number(x.e.headline) || y.e.evidence.length - x.e.evidence.length || x.i - y.i)
    .map(({ e }) => e);
}
