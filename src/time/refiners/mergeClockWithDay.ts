// "8 p.m. Tuesday", "noon Thursday", "Friday at 9 a.m.": a clock time next to a day
// expression becomes one TIME on that day.
import { bare, timeRes, parseIso } from '../calendar.js';
import type { Draft, Refiner } from '../types.js';

const GAP_AFTER_CLOCK = /^\s*(?:\(?[A-Z]{2,4}\)?\s*)?,?\s*(?:on\s+)?$/;
const GAP_AFTER_DAY = /^\s*,?\s*(?:at\s+|around\s+|about\s+)?$/;

function merged(clockDraft: Draft, dayDraft: Draft, start: number, end: number): Draft {
  const { hour, minute } = clockDraft.clock!;
  return {
    start, end, type: 'TIME', rule: `${dayDraft.rule}+clock`, priority: dayDraft.priority,
    resolve(a) {
      const r = dayDraft.resolve(a);
      const day = r.range && r.range.start === r.range.end ? parseIso(r.range.start) : null;
      if (!day) return bare(`${r.value.split('T')[0]}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`, 'time', r.anchor);
      return timeRes(day, hour, minute, r.anchor);
    },
  };
}

const isDay = (d: Draft) => d.type === 'DATE' && !d.clock && /weekday|chrono|deictic-day|ordinal/.test(d.rule);

export const mergeClockWithDay: Refiner<Draft> = {
  name: 'merge-clock-with-day',
  refine(drafts, text) {
    const out: Draft[] = [];
    for (let i = 0; i < drafts.length; i++) {
      const a = drafts[i], b = drafts[i + 1];
      if (b && a.clock && isDay(b) && GAP_AFTER_CLOCK.test(text.slice(a.end, b.start))) {
        out.push(merged(a, b, a.start, b.end)); i++;
      } else if (b && b.clock && isDay(a) && GAP_AFTER_DAY.test(text.slice(a.end, b.start))) {
        out.push(merged(b, a, a.start, b.end)); i++;
      } else out.push(a);
    }
    return out;
  },
};
