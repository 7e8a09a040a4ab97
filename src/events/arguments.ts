// Who did what to whom: picks the two sides of an event from the actors in its sentence.
// The subject of the trigger's clause acts; the object of a frame ("stormed a Somali army
// base") or a passive subject ("three guards were killed") is the target; an attack whose
// author the text does not name is coded to an unidentified armed group, as ACLED does.
import type { ActorMention, Annotated, Sentence } from '../model.js';
import type { TriggerMatch } from './triggers.js';
import type { FrameMatch } from './frames.js';
import { ARMED_TYPES as ARMED } from './actors.js';
import { spanAt, spansWithin } from '../text/spans.js';

export interface EventSides {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
}

const ONE_SIDED = new Set(['Peaceful protest', 'Violent demonstration', 'Headquarters or base established', 'Change to group/activity']);
const AGAINST_CIVILIANS = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);
/** Tactics whose author ACLED codes as an unidentified armed group when the text names none. */
const UNIDENTIFIED_AUTHOR = new Set(['Remote explosive/landmine/IED', 'Suicide bomb', 'Grenade', 'Attack', 'Abduction/forced disappearance', 'Sexual violence']);

/** "police said", "according to residents": the source of a report, not a party to the event. */
const SOURCE_AFTER = /^\s*(?:,\s*)?(?:\w+\s+)?(?:said|say|says|told|reported|confirmed|stated|added|reached by|quoted|speaking)\b/i;
const SOURCE_BEFORE = /\b(?:according to|quoting|told|sources? (?:in|within|close to))\s+(?:the\s+|a\s+|local\s+)*$/i;
/** "suspected the Taliban", "blamed on X": suspicion names no side. */
const SUSPECTED_BEFORE = /\b(?:suspect(?:ed|s)?|blam(?:ed|es|ing)(?: it)? on|accus(?:ed|es|ing)|believed to be)\s+(?:the\s+)?$/i;
/** A preposition before an actor: "a crackdown on militants" names no subject. */
const GOVERNED_BEFORE = /\b(?:on|against|from|with|of|for|at|to|into|near|towards?|targeting|in)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?$/i;
/** "Three guards were killed", "the patrol was hit": the actor suffered the event. */
const VICTIM_AFTER = /^(?:\s+\w+){0,3}?\s+(?:were|was|have been|had been|has been|are|being)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|targeted|struck|abducted|kidnapped|attacked|ambushed|shot|taken)\b/i;

