// Who did what to whom: picks the two sides of an event from the actors in its sentence.
import type { ActorMention, Sentence } from '../model.js';
import type { TriggerMatch } from './triggers.js';

export interface EventSides {
  actor1: ActorMention | null;
  actor2: ActorMention | null;
}

const ONE_SIDED = new Set(['Peaceful protest', 'Violent demonstration', 'Headquarters or base established', 'Change to group/activity']);
const AGAINST_CIVILIANS = new Set(['Attack', 'Abduction/forced disappearance', 'Sexual violence']);

/** "police said", "according to residents": the source of a report, not a party to the event. */
const SOURCE_AFTER = /^\s*(?:,\s*)?(?:\w+\s+)?(?:said|say|says|told|reported|confirmed|stated|added|reached by|quoted|speaking)\b/i;
const SOURCE_BEFORE = /\b(?:according to|quoting|told|sources? (?:in|within|close to))\s+(?:the\s+|a\s+|local\s+)*$/i;

export function sidesOf(trigger: TriggerMatch, sentence: Sentence, actors: ActorMention[]): EventSides {
  const text = sentence.text;
  const isSource = (a: ActorMention) => SOURCE_AFTER.test(text.slice(a.end - sentence.start, a.end - sentence.start + 30)) ||
    SOURCE_BEFORE.test(text.slice(Math.max(0, a.start - sentence.start - 30), a.start - sentence.start));
  const inSentence = actors.filter((a) => a.start >= sentence.start && a.end <= sentence.end && !isSource(a));
  const sub = trigger.pattern.sub_event_type;
  const between = betweenPair(sentence, inSentence);
  if (between) return between;
  const before = inSentence.filter((a) => a.end <= trigger.start);
  const after = inSentence.filter((a) => a.start >= trigger.end);
  // Passive voice: "... were killed by gunmen" puts the agent after the trigger.
  const agentAfter = after.find((a) => /\bby\s+(?:the\s+)?$/i.test(sentence.text.slice(0, a.start - sentence.start).slice(-20)));
  let actor1: ActorMention | null = agentAfter ?? before.at(-1) ?? null;
  let actor2: ActorMention | null = (agentAfter ? before.at(-1) : after.find((a) => !sameSide(a, actor1))) ?? null;
  if (AGAINST_CIVILIANS.has(sub)) {
    // ACLED puts the victims second, whatever the word order.
    const victims = inSentence.find((a) => a.type === 'Civilians') ?? null;
    const armed = inSentence.find((a) => a.type !== 'Civilians' && a.type !== 'Protesters') ?? null;
    actor1 = armed;
    actor2 = victims;
  }
  if (trigger.pattern.info.event_type === 'Protests') {
    // ACLED puts the demonstrators first and whoever intervened second.
    const protesters = inSentence.find((a) => a.type === 'Protesters') ?? null;
    if (protesters) {
      const other = [actor1, actor2].find((a) => a && a !== protesters && !sameSide(a, protesters)) ?? null;
      [actor1, actor2] = [protesters, sub === 'Peaceful protest' ? null : other];
    }
  }
  // Unarmed people are the targets of political violence, never its authors.
  if (actor1?.type === 'Civilians' && trigger.pattern.info.disorder_type.includes('Political violence')) [actor1, actor2] = [null, actor2 ?? actor1];
  if (actor1 && actor2 && sameSide(actor1, actor2)) actor2 = null;
  if (ONE_SIDED.has(sub)) actor2 = null;
  if (!actor1 && actor2 && !AGAINST_CIVILIANS.has(sub) && actor2.type !== 'Civilians') [actor1, actor2] = [actor2, null];
  return { actor1, actor2 };
}

/** "between our troops and those of the Islamic State", "between X and Y". */
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
