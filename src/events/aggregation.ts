// Step 3 of the event stage: kept mentions become ACLED events. ACLED's unit is one sub-event
// type, place and day; a story retells its incident in headline, lede, quotes and toll
// updates, and every retelling joins the one event through the one merge (merge.ts).
import type { Annotated } from '../model.js';
import { loadEventData } from './data.js';
import { loadReportabilityCues } from './reportability-data.js';
import { isTollUpdate, tollIn } from './quantities.js';
import { resolveDemonstrations } from './demonstrations.js';
import { kmBetween } from '../geo.js';
import { absorb, eventOf, headlineOnly, offerToll, placeSpecificity, told } from './merge.js';
import type { Judged } from './reportability.js';
import type { CodedEvent, Dropped, EventMention } from './mention.js';
import type { EventPattern } from './data.js';

/** How many sentences after an attack a bare casualty report still belongs to it. */
const CASUALTY_REACH = 3;
/** Two settlements this close are one place for ACLED's purposes (a town and its outskirts). */
const SAME_PLACE_KM = 25;
const DAY_MS = 86400000;

export interface Aggregated {
  events: CodedEvent[];
  dropped: Dropped[];
}

export function aggregate(judged: Judged, a: Annotated): Aggregated {
  const dropped: Dropped[] = [];
  const winners = byPrecedence(judged.kept.map((k) => k.mention));
  let events: CodedEvent[] = [];
  for (const m of winners.kept) {
    const e = eventOf(m);
    const host = hostFor(e, m, events, a);
    if (host) absorb(host.event, e, host.options);
    else events.push(e);
  }
  const eventOfMention = new Map<EventMention, CodedEvent>();
  for (const e of events) for (const m of e.mentions) eventOfMention.set(m, e);
  for (const [loser, winner] of winners.folded) {
    const host = eventOfMention.get(winner);
    if (host) absorb(host, eventOf(loser));
  }
  attachTolls(events, a);
  events = foldIntoTerritoryChange(resolveDemonstrations(events, a));
  events = foldIntoViolence(events);
  events = foldLooseHeadlines(events);
  const news = newsDate(events, a);
  events = events.filter((e) => {
    const why = unfounded(e, a) ?? outsideNewsWindow(e, news, a);
    if (why) for (const mention of e.mentions) dropped.push({ mention, reason: why });
    return !why;
  });
  for (const e of events) e.evidence = statingEvidence(e);
  return { events: order(events), dropped };
}

/**
 * The words that state the event: those of the mentions that tell it. A reference that joined
 * it ("condemned the attack") says it was told, not what happened; it is evidence only when
 * nothing else is.
 */
function statingEvidence(e: CodedEvent): CodedEvent['evidence'] {
  const telling = e.mentions.filter((m) => m.role !== 'reference');
  const spans = (telling.length ? telling : e.mentions).map((m) => m.evidence);
  const out: CodedEvent['evidence'] = [];
  const seen = new Set<string>();
  for (const s of [...spans].sort((x, y) => x.start - y.start)) if (!seen.has(`${s.start}:${s.end}`)) { seen.add(`${s.start}:${s.end}`); out.push(s); }
  return out.length ? out : e.evidence;
}

/**
 * One mention per event type in a clause: ACLED's precedence decides between tactics, and
 * the tactic that loses is told as part of the one that wins.
 */
function byPrecedence(mentions: EventMention[]): { kept: EventMention[]; folded: [EventMention, EventMention][] } {
  const { salience } = loadEventData();
  // Among strategic developments and violence against civilians, the one a headline names
  // (a town changing hands outranks the withdrawal that let it happen).
  const bySalience = (type: string) => type === 'Strategic developments' || type === 'Violence against civilians';
  const rank = (m: EventMention) => bySalience(m.info.event_type) ? salience.get(m.info.sub_event_type) ?? 99 : m.info.rank;
  const best = new Map<string, EventMention>();
  // One clause that lists towns tells one incident a town.
  const keyOf = (m: EventMention, type = m.info.event_type) => `${m.clause.start}|${type}|${m.place?.how === 'sentence' ? m.place.place.start : ''}`;
  for (const m of mentions) {
    const key = keyOf(m);
    const held = best.get(key);
    if (!held || rank(m) < rank(held)) best.set(key, m);
  }
  // "mortar rounds landed ..., in what officials called an attack": the attack named without a
  // weapon is the remote strike the clause also names, not a second battle.
  for (const m of best.values()) {
    if (m.info.event_type !== 'Battles' || m.trigger.pattern.id !== 'frame.assault') continue;
    const remote = best.get(keyOf(m, 'Explosions/Remote violence'));
    if (remote) best.set(keyOf(m), remote);
  }
  const winners = new Set(best.values());
  const kept = mentions.filter((m) => winners.has(m));
  const folded = mentions.filter((m) => !winners.has(m))
    .map((m): [EventMention, EventMention | undefined] => [m, best.get(keyOf(m))])
    .filter((pair): pair is [EventMention, EventMention] => !!pair[1]);
  return { kept, folded };
}

