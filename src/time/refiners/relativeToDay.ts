// "the day before last Friday", "the day after Christmas", "the week of April 11": a step or a
// calendar unit taken from a day the text names. The named day's draft absorbs the phrase in front.
import { addDays, bare, dayRes, parseIso, weekRes } from '../calendar.js';
import type { Draft, Refiner } from '../types.js';

/** Drafts that name one day. */
const isDay = (d: Draft) => d.type === 'DATE' && !d.clock && /^(weekday|chrono-date|ordinal-day-of-month|holiday|deictic-day)/.test(d.rule);

const STEP = /\b(the\s+)?(day|week)\s+(before|after)\s+$/i;
const WEEK_OF = /\b(the\s+)?week\s+of\s+$/i;

function stepped(day: Draft, start: number, unit: 'day' | 'week', sign: number): Draft {
  return {
    start, end: day.end, type: 'DATE', rule: `${day.rule}+${unit}-${sign < 0 ? 'before' : 'after'}`, priority: day.priority,
    resolve(a) {
      const r = day.resolve(a);
      const d = r.range && r.range.start === r.range.end ? parseIso(r.range.start) : null;
      if (!d) return bare(unit === 'day' ? 'XXXX-XX-XX' : 'XXXX-WXX');
      return unit === 'day' ? dayRes(addDays(d, sign), r.anchor) : weekRes(addDays(d, 7 * sign), r.anchor);
    },
  };
}

function weekOf(day: Draft, start: number): Draft {
  return {
    start, end: day.end, type: 'DATE', rule: `${day.rule}+week-of`, priority: day.priority,
    resolve(a) {
      const r = day.resolve(a);
      const d = r.range && r.range.start === r.range.end ? parseIso(r.range.start) : null;
      return d ? weekRes(d, r.anchor) : bare('XXXX-WXX', 'week', r.anchor);
    },
  };
}

export const relativeToDay: Refiner<Draft> = {
  name: 'relative-to-day',
  refine(drafts, text) {
    const out: Draft[] = [];
    for (const d of drafts) {
      if (!isDay(d)) { out.push(d); continue; }
      const before = text.slice(Math.max(0, d.start - 24), d.start);
      const step = STEP.exec(before) ?? null;
      const week = step ? null : WEEK_OF.exec(before);
      const found = step ?? week;
      if (!found) { out.push(d); continue; }
      const start = d.start - before.length + found.index;
      // the phrase in front may already be a draft of its own ("the day before"): the longer reading replaces it
      while (out.length && out[out.length - 1].end > start) out.pop();
      out.push(step ? stepped(d, start, step[2].toLowerCase() as 'day' | 'week', step[3].toLowerCase() === 'before' ? -1 : 1) : weekOf(d, start));
    }
    return out;
  },
};
