// Finds event triggers in one sentence: the words that state that something happened.
import type { Sentence } from '../model.js';
import type { EventPattern } from './data.js';

export interface TriggerMatch {
  pattern: EventPattern;
  /** Offsets into the document text. */
  start: number;
  end: number;
  text: string;
}

export function findTriggers(sentence: Sentence, patterns: EventPattern[]): TriggerMatch[] {
  const out: TriggerMatch[] = [];
  for (const pattern of patterns) {
    if (pattern.requires && !pattern.requires.test(sentence.text)) continue;
    if (pattern.unless && pattern.unless.test(sentence.text)) continue;
    pattern.trigger.lastIndex = 0;
    for (const m of sentence.text.matchAll(pattern.trigger)) {
      const start = sentence.start + (m.index ?? 0);
      out.push({ pattern, start, end: start + m[0].length, text: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
