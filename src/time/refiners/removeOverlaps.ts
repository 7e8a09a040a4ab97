// Among overlapping drafts keep the longest; on equal length the higher priority, then the
// earlier recogniser in the configuration.
import type { Draft, Refiner } from '../types.js';

export const removeOverlaps: Refiner<Draft> = {
  name: 'remove-overlaps',
  refine(drafts) {
    const ranked = drafts
      .map((d, order) => ({ d, order }))
      .sort((a, b) => (b.d.end - b.d.start) - (a.d.end - a.d.start) || (b.d.priority ?? 0) - (a.d.priority ?? 0) || a.order - b.order);
    // The kept drafts never overlap, so sorted by start their ends are sorted too: a new draft
    // overlaps one of them exactly when the last one starting before its end reaches past its
    // start. One binary search per draft instead of a comparison with every kept one.
    const kept: Draft[] = [];
    for (const { d } of ranked) {
      const i = firstStartingAtOrAfter(kept, d.end);
      if (i > 0 && kept[i - 1].end > d.start) continue;
      kept.splice(i, 0, d);
    }
    return kept;
  },
};

/** Index of the first draft in `sorted` (by start) whose start is at or after `at`. */
function firstStartingAtOrAfter(sorted: Draft[], at: number): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < at) lo = mid + 1; else hi = mid;
  }
  return lo;
}
