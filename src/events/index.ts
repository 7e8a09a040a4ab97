// Event stage: triggers in sentences, filtered by modality, given sides, a date, a place and
// counts, then merged the way ACLED aggregates (one record per type, place and day).
import type { ActorMention, Annotated, Certainty, Sentence, Span } from '../model.js';
import { loadEventData, type EventPattern, type SubEventInfo } from './data.js';
import { findTriggers, type TriggerMatch } from './triggers.js';
import { findFrames, type FrameMatch } from './frames.js';
import { contextVeto } from './contexts.js';
import { resolveDemonstrations } from './demonstrations.js';
import { modalityOf } from './modality.js';
import { sidesOf } from './arguments.js';
import { associatesOf } from '../actors/index.js';
import { dateOf, dateIsBackground, sentenceIsBackground, type EventDate } from './dating.js';
import { placeOf, type EventPlace } from './locating.js';
import { fatalitiesIn, lowestFigure, participantsIn } from './quantities.js';
import { insideAny } from '../text/spans.js';

export { loadEventData } from './data.js';

export interface CodedEvent {
  info: SubEventInfo;
  triggers: TriggerMatch[];
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Backers and allies the text ties to each side ("Turkish-backed", "loyal to"): ACLED's assoc_actor_1/2. */
  assoc1: ActorMention[];
  assoc2: ActorMention[];
  date: EventDate | null;
  place: EventPlace | null;
  fatalities: number | null;
  participants: { low: number; high: number; text: string; start: number } | null;
  certainty: Certainty;
  evidence: Span[];
  /** Stated in the title or standfirst: what a headline would name. */
  headline: boolean;
  /** Told in a subordinate clause ("after", "following", "amid"): the background of its sentence's news. */
  subordinate: boolean;
  sentence: number;
}

/** How many sentences after an attack a bare casualty report still belongs to it. */
const CASUALTY_REACH = 3;