interface Host { event: CodedEvent; options?: Parameters<typeof absorb>[2] }

/** The event a new mention tells again, if any: the first rule that finds one decides. */
function hostFor(e: CodedEvent, m: EventMention, events: CodedEvent[], a: Annotated): Host | null {
  const recent = [...events].reverse();
  const violent = (x: CodedEvent) => x.info.event_type === 'Explosions/Remote violence' || x.info.event_type === 'Battles';
  // A toll told after the attack ("at least nine people were killed", "the toll rose to 12"),
  // by no named hand, is that attack's toll, whatever word the killing was told with.
  // "They shot two guards at the gate": a pronoun is a hand, though no actor is named.
  const pronoun = /\b(?:they|he|she|we|I)\s+(?:\w+\s+)?$/i.test(a.doc.text.slice(m.clause.start, m.trigger.start));
  const noHand = !pronoun && (!m.actor1 || m.actor1.rule === 'unidentified-author' || m.actor1.type === 'Civilians');
  const bareKilling = noHand && (m.trigger.pattern.id.startsWith('frame.killing') ||
    (m.info.event_type === 'Violence against civilians' && m.info.sub_event_type === 'Attack'));
  if (bareKilling) {
    const tollUpdate = /\b(?:toll|rose|risen|climbed|increased)\b/i.test(m.clause.text);
    const near = (x: CodedEvent) => violent(x) && (tollUpdate || (!headlineOnly(x) && m.sentence.index - lastSentence(x) <= CASUALTY_REACH));
    // A toll told of a place goes to what happened there ("In Odesa, ... killed a guard").
    const host = recent.find((x) => near(x) && m.place?.how === 'sentence' && samePlace(x, e)) ?? recent.find((x) => near(x) && compatiblePlace(x, e));
    if (host) return { event: host };
  }
  // "The device exploded", "wounded in the battle": a definite description tells again an event already told.
  const definite = /\b(?:the|this|that)\s+(?:\w+\s+)?$/i.test(a.doc.text.slice(Math.max(0, m.trigger.start - 25), m.trigger.start));
  if (definite && !m.headline) {
    const reach = (m.trigger.pattern as EventPattern).fallback ? Infinity : CASUALTY_REACH;
    const host = recent.find((x) => x.info.event_type === m.info.event_type && m.sentence.index - lastSentence(x) <= reach);
    if (host) return { event: host };
  }
  // The same incident told again: same sub-event type, nothing in the text setting place or day apart.
  // A headline names its incident loosely ("in the Homs desert"): the body's telling joins it wherever it sets it.
  const twin = events.find((x) => x.info === e.info && compatiblePlace(x, e) && (e.headline || x.headline || compatibleDate(x, e))) ??
    events.find((x) => x.info === e.info && headlineOnly(x) !== e.headline);
  if (twin) return { event: twin };
  // ACLED's atomic record: a suicide bombing told again as "set off his explosive vest" is one Suicide bomb.
  const atomic = e.info.event_type === 'Explosions/Remote violence' || e.info.event_type === 'Battles';
  if (atomic && !e.headline) {
    const tactic = events.find((x) => x.info.event_type === e.info.event_type && !headlineOnly(x) && samePlace(x, e) && compatibleDate(x, e));
    if (tactic) {
      // The tactic a clause states outranks the one a noun names ("a strike on the port").
      if (e.info.rank < tactic.info.rank && m.form === 'verbal') tactic.info = e.info;
      return { event: tactic };
    }
  }
  return null;
}

/** The sentence of an event's latest mention: how far back a retelling reaches is counted from there. */
function lastSentence(e: CodedEvent): number {
  return e.lastSentence;
}

