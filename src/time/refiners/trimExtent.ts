// Extents never start or end on spaces or punctuation left over by optional pattern parts.
import type { Draft, Refiner } from '../types.js';

export const trimExtent: Refiner<Draft> = {
  name: 'trim-extent',
  refine(drafts, text) {
    for (const d of drafts) {
      while (d.start < d.end && /[\s,]/.test(text[d.start])) d.start++;
      while (d.end > d.start && /[\s,]/.test(text[d.end - 1])) d.end--;
      // "on April 4." – the full stop after a number ends the sentence, not the date
      if (text[d.end - 1] === '.' && /\d/.test(text[d.end - 2] ?? '')) d.end--;
    }
    return drafts.filter((d) => d.end > d.start);
  },
};
