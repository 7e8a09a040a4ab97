// Word-level view of a text for dictionary matching (aliases, cue words): cheap and
// independent of the NLP model, so data files match the way a reader would expect.
import { eachMatch } from './matches.js';

export interface Word {
  start: number;
  end: number;
  text: string;
  lower: string;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

export function words(text: string, from = 0, to = text.length): Word[] {
  const out: Word[] = [];
  const slice = text.slice(from, to);
  eachMatch(WORD, slice, (m) => {
    const start = from + m.index;
    out.push({ start, end: start + m[0].length, text: m[0], lower: m[0].toLowerCase() });
  });
  return out;
}

/** Splits a phrase into the lower-cased word keys `words` would produce. */
export function wordKeys(phrase: string): string[] {
  return words(phrase).map((w) => w.lower);
}

/** A phrase written entirely in capitals and digits ("IS", "HTS") must match exactly. */
export function isCaseSensitive(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && phrase === phrase.toUpperCase();
}
