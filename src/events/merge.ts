// The one merge of the event stage: an event takes in another mention (or event) of the same
// incident. Evidence is the union, the toll ACLED's lowest figure with its words, the sides
// filled in where unknown, the place and date the most specific the text ties to the incident.
import type { Certainty } from '../model.js';
import type { CodedEvent, EventMention } from './mention.js';
import { sameActor } from './actors.js';
import type { EventPlace } from './locating.js';
import type { EventDate } from './dating.js';

const CERTAINTY_ORDER: Certainty[] = ['eyewitness', 'reported', 'claimed', 'rumoured'];

/** An event of one mention. */
export function eventOf(m: EventMention): CodedEvent {
  return {
    info: m.info,
    mentions: [m],
    triggers: [m.trigger],
    actor1: m.actor1,
    actor2: m.actor2,
    assoc1: [...m.assoc1],
    assoc2: [...m.assoc2],
    date: m.date,
    place: m.place,
    fatalities: m.toll?.value ?? null,
    fatalitiesMention: m.toll?.span ?? null,
    tollUpdated: m.toll?.update ?? false,
    participants: m.participants,
    certainty: m.certainty,
    certaintyCue: m.certaintyCue,
    evidence: [m.evidence],
    headline: m.headline,
    subordinate: m.subordinate,
    sentence: m.sentence.index,
    lastSentence: m.sentence.index,
  };
}

/** What an event already holds, for joining without a pass over all of it (an incident may be retold thousands of times). */
interface Held {
  of: EventMention[]; mentions: Set<EventMention>; triggers: Set<string>; evidence: Set<number>;
  /** How many of its mentions tell it (not references) and how many are outside the headline. */
  telling: number; body: number;
}
const held = new WeakMap<CodedEvent, Held>();

function heldBy(e: CodedEvent): Held {
  let h = held.get(e);
  // Made anew when the event's lists were replaced (a demonstration's merged record copies them).
  if (!h || h.of !== e.mentions || h.mentions.size !== e.mentions.length) {
    h = {
      of: e.mentions, mentions: new Set(e.mentions), triggers: new Set(e.triggers.map((t) => `${t.start}:${t.end}`)), evidence: new Set(e.evidence.map((s) => s.start)),
      telling: e.mentions.filter(isTelling).length, body: e.mentions.filter((m) => !m.headline).length,
    };
    held.set(e, h);
  }
  return h;
}

export interface AbsorbOptions {
  /** The other side of a takeover is whoever fought for the ground (the clash's other actor). */
  sides?: 'fill' | 'opponent' | 'keep';
}

/** `host` takes in `e`, told of the same incident. */
export function absorb(host: CodedEvent, e: CodedEvent, options: AbsorbOptions = {}): void {
  // Place and date first, while each side's mentions are still its own.
  const place = betterPlace(host, e), date = betterDate(host, e);
  const h = heldBy(host);
  for (const m of e.mentions) {
    if (h.mentions.has(m)) continue;
    h.mentions.add(m);
    host.mentions.push(m);
    if (isTelling(m)) h.telling++;
    if (!m.headline) h.body++;
  }
  for (const t of e.triggers) if (!h.triggers.has(`${t.start}:${t.end}`)) { h.triggers.add(`${t.start}:${t.end}`); host.triggers.push(t); }
  for (const s of e.evidence) if (!h.evidence.has(s.start)) { h.evidence.add(s.start); host.evidence.push(s); }
  mergeAssociates(host, e);
  if (e.fatalities !== null) offerToll(host, e.fatalities, e.fatalitiesMention, e.tollUpdated);
  if (options.sides === 'keep') {
    // The sides of a battle are not those of its withdrawal or reinforcement.
  } else if (options.sides === 'opponent') {
    host.actor2 ??= e.actor1 && !sameActor(e.actor1, host.actor1) ? e.actor1 : e.actor2;
  } else {
    // The statement that names both sides says best who was involved.
    if (!(host.actor1 && host.actor2) && e.actor1 && e.actor2) [host.actor1, host.actor2] = [e.actor1, e.actor2];
    host.actor1 ??= e.actor1;
    host.actor2 ??= e.actor2 && !sameActor(e.actor2, host.actor1) ? e.actor2 : null;
  }
  host.participants ??= e.participants;
  if (CERTAINTY_ORDER.indexOf(e.certainty) < CERTAINTY_ORDER.indexOf(host.certainty)) {
    host.certainty = e.certainty;
    host.certaintyCue = e.certaintyCue;
  }
  host.place = place;
  host.date = date;
  host.headline ||= e.headline;
  host.subordinate &&= e.subordinate;
  host.sentence = Math.min(host.sentence, e.sentence);
  host.lastSentence = Math.max(host.lastSentence, e.lastSentence);
}

