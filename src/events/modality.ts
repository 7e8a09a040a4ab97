// Decides whether a trigger states an event that happened, and how sure the text is of it:
// memories, hypotheticals, negations, questions and metaphors are not events.
import type { Certainty, Sentence } from '../model.js';
import type { ModalityCues } from './data.js';

export type Modality =
  | { factual: true; certainty: Certainty; reason: string }
  | { factual: false; reason: 'memory' | 'hypothetical' | 'negated' | 'question' | 'metaphor' | 'slogan' };

export function modalityOf(sentence: Sentence, triggerStart: number, cues: ModalityCues): Modality {
  const text = sentence.text;
  const any = (list: RegExp[], s: string) => list.some((re) => re.test(s));
  if (any(cues.memory_sentence, text)) return { factual: false, reason: 'memory' };
  if (any(cues.question_sentence, text)) return { factual: false, reason: 'question' };
  if (any(cues.metaphor_sentence, text)) return { factual: false, reason: 'metaphor' };
  if (/^[“"«].*!["”»]?$/s.test(text.trim())) return { factual: false, reason: 'slogan' };
  // Only cues in the trigger's own clause, before it, scope over it.
  const clause = clauseBefore(text.slice(0, triggerStart - sentence.start));
  if (any(cues.negation_before, clause.slice(-40))) return { factual: false, reason: 'negated' };
  if (any(cues.hypothetical_before, clause)) return { factual: false, reason: 'hypothetical' };
  if (any(cues.rumour_sentence, text)) return { factual: true, certainty: 'rumoured', reason: 'rumour cue' };
  if (any(cues.claim_sentence, text)) return { factual: true, certainty: 'claimed', reason: 'claim cue' };
  return { factual: true, certainty: 'reported', reason: 'plain statement' };
}

/**
 * The part of `before` after the last clause boundary (":", ";", a dash, "but", "that"):
 * in "I could understand that we had found an agreement" the modal does not reach the agreement.
 */
function clauseBefore(before: string): string {
  const boundary = /[:;]|\s[–—]\s|\b(?:but|that|and then|so)\b/gi;
  let cut = -1;
  for (const m of before.matchAll(boundary)) cut = (m.index ?? 0) + m[0].length;
  return cut >= 0 ? before.slice(cut) : before;
}
