// Expressions that count from speech time: "today", "yesterday", "last week", "earlier this year",
// "next month", "this weekend", "late last year".
import { addDays, addMonths, dayRes, monthRes, quarterRes, weekRes, weekendRes, yearRes, bare, type YMD } from '../calendar.js';
import { speech } from '../anchoring.js';
import { partsOfDay } from '../lexicon.js';
import type { Anchors, Resolution } from '../types.js';
import { PART_OF_DAY, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const MODIFIER = '(?:(?:early|late|later|earlier|mid|the end of|the beginning of|the start of|the middle of|the rest of|the first half of|the second half of)[- ])?';

const DAY_OFFSET: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1, 'the day before yesterday': -2, 'the day after tomorrow': 2 };

/** "today", "yesterday", "the day before yesterday", "tomorrow morning", "yesterday afternoon". */
export const deicticDays = regexRecogniser('deictic-day',
  re(`\\b(?:(mid-?afternoon|early|late)\\s+)?(the day before yesterday|the day after tomorrow|today|tonight|yesterday|tomorrow)(?:'s)?(?:\\s+(${PART_OF_DAY}))?\\b`),
  (m) => {
    const word = m[2].toLowerCase();
    const part = m[3] ? partsOfDay[m[3].toLowerCase()] : m[1] && /afternoon/i.test(m[1]) ? 'AF' : null;
    // a trailing possessive belongs to the noun phrase, not the expression
    const end = m.index + m[0].length - (/'s$/.test(m[0]) ? 2 : 0);
    return {
      end,
      type: part ? 'TIME' : 'DATE',
      resolve(a: Anchors): Resolution {
        const s = speech(a);
        if (!s) return bare(part ? `XXXX-XX-XXT${part}` : 'XXXX-XX-XX');
        const day = addDays(s.day, DAY_OFFSET[word]);
        const r = dayRes(day, s.kind);
        return part ? { ...r, value: `${r.value}T${part}`, precision: 'time' } : r;
      },
    };
  }, /today|tonight|yesterday|tomorrow/i);

/** "this morning", "last night", "this afternoon": parts of the speech day. */
export const deicticPartsOfDay = regexRecogniser('deictic-part-of-day',
  re(`\\b(?:(?:early|late)\\s+)?(this|last|that)\\s+(${PART_OF_DAY})\\b|\\b(overnight)\\b`),
  (m) => {
    const det = (m[1] ?? '').toLowerCase();
    const part = partsOfDay[(m[2] ?? m[3]).toLowerCase()];
    return {
      type: 'TIME',
      resolve(a) {
        // "that night", "the morning" continue the narrative; "this morning", "last night" the speech day
        const base = det === 'that' || det === 'the' ? (a.narrative ? { day: a.narrative, kind: 'narrative' as const } : speech(a)) : speech(a);
        if (!base) return bare(`XXXX-XX-XXT${part}`);
        const day = det === 'last' ? addDays(base.day, -1) : base.day;
        return { ...dayRes(day, base.kind), value: `${dayRes(day, base.kind).value}T${part}`, precision: 'time' };
      },
    };
  });

/** A comparison of figures just before the expression: "up from $8 million", "compared to a loss of". */
const COMPARISON_BEFORE = /\b(?:compared (?:with|to)|up from|down from|from|versus)\b[^.;:]*[$#\d][^.;:]*$/i;

type Unit = 'week' | 'weekend' | 'month' | 'year' | 'quarter';

function shifted(day: YMD, unit: Unit, n: number): YMD {
  switch (unit) {
    case 'week': case 'weekend': return addDays(day, 7 * n);
    case 'month': return addMonths(day, n);
    case 'quarter': return addMonths(day, 3 * n);
    case 'year': return addMonths(day, 12 * n);
  }
}

export function calendarUnitRes(day: YMD, unit: Unit, kind: Resolution['anchor']): Resolution {
  switch (unit) {
    case 'week': return weekRes(day, kind);
    case 'weekend': return weekendRes(day, kind);
    case 'month': return monthRes(day.y, day.m, kind);
    case 'quarter': return quarterRes(day.y, Math.floor((day.m - 1) / 3) + 1, kind);
    case 'year': return yearRes(day.y, kind);
  }
}

const UNKNOWN: Record<Unit, string> = { week: 'XXXX-WXX', weekend: 'XXXX-WXX-WE', month: 'XXXX-XX', quarter: 'XXXX-QX', year: 'XXXX' };

/** "this week", "last month", "next year", "earlier this year", "the past year", "the current quarter". */
export const deicticPeriods = regexRecogniser('deictic-period',
  re(`\\b${MODIFIER}(this|last|next|the past|the previous|the coming|the current|the following|the last|the next|this past|this coming)\\s+(?:fiscal\\s+)?(week|weekend|month|year|quarter)\\b(?!s|-)`),
  (m, text) => {
    const det = m[1].toLowerCase();
    const unit = m[2].toLowerCase() as Unit;
    // "the last year of the siege", "the next month of talks" speak of another period
    if (/^the (last|next|following|previous)$/.test(det) && /^\s+(of|in|when|that|before|after)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    const offset = /last|past|previous/.test(det) ? -1 : /next|coming|following/.test(det) ? 1 : 0;
    const anaphoric = det === 'the following' || det === 'the previous';
    // "up from $8 million last year", "compared to a loss last year": in a quarterly report the
    // comparison is with the same quarter of last year
    const comparison = det === 'last' && unit === 'year' && !/^\s*'s\b/.test(text.slice(m.index + m[0].length))
      && COMPARISON_BEFORE.test(text.slice(Math.max(0, m.index - 70), m.index));
    return {
      type: 'DATE',
      resolve(a) {
        if (comparison && a.focusQuarter) return quarterRes(a.focusQuarter.year - 1, a.focusQuarter.quarter, speech(a)?.kind ?? 'none');
        const told = a.narrativePeriod ?? a.narrative;
        const base = anaphoric && told ? { day: told, kind: 'narrative' as const } : speech(a);
        if (!base) return bare(UNKNOWN[unit]);
        return calendarUnitRes(shifted(base.day, unit, offset), unit, base.kind);
      },
    };
  });
