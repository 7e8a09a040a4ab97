// Shifts from an anchor: "two weeks ago" (speech time), "three days later", "a year earlier",
// "the next day", "the day before" (narrated time).
import { addDays, addMonths, bare, dayRes, monthRes, quarterRes, yearRes, weekRes, type YMD } from '../calendar.js';
import { narrative, speech } from '../anchoring.js';
import { quantity } from '../lexicon.js';
import type { Anchors, Resolution } from '../types.js';
import { COUNT, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade';
const unitOf = (w: string): Unit | null => {
  const u = w.toLowerCase().replace(/s$/, '');
  return (['day', 'week', 'month', 'quarter', 'year', 'decade'] as const).find((x) => x === u) ?? null;
};

function shift(day: YMD, unit: Unit, n: number): YMD {
  switch (unit) {
    case 'day': return addDays(day, n);
    case 'week': return addDays(day, 7 * n);
    case 'month': return addMonths(day, n);
    case 'quarter': return addMonths(day, 3 * n);
    case 'year': return addMonths(day, 12 * n);
    case 'decade': return addMonths(day, 120 * n);
  }
}

/** The shifted moment at the granularity of the unit: "two years ago" → a year, "three days later" → a day. */
function atGranularity(day: YMD, unit: Unit, kind: Resolution['anchor']): Resolution {
  switch (unit) {
    case 'day': return dayRes(day, kind);
    case 'week': return weekRes(day, kind);
    case 'month': return monthRes(day.y, day.m, kind);
    case 'quarter': return quarterRes(day.y, Math.floor((day.m - 1) / 3) + 1, kind);
    case 'year': case 'decade': return yearRes(day.y, kind);
  }
}

function resolveShift(a: Anchors, unit: Unit, n: number, fromSpeech: boolean): Resolution {
  const base = fromSpeech ? speech(a) : narrative(a);
  // "a year earlier" in an earnings story compares quarters: the same quarter a year before
  if (unit === 'year' && Number.isInteger(n) && a.focusQuarter) {
    return quarterRes(a.focusQuarter.year + n, a.focusQuarter.quarter, base?.kind ?? 'none');
  }
  if (!base) return bare('XXXX-XX-XX');
  return atGranularity(shift(base.day, unit, n), unit, base.kind);
}

/** "two weeks ago", "a year earlier", "three days later", "a few days before", "a month from now". */
export const unitOffsets = regexRecogniser('unit-offset',
  re(`\\b(?:(?:about|almost|nearly|some|more than|less than|over|roughly|around|just|only|barely)\\s+)?(${COUNT})[- ](day|week|month|quarter|year|decade)s?\\s+(ago|earlier|later|before|after|afterwards|from now|hence|previously|back)\\b(?!\\s+(?:than|that)\\b)`),
  (m, text) => {
    const unit = unitOf(m[2]);
    if (!unit) return null;
    const n = quantity(m[1]);
    if (n === undefined) return null;
    const dir = m[3].toLowerCase();
    // focus adverbs stay outside the extent ("just a year ago"); quantity modifiers stay in ("nearly three weeks ago")
    const start = m.index + (/^(?:just|only|barely)\s+/i.exec(m[0])?.[0].length ?? 0);
    // "two days after the attack", "a week after the airline cancelled flights" anchor on an event, not on a
    // date we know: the expression is the stretch between the two ("two days"), the preposition stays out
    if ((dir === 'before' || dir === 'after') && !/^\s*(?:[,.;:)!?]|$)/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 3))) {
      return { start, end: m.index + m[0].length - m[3].length - 1, type: 'DURATION', resolve: () => bare(durationValue(unit, n)) };
    }
    const sign = /ago|earlier|before|previously|back/.test(dir) ? -1 : 1;
    const fromSpeech = /ago|from now|hence|back/.test(dir);
    if (n === null) {
      // "a few years ago" is some time in the past; "a few days later" names no date, only a stretch
      if (fromSpeech) return { start, type: 'DATE', resolve: () => bare(sign < 0 ? 'PAST_REF' : 'FUTURE_REF') };
      return { start, end: m.index + m[0].length - m[3].length - 1, type: 'DURATION', resolve: () => bare(durationValue(unit, null)) };
    }
    return { start, type: 'DATE', resolve: (a) => resolveShift(a, unit, sign * n, fromSpeech) };
  });

function durationValue(unit: Unit, n: number | null): string {
  const letter = { day: 'D', week: 'W', month: 'M', quarter: 'Q', year: 'Y', decade: 'DE' }[unit];
  return `P${n === null ? 'X' : n}${letter}`;
}

const PERIOD_NOUNS = 'period|quarter|third quarter|fourth quarter|first quarter|second quarter|nine months|six months|results';

/** "year-earlier", "year-ago": adjectives for the same period a year before. */
export const yearAgoAdjective = regexRecogniser('year-ago-adjective',
  re(`\\b(?:the\\s+(?=year[- ](?:earlier|ago)\\s+(?:${PERIOD_NOUNS})\\b))?year[- ](?:earlier|ago)(?:\\s+(?:${PERIOD_NOUNS}))?\\b`),
  () => ({ type: 'DATE', resolve: (a) => resolveShift(a, 'year', -1, true) }), /year[- ](?:earlier|ago)/i);

const NEXT_PREV: Record<string, number> = { next: 1, following: 1, previous: -1, preceding: -1, prior: -1 };

/**
 * "the next day", "the following week", "the previous day", "the day before", "the day after", "that day".
 * "the day before" only at the end of a clause: "the day before police moved in" is dated by an event.
 */
export const narrativeSteps = regexRecogniser('narrative-step',
  re(`\\b(?:(?:earlier|later|early|late)\\s+)?(?:the\\s+(next|following|previous|preceding|prior)\\s+(day|morning|evening|night|week|month|year)|the\\s+(day|night|week)\\s+(before|after)(?=\\s*(?:[,.;:!?)'"]|$))|(that same|that|the same)\\s+(day|morning|afternoon|evening|night|week|month|year))\\b`),
  (m) => {
    let n = 0, unitWord: string;
    if (m[1]) { n = NEXT_PREV[m[1].toLowerCase()]; unitWord = m[2]; }
    else if (m[3]) { n = m[4].toLowerCase() === 'before' ? -1 : 1; unitWord = m[3]; }
    else { unitWord = m[6]; }
    const u = unitWord.toLowerCase();
    // "the next morning" names a day; only "that night" style phrases keep the part of day
    const part = m[6] ? ({ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' } as Record<string, string>)[u] : undefined;
    if (!part && !['day', 'week', 'month', 'year'].includes(u)) {
      return { type: 'DATE', resolve(a) { const base = narrative(a); return base ? dayRes(addDays(base.day, n), base.kind) : bare('XXXX-XX-XX'); } };
    }
    const unit: Unit = part ? 'day' : (u as Unit);
    return {
      type: part ? 'TIME' : 'DATE',
      resolve(a) {
        const coarse = (unit === 'year' || unit === 'month') && a.narrativePeriod ? { day: a.narrativePeriod, kind: 'narrative' as const } : null;
        const base = coarse ?? narrative(a);
        if (!base) return bare('XXXX-XX-XX');
        const r = atGranularity(shift(base.day, unit, n), unit, base.kind);
        return part ? { ...r, value: `${r.value}T${part}`, precision: 'time' } : r;
      },
    };
  });