/**
 * ACLED's lowest credible figure, of the count as it now stands: an update ("the toll rose to
 * 21") replaces the first counts, and a smaller figure told after it is a part of it ("18 of
 * the dead were brought to the hospital") or an outdated count.
 */
export function offerToll(host: CodedEvent, value: number, mention: CodedEvent['fatalitiesMention'], update: boolean): void {
  if (tollReplaces(host, value, update)) {
    host.fatalities = value;
    host.fatalitiesMention = mention;
  }
  host.tollUpdated ||= update;
}

function tollReplaces(host: CodedEvent, value: number, update: boolean): boolean {
  if (host.fatalities === null) return true;
  if (update) return !host.tollUpdated ? value > host.fatalities : value < host.fatalities;
  return !host.tollUpdated && value < host.fatalities;
}

/** Backers and allies told in any of an event's sentences stay with the side they back. */
function mergeAssociates(host: CodedEvent, e: CodedEvent): void {
  const add = (list: CodedEvent['assoc1'], from: CodedEvent['assoc1'], side: CodedEvent['actor1']) => {
    if (!from.length) return;
    const ids = new Set(list.map((y) => y.actorId));
    for (const x of from) if (!ids.has(x.actorId) && !sameActor(x, side)) { ids.add(x.actorId); list.push(x); }
  };
  if (sameActor(host.actor1, e.actor1) || !e.actor1) add(host.assoc1, e.assoc1, host.actor1);
  if (sameActor(host.actor2, e.actor2) || !e.actor2) add(host.assoc2, e.assoc2, host.actor2);
}

/** Only told in the headline, whose place and date are the story's, not the incident's. */
export const headlineOnly = (x: CodedEvent) => heldBy(x).body === 0;

/** Some mention states the incident; a reference ("the attack") is dated by the sentence that names it, not by it. */
export const told = (x: CodedEvent) => heldBy(x).telling > 0;
const isTelling = (m: EventMention) => m.role !== 'reference';

const PLACE_HOW: Record<EventPlace['how'], number> = { sentence: 2, narrative: 1, dateline: 0 };

export function placeSpecificity(p: EventPlace): number {
  const k = p.place.kind;
  return k === 'settlement' ? 3 : k === 'feature' ? 2 : k === 'admin1' || k === 'region' ? 1 : 0;
}

/** The place a body sentence ties to the incident beats the headline's; a town beats its province. */
function betterPlace(host: CodedEvent, e: CodedEvent): EventPlace | null {
  const a = host.place, b = e.place;
  if (!a || !b) return a ?? b;
  const score = (p: EventPlace, x: CodedEvent) => [Number(!headlineOnly(x)), PLACE_HOW[p.how], placeSpecificity(p)];
  const sa = score(a, host), sb = score(b, e);
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return sb[i] > sa[i] ? b : a;
  return a;
}

const DATE_HOW: Record<EventDate['how'], number> = { sentence: 3, since: 2, narrative: 1, dateline: 0, published: 0 };
const DATE_PRECISION: Record<EventDate['precision'], number> = { day: 4, range: 3, week: 2, month: 1, year: 0 };

/**
 * The date the text ties to the incident: its own sentence's before a narrated one, a day before
 * a month; of two days told, the earlier (later ones are toll updates and reactions), and a
 * range when a battle is told over several days.
 */
function betterDate(host: CodedEvent, e: CodedEvent): EventDate | null {
  const a = host.date, b = e.date;
  if (!a || !b) return a ?? b;
  if (told(host) !== told(e)) return told(host) ? a : b;
  if (headlineOnly(host) !== headlineOnly(e)) return headlineOnly(host) ? b : a;
  if (DATE_HOW[a.how] !== DATE_HOW[b.how]) return DATE_HOW[b.how] > DATE_HOW[a.how] ? b : a;
  if (host.info.event_type === 'Battles' && a.how === 'sentence' && b.how === 'sentence' && a.start !== b.start && days(a, b) <= 3) {
    return { ...a, start: a.start < b.start ? a.start : b.start, end: a.end > b.end ? a.end : b.end, precision: 'range' };
  }
  if (DATE_PRECISION[a.precision] !== DATE_PRECISION[b.precision]) return DATE_PRECISION[b.precision] > DATE_PRECISION[a.precision] ? b : a;
  return b.start < a.start ? b : a;
}

function days(a: EventDate, b: EventDate): number {
  return Math.abs(Date.parse(a.start) - Date.parse(b.start)) / 86400000;
}