const HABITUAL = /\b(?:frequent(?:ly)?|regular(?:ly)?|daily|constant(?:ly)?|continued|continuing|ongoing|repeated(?:ly)?|sporadic|intermittent|every day|kept|persist\w*)\b/i;
/** Words that open a clause telling what led to the sentence's news. */
const SUBORDINATE = /\b(?:after|following|amid|amidst|since|in the wake of|in the aftermath of|ahead of|despite|over|mourn|against)\b/i;
const PERCEPTION = /\b(?:I|we)\s+(?:saw|heard|watched|witnessed|could see|could hear)\b/;
const ARMED_TYPES = new Set(['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'External/Other forces']);
const CERTAINTY_ORDER: Certainty[] = ['eyewitness', 'reported', 'claimed', 'rumoured'];

export function codeEvents(a: Annotated): CodedEvent[] {
  const data = loadEventData();
  const headlineSpans = headlines(a);
  const found: CodedEvent[] = [];
  if (isFigurative(a, data.modality.metaphor_sentence)) return [];
  for (const sentence of a.sentences) {
    if (isMetadataOnly(sentence, a) || sentenceIsBackground(sentence, a)) continue;
    const candidates = triggersIn(sentence, a)
      .map((t) => ({ t, modality: modalityOf(sentence, t.start, data.modality) }))
      .filter((c) => c.modality.factual && !contextVeto(sentence, c.t.pattern, a.actors, data.modality));
    for (const { t, modality } of pickByPrecedence(candidates)) {
      if (!modality.factual) continue;
      const headline = headlineSpans.some((h) => sentence.start >= h.start && sentence.end <= h.end);
      const event = codeOne(sentence, t, modality.certainty, headline, a);
      if (!dateIsBackground(event.date, a)) found.push(event);
    }
  }
  attachTolls(found, a);
  const refined = foldTactics(foldAnaphora(foldIntoTerritoryChange(resolveDemonstrations(foldCasualtyReports(found), a)), a));
  return order(merge(refined));
}

/**
 * Word triggers and frames of one sentence. A word trigger inside a frame's clause that the
 * frame takes as its argument ("seized two IEDs") is no event of its own.
 */
function triggersIn(sentence: Sentence, a: Annotated): TriggerMatch[] {
  const data = loadEventData();
  const frames = findFrames(sentence, data.frames, a.actors, a.places, a.doc.text);
  const words = findTriggers(sentence, data.patterns).filter((t) => !frames.some((f) =>
    f.consumes.has(t.pattern.info.event_type) && t.start >= f.scope.start && t.end <= f.scope.end));
  const all = [...frames, ...words];
  // "Two soldiers were killed when a bomb went off": the killing is the toll of the tactic.
  const violent = (t: TriggerMatch) => t.pattern.info.disorder_type.includes('Political violence');
  // "A roadside bomb kills two soldiers", "blew himself up, killing three": a killing told beside
  // a tactic is that tactic's toll, not a battle or an attack of its own.
  const isKilling = (t: TriggerMatch) => t.pattern.id === 'frame.killing';
  const kept = all.filter((t) => !isKilling(t) || !all.some((o) => o !== t && violent(o) && !isKilling(o)));
  return kept.sort((x, y) => x.start - y.start);
}

/** Unarmed people fighting each other are a mob, not a battle. */
function retype(t: TriggerMatch, sides: { actor1: ActorMention | null; actor2: ActorMention | null }): TriggerMatch {
  if (t.pattern.sub_event_type !== 'Armed clash') return t;
  const types = [sides.actor1?.type, sides.actor2?.type];
  const armed = types.some((x) => x && ARMED_TYPES.has(x));
  if (armed || !types.some((x) => x === 'Civilians' || x === 'Rioters')) return t;
  const info = loadEventData().taxonomy.get('Mob violence')!;
  return { ...t, pattern: { id: `${t.pattern.id}>mob`, sub_event_type: info.sub_event_type, info } };
}

function codeOne(sentence: Sentence, found: TriggerMatch, certainty: Certainty, headline: boolean, a: Annotated): CodedEvent {
  const { quantities } = loadEventData();
  const sides = sidesOf(found, sentence, a);
  const t = retype(found, sides);
  const inSentence = a.actors.filter((x) => x.start >= sentence.start && x.end <= sentence.end);
  const assoc = (m: ActorMention | null) => m ? associatesOf(m, inSentence, sentence.text, sentence.start)
    .filter((x) => x !== sides.actor1 && x !== sides.actor2 && !sameActor(x, sides.actor1) && !sameActor(x, sides.actor2)) : [];
  const habitual = /s$/i.test(t.text.split(/\s/)[0]) || HABITUAL.test(sentence.text);
  const narratorTakesPart = [sides.actor1, sides.actor2].some((x) => x?.narrator);
  const witnessed = certainty === 'reported' && (narratorTakesPart || PERCEPTION.test(sentence.text));
  const participants = participantsIn(sentence.text, quantities);
  return {
    info: t.pattern.info,
    triggers: [t],
    ...sides,
    assoc1: assoc(sides.actor1),
    assoc2: assoc(sides.actor2),
    date: dateOf(sentence, t.start, habitual, a),
    place: placeOf(sentence, t.start, a),
    fatalities: fatalitiesIn(sentence.text, quantities),
    participants: participants && { ...participants, start: sentence.start + sentence.text.indexOf(participants.text) },
    certainty: witnessed ? 'eyewitness' : certainty,
    evidence: [evidenceOf(sentence, t, a)],
    headline,
    subordinate: SUBORDINATE.test(clauseHead(a.doc.text.slice(sentence.start, t.start))),
    sentence: sentence.index,
  };
}

/** The text of the trigger's clause before it: from the last ",", ";" or ":" on. */
function clauseHead(before: string): string {
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(':'));
  return cut >= 0 ? before.slice(cut + 1) : before;
}

/**
 * The sentence, less a dateline it opens with ("SIRTE, Libya, 4 March 2023 —") and less the
 * clauses that tell what came before ("..., hours after they had called for a sit-in"): the
 * words that state the event.
 */
function evidenceOf(sentence: Sentence, t: TriggerMatch, a: Annotated): Span {
  let start = sentence.start;
  let end = sentence.end;
  for (const m of a.doc.metadataSpans) if (m.start <= start && m.end > start && m.end < sentence.end) start = m.end;
  const text = a.doc.text;
  const clauses = [...text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BEFORE_NEWS),
    ...text.slice(sentence.start, sentence.end).matchAll(COORDINATED_CLAUSE)];
  for (const m of clauses) {
    const at = sentence.start + (m.index ?? 0);
    if (at >= t.end && at < end) end = at;
    else if (at + m[0].length <= t.start && at + 1 > start) start = at + 1;
  }
  while (start < end && /[\s,;]/.test(text[start])) start++;
  while (end > start && /[\s,;]/.test(text[end - 1])) end--;
  return { start, end, text: text.slice(start, end) };
}

