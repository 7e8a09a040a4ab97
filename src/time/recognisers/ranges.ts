// Ranges written as one phrase: "from 3 to 5 May", "3-5 May 2017", "May 3-5", "between June and
// August", "1990-1994". One mention whose value is the first day or month and whose range spans the whole.
import { bare, daysInMonth, fmt, isValid, monthRes, yearRes } from '../calendar.js';
import { pastSlack, speech, yearFor } from '../anchoring.js';
import { monthNumber } from '../lexicon.js';
import type { Anchors, Resolution } from '../types.js';
import { MONTH_ABBR, MONTH_FOREIGN, MONTH_FULL, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const MONTH = `(${MONTH_FULL}|${MONTH_FOREIGN}|${MONTH_ABBR})`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const TO = '\\s*(?:-|–|to|and|until|till|through)\\s*';
const YEAR = '(?:,?\\s+(\\d{4}))?';
const NUMBER_RANGE = /\d\s*(?:-|–|to|and|until|till|through)\s*(?:the\s+)?\d/i;

function yearOf(a: Anchors, month: number, day: number | null, year: number | null): { y: number; kind: Resolution['anchor'] } | null {
  if (year !== null) return { y: year, kind: 'absolute' };
  const s = speech(a);
  return s ? { y: yearFor(month, day, s.day, a.tense, pastSlack(a)), kind: s.kind } : null;
}

function dayRange(a: Anchors, month: number, from: number, to: number, year: number | null): Resolution {
  const y = yearOf(a, month, from, year);
  const mm = String(month).padStart(2, '0');
  if (!y) return bare(`XXXX-${mm}-${String(from).padStart(2, '0')}`, 'day');
  if (!isValid(y.y, month, from) || !isValid(y.y, month, to)) return bare(`${y.y}-${mm}`);
  const start = fmt({ y: y.y, m: month, d: from });
  return { value: start, range: { start, end: fmt({ y: y.y, m: month, d: to }) }, precision: 'day', anchor: y.kind };
}

/** "from 3 to 5 May", "3-5 May 2017", "between the 3rd and the 5th of May". */
export const dayFirstRanges = regexRecogniser('day-range',
  re(`\\b(?:(?:from|between)\\s+(?:the\\s+)?)?${DAY}${TO}(?:the\\s+)?${DAY}\\s+(?:of\\s+)?${MONTH}${YEAR}(?![\\p{L}\\p{N}])`, 'giu'),
  (m) => {
    const from = Number(m[1]), to = Number(m[2]), month = monthNumber(m[3]);
    if (!month || from < 1 || to > 31 || from >= to) return null;
    const year = m[4] ? Number(m[4]) : null;
    return { type: 'DATE', priority: 4, resolve: (a) => dayRange(a, month, from, to, year) };
  }, NUMBER_RANGE);

/** "May 3-5", "May 3 to 5, 2017". */
export const monthFirstRanges = regexRecogniser('month-day-range',
  re(`\\b(?:(?:from|between)\\s+)?${MONTH}\\s+${DAY}${TO}${DAY}(?![\\d:])${YEAR}(?![\\p{L}\\p{N}])`, 'giu'),
  (m) => {
    const month = monthNumber(m[1]), from = Number(m[2]), to = Number(m[3]);
    if (!month || from < 1 || to > 31 || from >= to) return null;
    const year = m[4] ? Number(m[4]) : null;
    return { type: 'DATE', priority: 4, resolve: (a) => dayRange(a, month, from, to, year) };
  }, NUMBER_RANGE);

/** "between June and August", "from March to May 2016". */
export const monthRanges = regexRecogniser('month-range',
  re(`\\b(?:from|between)\\s+(${MONTH_FULL})${TO}(${MONTH_FULL})${YEAR}\\b`),
  (m) => {
    const first = monthNumber(m[1]), last = monthNumber(m[2]);
    if (!first || !last) return null;
    const year = m[3] ? Number(m[3]) : null;
    return { type: 'DATE', priority: 4, resolve(a) {
      const y = yearOf(a, first, null, year);
      if (!y) return bare(`XXXX-${String(first).padStart(2, '0')}`, 'month');
      const endYear = last < first ? y.y + 1 : y.y;
      const r = monthRes(y.y, first, y.kind);
      return { ...r, range: { start: r.range!.start, end: fmt({ y: endYear, m: last, d: daysInMonth(endYear, last) }) } };
    } };
  });

/**
 * "1990-1994", "2014-15": a year range written as one token. Spelled-out ranges ("from 1998 to
 * 2001") stay two years, as TimeML annotates them.
 */
export const yearRanges = regexRecogniser('year-range',
  re(`(?<![\\d$.,/-])((?:1[5-9]|20)\\d\\d)\\s?[-–]\\s?((?:1[5-9]|20)?\\d\\d)(?![\\d%.,/-]\\d|\\d)`),
  (m) => {
    const first = Number(m[1]);
    const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
    // a range runs forwards, and not over centuries
    if (last <= first || last - first > 100) return null;
    return { type: 'DATE', priority: 4, resolve: () => ({ ...yearRes(first, 'absolute'), range: { start: `${first}-01-01`, end: `${last}-12-31` } }) };
  }, /\d{4}\s?[-–]\s?\d{2}/);