/** Places set an incident apart only when both are told in their own clause and lie apart. */
function compatiblePlace(x: CodedEvent, y: CodedEvent): boolean {
  const p = x.place, q = y.place;
  if (!p || !q || p.how !== 'sentence' || q.how !== 'sentence') return true;
  if (placeSpecificity(p) < 3 || placeSpecificity(q) < 3) {
    return !p.place.country_code || !q.place.country_code || p.place.country_code === q.place.country_code;
  }
  return kmBetween(p.place, q.place) <= SAME_PLACE_KM;
}

/** Days set an incident apart only when both are told as days in their own clause, by mentions that tell it. */
function compatibleDate(x: CodedEvent, y: CodedEvent): boolean {
  if (!told(x) || !told(y)) return true;
  const d = x.date, e = y.date;
  // A date from outside the narrative (the dateline, the publication) says nothing of the incident.
  const inText = (t: typeof d) => !!t && t.how !== 'published' && t.how !== 'dateline';
  if (!inText(d) || !inText(e) || (d!.how !== 'sentence' && e!.how !== 'sentence')) return true;
  const slack = x.info.event_type === 'Battles' ? 3 : 1;
  return Date.parse(d!.start) <= Date.parse(e!.end) + slack * DAY_MS && Date.parse(e!.start) <= Date.parse(d!.end) + slack * DAY_MS;
}

function samePlace(x: CodedEvent, y: CodedEvent): boolean {
  if (!x.place || !y.place) return !x.place && !y.place;
  const p = x.place.place, q = y.place.place;
  return p.geonames_id !== null ? p.geonames_id === q.geonames_id : p.name === q.name;
}

/** A sentence that only gives a toll ("At least nine people were killed") tells the toll of the event just reported. */
function attachTolls(events: CodedEvent[], a: Annotated): void {
  const { quantities } = loadEventData();
  const withEvent = new Set(events.flatMap((e) => e.mentions.map((m) => m.sentence.index)));
  for (const sentence of a.sentences) {
    if (withEvent.has(sentence.index)) continue;
    const toll = tollIn(sentence.text, quantities);
    if (toll === null) continue;
    const host = [...events].reverse().find((e) => !headlineOnly(e) && e.sentence < sentence.index && sentence.index - lastSentence(e) <= CASUALTY_REACH &&
      e.info.disorder_type.includes('Political violence'));
    if (!host) continue;
    const start = sentence.start + toll.start, end = sentence.start + toll.end;
    offerToll(host, toll.value, { start, end, text: a.doc.text.slice(start, end) }, isTollUpdate(sentence.text, quantities));
  }
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
      [...same].reverse().find((t) => t.sentence < e.sentence && e.sentence - lastSentence(t) <= CASUALTY_REACH) ?? same.find((t) => samePlace(t, e));
    if (!host) { out.push(e); continue; }
    absorb(host, e, { sides: 'opponent' });
  }
  return out;
}

/** What an attack or a battle brings with it rather than being an incident of its own. */
const PART_OF_VIOLENCE = new Set(['Change to group/activity', 'Looting/property destruction', 'Non-violent transfer of territory']);

/**
 * "The attackers withdrew", "the army sent reinforcements", "two vehicles were burned": told
 * within a few sentences of a battle or an attack at that place and day, they are its course,
 * not incidents of their own.
 */
function foldIntoViolence(events: CodedEvent[]): CodedEvent[] {
  const violence = events.filter((e) => e.info.disorder_type.includes('Political violence') && !PART_OF_VIOLENCE.has(e.info.sub_event_type));
  if (!violence.length) return events;
  const out: CodedEvent[] = [];
  for (const e of events) {
    const host = PART_OF_VIOLENCE.has(e.info.sub_event_type)
      ? violence.find((v) => v !== e && compatibleDate(v, e) &&
          e.mentions.some((m) => nearSentence(sentencesOf(v), m.sentence.index)))
      : undefined;
    if (host) absorb(host, e, { sides: 'keep' });
    else out.push(e);
  }
  return out;
}

/**
 * A headline names its incident loosely ("raid on camp" for an attack on civilians): told
 * only there, it is the body's incident of the same kind of disorder at that place and day.
 */
function foldLooseHeadlines(events: CodedEvent[]): CodedEvent[] {
  const out = events.filter((e) => !headlineOnly(e));
  for (const e of events.filter(headlineOnly)) {
    const body = out.find((x) => x.info.disorder_type === e.info.disorder_type && compatiblePlace(x, e) && compatibleDate(x, e));
    if (body) absorb(body, e, { sides: 'keep' });
    else out.push(e);
  }
  return events.filter((e) => out.includes(e));
}

