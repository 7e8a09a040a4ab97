// "Monday, Nov. 18" and "Friday Nov. 22": a weekday that introduces a written date is part of it.
import type { Draft, Refiner } from '../types.js';

export const mergeWeekdayWithDate: Refiner<Draft> = {
  name: 'merge-weekday-with-date',
  refine(drafts, text) {
    const out: Draft[] = [];
    for (let i = 0; i < drafts.length; i++) {
      const a = drafts[i], b = drafts[i + 1];
      if (b && a.rule === 'weekday' && b.rule.startsWith('chrono-date') && !b.clock && /^,?\s*(?:the\s+)?$/.test(text.slice(a.end, b.start))) {
        out.push({ ...b, start: a.start, rule: `${b.rule}+weekday` });
        i++;
      } else out.push(a);
    }
    return out;
  },
};