export function sidesOf(trigger: TriggerMatch, sentence: Sentence, a: Annotated): EventSides {
  const text = sentence.text;
  const rel = (x: number) => x - sentence.start;
  const isSource = (m: ActorMention) => SOURCE_AFTER.test(text.slice(rel(m.end), rel(m.end) + 30)) ||
    SOURCE_BEFORE.test(text.slice(Math.max(0, rel(m.start) - 30), rel(m.start))) ||
    SUSPECTED_BEFORE.test(text.slice(Math.max(0, rel(m.start) - 30), rel(m.start)));
  // A backer named in "Iranian-backed militias" or "militias backed by Iran" is an associate, not a side.
  const backing = (m: ActorMention) => m.rule === 'backer' || /\b(?:backed|supported|armed|funded|sponsored)\s+by\s+(?:the\s+)?$|\b(?:loyal|allied|affiliated|aligned)\s+(?:to|with)\s+(?:the\s+)?$/i
    .test(text.slice(Math.max(0, rel(m.start) - 30), rel(m.start)));
  const inSentence = spansWithin(a.actors, sentence.start, sentence.end).filter((m) => !isSource(m) && !backing(m));
  const sub = trigger.pattern.sub_event_type;
  const between = betweenPair(sentence, inSentence);
  if (between) return finish(trigger, between, a, inSentence);
  // A trigger that names its actor ("a mob beat", "rioters torched") counts it as the subject.
  const before = inSentence.filter((m) => m.end <= trigger.start || (m.start <= trigger.start && m.end > trigger.start));
  const after = inSentence.filter((m) => m.start >= trigger.end);
  const governed = (m: ActorMention) => GOVERNED_BEFORE.test(text.slice(Math.max(0, rel(m.start) - 25), rel(m.start)));
  const victim = (m: ActorMention) => VICTIM_AFTER.test(text.slice(rel(m.end), rel(m.end) + 60));
  // Passive voice: "... were killed by gunmen" puts the agent after the trigger.
  const agentAfter = after.find((m) => /\bby\s+(?:the\s+)?$/i.test(text.slice(0, rel(m.start)).slice(-20)));
  const frame = 'object' in trigger ? (trigger as FrameMatch) : null;
  const objectActor = frame ? inSentence.find((m) => m.start < frame.object.end && frame.object.start < m.end && m.start >= trigger.start - 1) ?? null : null;
  // "The group claimed the bombing": whoever claims the attack carried it out.
  const claimant = inSentence.find((m) => /^\s+(?:has\s+|have\s+)?claim(?:ed|s)?\s+(?:responsibility|credit)\b/i.test(text.slice(rel(m.end), rel(m.end) + 40))) ?? null;
  const subject = claimant ?? before.find((m) => !governed(m) && !victim(m)) ?? null;
  let actor1: ActorMention | null = agentAfter ?? subject ?? (frame?.passive ? null : before.filter((m) => !victim(m)).at(-1)) ?? null;
  let actor2: ActorMention | null = null;
  if (frame?.passive && !agentAfter) {
    // "The base was attacked": the object stands before the verb.
    actor2 = objectActor ?? before.find((m) => victim(m)) ?? null;
    if (actor1 === actor2) actor1 = null;
  } else if (objectActor && objectActor !== actor1) {
    actor2 = objectActor;
  } else if (agentAfter) {
    actor2 = before.find((m) => !sameSide(m, agentAfter)) ?? null;
  } else {
    actor2 = coordinated(actor1, inSentence, text, sentence) ?? before.find((m) => victim(m) && m !== actor1) ??
      after.find((m) => !sameSide(m, actor1)) ?? null;
  }
  if (AGAINST_CIVILIANS.has(sub)) {
    // ACLED puts the victims second, whatever the word order.
    const victims = inSentence.find((m) => m.type === 'Civilians') ?? null;
    const armed = (actor1 && actor1.type !== 'Civilians' && actor1.type !== 'Protesters' ? actor1 : null) ??
      inSentence.find((m) => m.type !== 'Civilians' && m.type !== 'Protesters' && !victim(m)) ?? null;
    actor1 = armed;
    actor2 = victims ?? (actor2 && actor2 !== armed ? actor2 : null);
  }
  if (trigger.pattern.info.event_type === 'Protests' || trigger.pattern.info.event_type === 'Riots') {
    // ACLED puts the demonstrators first and whoever intervened second; traders or students who
    // march are coded as protesters (rioters when violent).
    const crowdType = trigger.pattern.info.event_type === 'Riots' ? 'Rioters' : 'Protesters';
    const crowd = inSentence.find((m) => m.type === 'Protesters' || m.type === 'Rioters') ??
      (actor1?.type === 'Civilians' ? actor1 : null);
    const protesters = crowd && crowd.type === 'Civilians' ? asCrowd(crowd, crowdType) : crowd;
    if (crowd && crowd !== protesters && actor2 === crowd) actor2 = null;
    if (protesters) {
      const other = [actor1, actor2].find((m) => m && m !== protesters && !sameSide(m, protesters)) ?? null;
      [actor1, actor2] = [protesters, sub === 'Peaceful protest' ? null : other];
    }
  }
  if (actor1 === null && actor2 === null && trigger.pattern.info.event_type === 'Riots') return { actor1, actor2 };
  return finish(trigger, { actor1, actor2 }, a, inSentence);
}