/** A clause boundary that opens what led to the news: ", hours after ...", "; before that ...". */
const CLAUSE_BEFORE_NEWS = /[,;]\s+(?:(?:hours|days|weeks|shortly|moments|minutes|a day|a week|soon|just|only|two days|three days)\s+)?(?:after|before|following|since|because|amid|ahead of)\b/gi;

/**
 * Where a sentence joins a second statement with its own subject ("... from Palmyra and Russian
 * warplanes were heard ...", "; residents said", ", but the fighting was light"): the evidence
 * is the statement that holds the trigger.
 */
const COORDINATED_CLAUSE = /;\s|,?\s(?:and|but|while|though|although|whereas)\s(?=(?:the\s+|a\s+|an\s+)?[\p{L}'-]+\s+(?:[\p{L}'-]+\s+)?(?:were|was|had|have|has|are|is|did|could|would)\b)/giu;

/** One event per event type in a sentence: ACLED's precedence decides between tactics. */
function pickByPrecedence<T extends { t: TriggerMatch }>(candidates: T[]): T[] {
  const { salience } = loadEventData();
  // ACLED's precedence among tactics; among strategic developments and violence against
  // civilians, the one a headline names (a town changing hands outranks the withdrawal that let
  // it happen; an abduction outranks the raid it was carried out in).
  const bySalience = (type: string) => type === 'Strategic developments' || type === 'Violence against civilians';
  const rank = (c: T) => bySalience(c.t.pattern.info.event_type) ? salience.get(c.t.pattern.sub_event_type) ?? 99 : c.t.pattern.info.rank;
  const best = new Map<string, T>();
  for (const c of candidates) {
    const key = c.t.pattern.info.event_type;
    const held = best.get(key);
    if (!held || rank(c) < rank(held)) best.set(key, c);
  }
  // "mortar rounds landed ..., in what officials called an attack by the militants": the attack
  // a sentence names without a weapon is the remote strike it also names, not a second battle.
  const battle = best.get('Battles');
  if (battle && best.has('Explosions/Remote violence') && battle.t.pattern.id === 'frame.assault') best.delete('Battles');
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
  return !isTitle && insideAny(sentence, a.doc.metadataSpans);
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
    // A toll told after the attack ("At least seven people were killed, a commander said"),
    // by no named hand, is that attack's toll, whatever word the killing was told with.
    const noHand = !e.actor1 || e.actor1.rule === 'unidentified-author' || e.actor1.type === 'Civilians';
    const isBareKilling = noHand && e.triggers.every((t) => t.pattern.id === 'frame.killing' || t.pattern.id.startsWith('frame.killing>')) ||
      (e.info.event_type === 'Violence against civilians' && e.info.sub_event_type === 'Attack' && noHand);
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

/**
 * ACLED: a battle that ends with ground changing hands is one territory record (precedence
 * over Armed clash). The clash told on the same day in the same sentence, the same headline,
 * the sentences just after, or at the same place is folded into the takeover, its toll with it.
 */
function foldIntoTerritoryChange(events: CodedEvent[]): CodedEvent[] {
  const TERRITORY = new Set(['Government regains territory', 'Non-state actor overtakes territory', 'Non-violent transfer of territory', 'Agreement']);
  // What a takeover or a deal absorbs: the battle that won the ground, the withdrawal that left it.
  const absorbs = (host: CodedEvent, e: CodedEvent) => e.info.sub_event_type === 'Change to group/activity' ||
    (e.info.sub_event_type === 'Armed clash' && host.info.event_type === 'Battles');
  const takeovers = events.filter((e) => TERRITORY.has(e.info.sub_event_type));
  if (!takeovers.length) return events;
  const out: CodedEvent[] = [];
  for (const e of events) {
    const same = takeovers.filter((t) => t !== e && absorbs(t, e) && datesOverlap(t, e));
    const host = same.find((t) => t.sentence === e.sentence) ?? same.find((t) => t.headline && e.headline) ??
      [...same].reverse().find((t) => t.sentence < e.sentence && e.sentence - t.sentence <= CASUALTY_REACH) ?? same.find((t) => samePlace(t, e));
    if (!host) { out.push(e); continue; }
    host.fatalities = lowestFigure(host.fatalities, e.fatalities);
    host.actor2 ??= e.actor1 && !sameActor(e.actor1, host.actor1) ? e.actor1 : e.actor2;
    host.evidence.push(...e.evidence.filter((s) => !host.evidence.some((x) => x.start === s.start)));
    host.triggers.push(...e.triggers);
  }
  return out;
}

/** "The device exploded", "killed in the fighting": a definite description tells again an event already told. */
function foldAnaphora(events: CodedEvent[], a: Annotated): CodedEvent[] {
  const out: CodedEvent[] = [];
  for (const e of events) {
    const t = e.triggers[0];
    const definite = /\b(?:the|this|that)\s+(?:\w+\s+)?$/i.test(a.doc.text.slice(Math.max(0, t.start - 25), t.start));
    // "the explosions" with no device named can only mean the blasts already told, however far back.
    const reach = (t.pattern as EventPattern).fallback ? Infinity : CASUALTY_REACH;
    const host = definite && !e.headline
      ? [...out].reverse().find((o) => o.info.event_type === e.info.event_type && o.sentence < e.sentence && e.sentence - o.sentence <= reach)
      : undefined;
    if (!host) { out.push(e); continue; }
    absorb(host, e);
  }
  return out;
}

/**
 * ACLED's atomic record: one event type, place and day. A suicide bombing told again as
 * "detonated explosives" is one Suicide bomb; the tactic with precedence names the record.
 */
function foldTactics(events: CodedEvent[]): CodedEvent[] {
  const ATOMIC = new Set(['Explosions/Remote violence', 'Battles']);
  const out: CodedEvent[] = [];
  for (const e of [...events].sort((x, y) => x.info.rank - y.info.rank)) {
    const host = ATOMIC.has(e.info.event_type)
      ? out.find((o) => o.info.event_type === e.info.event_type && o.info !== e.info && !e.headline && !o.headline && samePlace(o, e) && datesOverlap(o, e))
      : undefined;
    if (!host) { out.push(e); continue; }
    absorb(host, e);
  }
  return events.filter((e) => out.includes(e));
}

/** Backers and allies told in any of an event's sentences stay with the side they back. */
function mergeAssociates(host: CodedEvent, e: CodedEvent): void {
  const add = (list: CodedEvent['assoc1'], from: CodedEvent['assoc1'], side: ActorMention | null) => {
    for (const x of from) if (!list.some((y) => y.actorId === x.actorId) && !sameActor(x, side)) list.push(x);
  };
  if (sameActor(host.actor1, e.actor1) || !e.actor1) add(host.assoc1, e.assoc1, host.actor1);
  if (sameActor(host.actor2, e.actor2) || !e.actor2) add(host.assoc2, e.assoc2, host.actor2);
}

function absorb(host: CodedEvent, e: CodedEvent): void {
  mergeAssociates(host, e);
  host.fatalities = lowestFigure(host.fatalities, e.fatalities);
  host.triggers.push(...e.triggers);
  host.evidence.push(...e.evidence.filter((s) => !host.evidence.some((x) => x.start === s.start)));
  host.actor1 ??= e.actor1;
  host.actor2 ??= e.actor2 && !sameActor(e.actor2, host.actor1) ? e.actor2 : null;
  host.headline ||= e.headline;
}

function sameActor(a: ActorMention | null, b: ActorMention | null): boolean {
  return !!a && !!b && a.actorId === b.actorId;
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
    mergeAssociates(twin, e);
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

/**
 * Most salient first: what the headline names, then the most reported, then what the lead
 * sentence states (its main clause before its "after ..." clause; among several types, the one
 * a headline would name: data/events/taxonomy.json `salience`), then text order.
 */
function order(events: CodedEvent[]): CodedEvent[] {
  const { salience } = loadEventData();
  const rank = (e: CodedEvent) => salience.get(e.info.sub_event_type) ?? 99;
  return events
    .map((e, i) => ({ e, i }))
    .sort((x, y) => Number(y.e.headline) - Number(x.e.headline) || y.e.evidence.length - x.e.evidence.length ||
      x.e.sentence - y.e.sentence || Number(x.e.subordinate) - Number(y.e.subordinate) || rank(x.e) - rank(y.e) || x.i - y.i)
    .map(({ e }) => e);
}
