// When recognisers disagree about a stretch of text, the longest reading wins, then the one with
// the higher priority, then the earlier recogniser in the configuration.
import type { Draft, Refiner } from '../types.js';

export const removeOverlaps: Refiner<Draft> = {
  name: 'remove-overlaps',
  refine(drafts) {
    const ranked = drafts
      .map((d, order) => ({ d, order }))
      .sort((a, b) => (b.d.end - b.d.start) - (a.d.end - a.d.start) || (b.d.priority ?? 0) - (a.d.priority ?? 0) || a.order - b.order);
    const kept: Draft[] = [];
    for (const { d } of ranked) {
      if (!kept.some((k) => d.start < k.end && k.start < d.end)) kept.push(d);
    }
    return kept.sort((a, b) => a.start - b.start);
  },
};