function datesOverlap(x: CodedEvent, y: CodedEvent): boolean {
  if (!x.date || !y.date) return !x.date && !y.date;
  return x.date.start <= y.date.end && y.date.start <= x.date.end;
}

const sentenceSets = new WeakMap<CodedEvent, Set<number>>();

/** The sentences an event is told in (made once an event). */
function sentencesOf(e: CodedEvent): Set<number> {
  let set = sentenceSets.get(e);
  if (!set || set.size === 0) { set = new Set(e.mentions.map((m) => m.sentence.index)); sentenceSets.set(e, set); }
  return set;
}

/** A sentence within a few of one of `sentences`. */
function nearSentence(sentences: Set<number>, index: number): boolean {
  for (let d = -CASUALTY_REACH; d <= CASUALTY_REACH; d++) if (sentences.has(index + d)) return true;
  return false;
}

/**
 * An event founded on references alone ("the attack", "condemned the arrest") is coded only
 * when the headline or the lede names it: an incident told elsewhere is not this report's news.
 */
function unfounded(e: CodedEvent, a: Annotated): string | null {
  if (e.mentions.some((m) => m.role === 'assertion')) return null;
  // What the headline or the lede names is what the story is about ("UN chief condemns the killing of protesters").
  if (isSubject(e, a)) return null;
  return `only named, never told: "${e.mentions[0].trigger.text}"`;
}

/** Sentences of the body a lede takes: what a story opens with is what it is about. */
const LEDE_SENTENCES = 2;

const ledes = new WeakMap<Annotated, Set<number>>();

/** The sentences of the lede: the first of the body (found once a document). */
function ledeOf(a: Annotated): Set<number> {
  let lede = ledes.get(a);
  if (!lede) {
    lede = new Set();
    for (const s of a.sentences) {
      if (a.doc.metadataSpans.some((m) => s.start >= m.start && s.end <= m.end) || (a.doc.title && s.text === a.doc.title)) continue;
      lede.add(s.index);
      if (lede.size === LEDE_SENTENCES) break;
    }
    ledes.set(a, lede);
  }
  return lede;
}

/** The story is about it: its headline or its lede tells it. */
function isSubject(e: CodedEvent, a: Annotated): boolean {
  const lede = ledeOf(a);
  return e.headline || e.mentions.some((m) => lede.has(m.sentence.index));
}

/**
 * What happened well before the report's news is its background, unless the story is about it.
 */
function outsideNewsWindow(e: CodedEvent, news: string | null, a: Annotated): string | null {
  if (!news || !e.date) return null;
  if (Date.parse(e.date.start) > Date.parse(news) + DAY_MS) return `not yet: dated ${e.date.start}, after the report's news (${news})`;
  if (isSubject(e, a)) return null;
  const windowDays = loadReportabilityCues().news_window_days;
  const gap = (Date.parse(news) - Date.parse(e.date.end)) / DAY_MS;
  if (gap > windowDays) return `news window: dated ${e.date.end}, ${Math.round(gap)} days before the report's news (${news})`;
  const vague = e.date.precision === 'month' || e.date.precision === 'year' ||
    (Date.parse(e.date.end) - Date.parse(e.date.start)) / DAY_MS > 14;
  if (vague && e.date.how === 'sentence') return `news window: told only as "${e.date.mention?.text ?? e.date.start}", not as a day of the report's news`;
  return null;
}

/**
 * The day of the report's news: that of the incident its headline or lede tells (a blog post
 * may tell in October what happened in June), else its publication or dateline date, else
 * the latest day its text gives.
 */
function newsDate(events: CodedEvent[], a: Annotated): string | null {
  const told = events.filter((e) => isSubject(e, a) && e.date && e.date.how !== 'published' && e.date.how !== 'dateline').map((e) => e.date!.end).sort();
  if (told.length) return told.at(-1)!;
  const anchor = a.doc.published ?? a.doc.dateline?.date ?? null;
  if (anchor && /^\d{4}-\d{2}-\d{2}/.test(anchor)) return anchor.slice(0, 10);
  const days = a.times.filter((t) => t.range && t.precision === 'day').map((t) => t.range!.end).sort();
  return days.at(-1) ?? null;
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
