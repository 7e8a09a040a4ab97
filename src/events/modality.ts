// Decides whether a trigger states an event that happened, and how sure the text is of it:
// memories, hypotheticals, negations, questions and metaphors are not events.
import type { Certainty, Sentence, Span } from '../model.js';
import type { ModalityCues } from './data.js';
import { allMatches } from '../text/matches.js';

export type Modality =
  | { factual: true; certainty: Certainty; reason: string; cue: Span | null }
  | { factual: false; reason: 'memory' | 'hypothetical' | 'negated' | 'question' | 'metaphor' | 'slogan' };

interface SentenceCues { not: Modality | null; certainty: { certainty: Certainty; reason: string; cue: Span | null } }
const bySentence = new WeakMap<Sentence, SentenceCues>();

/** What the sentence as a whole says of all its triggers: read once per sentence. */
function sentenceCues(sentence: Sentence, cues: ModalityCues): SentenceCues {
  let known = bySentence.get(sentence);
  if (known) return known;
  const text = sentence.text;
  const any = (list: RegExp[]) => list.some((re) => re.test(text));
  const not: Modality | null = any(cues.memory_sentence) ? { factual: false, reason: 'memory' }
    : any(cues.question_sentence) ? { factual: false, reason: 'question' }
      : any(cues.metaphor_sentence) ? { factual: false, reason: 'metaphor' }
        : /^[“"«].*!["”»]?$/s.test(text.trim()) ? { factual: false, reason: 'slogan' } : null;
  const rumour = firstMatch(cues.rumour_sentence, sentence);
  const claim = rumour ? null : firstMatch(cues.claim_sentence, sentence);
  const certainty = rumour ? { certainty: 'rumoured' as const, reason: 'rumour cue', cue: rumour }
    : claim ? { certainty: 'claimed' as const, reason: 'claim cue', cue: claim }
      : { certainty: 'reported' as const, reason: 'plain statement', cue: null };
  known = { not, certainty };
  bySentence.set(sentence, known);
  return known;
}

export function modalityOf(sentence: Sentence, triggerStart: number, cues: ModalityCues): Modality {
  const text = sentence.text;
  const any = (list: RegExp[], s: string) => list.some((re) => re.test(s));
  const whole = sentenceCues(sentence, cues);
  if (whole.not) return whole.not;
  // Only cues in the trigger's own clause, before it, scope over it.
  const clause = clauseBefore(text.slice(0, triggerStart - sentence.start));
  if (any(cues.negation_before, clause.slice(-40))) return { factual: false, reason: 'negated' };
  if (any(cues.memory_before, text.slice(0, triggerStart - sentence.start).slice(-60))) return { factual: false, reason: 'memory' };
  if (any(cues.hypothetical_before, clause)) return { factual: false, reason: 'hypothetical' };
  return { factual: true, ...whole.certainty };
}

/**
 * The part of `before` after the last clause boundary (":", ";", a dash, "but", "that"):
 * in "I could tell that they had struck a deal" the modal does not reach the deal.
 */
function clauseBefore(before: string): string {
  const boundary = /\bso that\b|\bin order (?:to|that)\b|[:;]|\s[–—]\s|\b(?:but|that|and then|so|after|following)\b/gi;
  const last = allMatches(boundary, before).at(-1);
  if (!last) return before;
  // A purpose marker ("so that", "in order to") opens its clause and stays in it: what follows
  // is what the actors meant to happen, not what happened.
  return before.slice(last.index + (/^(?:so that|in order)/i.test(last[0]) ? 0 : last[0].length));
}

/** The words of the first cue that matches in the sentence, as a span of the document. */
function firstMatch(list: RegExp[], sentence: Sentence): Span | null {
  for (const re of list) {
    const m = re.exec(sentence.text);
    if (m && m[0]) {
      const start = sentence.start + m.index;
      return { start, end: start + m[0].length, text: m[0] };
    }
  }
  return null;
}