function finish(trigger: TriggerMatch, sides: EventSides, a: Annotated, inSentence: ActorMention[]): EventSides {
  let { actor1, actor2 } = sides;
  const sub = trigger.pattern.sub_event_type;
  // Unarmed people are the targets of political violence, never its authors.
  if (actor1?.type === 'Civilians' && trigger.pattern.info.disorder_type.includes('Political violence')) [actor1, actor2] = [null, actor2 ?? actor1];
  if (actor1 && actor2 && sameSide(actor1, actor2)) actor2 = null;
  if (ONE_SIDED.has(sub)) actor2 = null;
  if (!actor1 && actor2 && UNIDENTIFIED_AUTHOR.has(sub)) actor1 = unidentified(trigger, actor2, a, inSentence);
  if (!actor1 && actor2 && !AGAINST_CIVILIANS.has(sub) && actor2.type !== 'Civilians' && !UNIDENTIFIED_AUTHOR.has(sub)) [actor1, actor2] = [actor2, null];
  return { actor1, actor2 };
}

/** Civilians who demonstrate are coded as the crowd: "Protesters (Nigeria)". */
export function asCrowd(m: ActorMention, type: 'Protesters' | 'Rioters'): ActorMention {
  const country = /\(([^)]+)\)\s*$/.exec(m.name)?.[1];
  return { ...m, type, name: country ? `${type} (${country})` : type, actorId: `generic:${type.toLowerCase()}`, rule: `${m.rule}>crowd` };
}

/** ACLED's "Unidentified Armed Group (<country>)" for an attack nobody is named for. */
function unidentified(trigger: TriggerMatch, target: ActorMention, a: Annotated, inSentence: ActorMention[]): ActorMention | null {
  if (!ARMED.has(target.type) && target.type !== 'Civilians') return null;
  const code = target.country ?? inSentence.find((m) => m.country)?.country ?? null;
  const country = code ? a.places.find((p) => p.country_code === code)?.country ?? null : null;
  const name = country ? `Unidentified Armed Group (${country})` : 'Unidentified Armed Group';
  // The words that describe the unnamed hand ("gunmen", "the bombers"), else the trigger that implies it.
  const said = describedHand(trigger, a);
  return { ...(said ?? { start: trigger.start, end: trigger.end, text: trigger.text }), actorId: 'generic:unidentified-gunmen', name, type: 'Political militia',
    country: code, parentId: null, narrator: false, generic: true, rule: 'unidentified-author' };
}

/** Words for an attacker no one names, in the trigger's sentence. */
const HAND = /\b(?:(?:unknown|unidentified|suspected|masked|armed)\s+(?:men|gunmen|assailants|attackers|militants|fighters|bombers?)|gunm[ae]n|assailants?|attackers?|bombers?|kidnappers?|abductors?|raiders|armed men|militants)\b/i;

function describedHand(trigger: TriggerMatch, a: Annotated): { start: number; end: number; text: string } | null {
  const sentence = spanAt(a.sentences, trigger.start);
  if (!sentence) return null;
  const m = HAND.exec(sentence.text);
  if (!m) return null;
  const start = sentence.start + m.index;
  return { start, end: start + m[0].length, text: m[0] };
}

/** "Sudan's army and the RSF agreed": the second of a coordinated subject is the other side. */
function coordinated(first: ActorMention | null, actors: ActorMention[], text: string, sentence: Sentence): ActorMention | null {
  if (!first) return null;
  const next = actors.find((m) => m.start >= first.end && !sameSide(m, first));
  if (!next) return null;
  const joiner = text.slice(first.end - sentence.start, next.start - sentence.start);
  return /^\s*(?:and|&)\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}$/u.test(joiner) ? next : null;
}

/** "between our unit and those of the rebels", "between X and Y". */
function betweenPair(sentence: Sentence, actors: ActorMention[]): EventSides | null {
  const m = /\bbetween\b/i.exec(sentence.text);
  if (!m) return null;
  const from = sentence.start + m.index;
  const following = actors.filter((a) => a.start > from).slice(0, 4);
  const first = following[0];
  const second = following.find((a) => !sameSide(a, first));
  if (!first || !second) return null;
  const joiner = sentence.text.slice(first.end - sentence.start, second.start - sentence.start);
  return /\band\b|&/i.test(joiner) ? { actor1: first, actor2: second } : null;
}

export function sameSide(a: ActorMention | null, b: ActorMention | null): boolean {
  if (!a || !b) return false;
  return a.actorId === b.actorId || a.parentId === b.actorId || b.parentId === a.actorId;
}
