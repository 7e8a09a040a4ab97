// Quarters and halves: "the third quarter", "third-quarter", "Q3 2016", "the first quarter of 1990",
// "the quarter", "the latest quarter", "the fiscal first quarter".
import { bare, quarterRes } from '../calendar.js';
import { speech } from '../anchoring.js';
import type { Anchors, Resolution } from '../types.js';
import { MONTH_ANY, re } from '../words.js';
import { monthNumber } from '../lexicon.js';
import { regexRecogniser } from './regexRecogniser.js';

const Q: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

function resolveQuarter(a: Anchors, q: number, year: number | null, yearShift: number): Resolution {
  if (year !== null) return quarterRes(year, q, 'absolute');
  const s = speech(a);
  if (!s) return bare(`XXXX-Q${q}`, 'quarter');
  // the year of speech: tense is a poor guide here, as results for a quarter are announced,
  // forecast and compared in every tense
  return quarterRes(s.day.y + yearShift, q, s.kind);
}

/** A numbered quarter, with an optional year: "the third quarter of 2004", "fourth-quarter", "Q3 2016". */
export const numberedQuarters = regexRecogniser('numbered-quarter',
  re(`\\b(?:(?:the|this|last|next|this year's|last year's|next year's)\\s+)?(?:(\\d{4})\\s+)?(?:(?:fiscal|calendar|year-earlier|year-ago)\\s+)?(first|second|third|fourth|final|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?quarter\\b(?:\\s+of\\s+(?:fiscal\\s+)?(\\d{4})\\b|,?\\s+(\\d{4})\\b)?|\\b[Qq]([1-4])(?:\\s+|-|/)?((?:19|20)\\d\\d)?\\b`),
  (m, src) => {
    const q = m[2] ? Q[m[2].toLowerCase()] : Number(m[5]);
    const yearText = m[1] ?? m[3] ?? m[4] ?? m[6];
    const year = yearText ? Number(yearText) : null;
    const text = m[0].toLowerCase();
    const shift = /last year's|year-earlier|year-ago/.test(text) ? -1 : /next year's/.test(text) ? 1 : 0;
    // an adjective ("the third-quarter profit") starts at the ordinal
    const start = /^the\s+(?:first|second|third|fourth|final|1st|2nd|3rd|4th)-quarter\b/i.test(m[0]) ? m.index + 4 : m.index;
    // "the fourth quarter ended Jan. 31": a (possibly fiscal) quarter the report says is over
    const over = /^,?\s+(?:ended|ending|that ended|which ended)\b/i.test(src.slice(m.index + m[0].length, m.index + m[0].length + 16));
    return { start, type: 'DATE', priority: 1, focus: shift === 0, over, resolve: (a) => {
      // "last fourth quarter": the most recent one that is over
      if (year === null && shift === 0 && a.speech && /^last /.test(text) && q * 3 >= a.speech.m) return resolveQuarter(a, q, null, -1);
      return resolveQuarter(a, q, year, shift);
    } };
  }, /quarter|\bQ[1-4]/i);

/**
 * "the quarter", "the latest quarter", "the current quarter": the quarter the story is about;
 * "the year-ago period", "last year's quarter", "the quarter a year earlier", "the comparable period
 * last year": the same quarter a year back.
 */
export const focusQuarter = regexRecogniser('focus-quarter',
  re(`\\b(?:the|this|that|(last year's))\\s+(?:(latest|current|recent|most recent|same|just-ended|just ended|previous|prior|year-earlier|year-ago|comparable|corresponding|fiscal|(?:19|20)\\d\\d)\\s+)?(quarter|period)\\b(?!s|ly)(?:\\s+(?:ended|ending|that ended|which ended)\\s+(${MONTH_ANY})\\s*\\d{1,2}|\\s+(a year (?:ago|earlier)|(?:of\\s+)?last year|(?:of\\s+)?the previous year)\\b)?`),
  (m) => {
    const [whole, lastYears, modWord, noun, endMonthWord, yearBackPhrase] = m;
    const mod = (modWord ?? '').toLowerCase();
    const namedYear = /^\d{4}$/.test(mod) ? Number(mod) : null;
    const yearBack = Boolean(lastYears || yearBackPhrase) || /year-earlier|year-ago/.test(mod);
    // "the quarter ended March 31": the quarter is the one holding that month
    const endMonth = endMonthWord ? monthNumber(endMonthWord) : null;
    const end = endMonth ? m.index + whole.search(/\s+(?:ended|ending|that ended|which ended)\b/) : undefined;
    // "the period" alone is too vague; "the 1996 period" and "the year-ago period" compare quarters
    if (noun.toLowerCase() === 'period' && !mod && !yearBack) return null;
    return { end, type: 'DATE', focus: !yearBack && !/previous|prior/.test(mod) && namedYear === null, resolve(a) {
      const s = speech(a);
      let base = a.focusQuarter;
      if (endMonth && s) base = { year: endMonth > s.day.m ? s.day.y - 1 : s.day.y, quarter: Math.floor((endMonth - 1) / 3) + 1 };
      if (!base) {
        if (!s) return bare('XXXX-QX', 'quarter');
        // with nothing said yet, news means the last completed quarter
        const q = Math.floor((s.day.m - 1) / 3) + 1;
        base = mod === 'current' || /^this/i.test(whole) ? { year: s.day.y, quarter: q } : q === 1 ? { year: s.day.y - 1, quarter: 4 } : { year: s.day.y, quarter: q - 1 };
      }
      let { year, quarter } = base;
      if (namedYear !== null) year = namedYear;
      if (mod === 'previous' || mod === 'prior') { quarter--; if (quarter === 0) { quarter = 4; year--; } }
      return quarterRes(year - (yearBack ? 1 : 0), quarter, s?.kind ?? 'none');
    } };
  }, /quarter|period/i);

/** "the first half", "the second half of 2016": TIMEX3 H1/H2. */
export const halves = regexRecogniser('half-year',
  re(`\\b(?:the\\s+)?(first|second|last)\\s+half(?:\\s+of\\s+(?:the\\s+year|(\\d{4})))?\\b`),
  (m) => {
    const h = m[1].toLowerCase() === 'first' ? 1 : 2;
    const year = m[2] ? Number(m[2]) : null;
    return { type: 'DATE', resolve(a) {
      const y = year ?? speech(a)?.day.y;
      if (y === undefined) return bare(`XXXX-H${h}`);
      const start = h === 1 ? `${y}-01-01` : `${y}-07-01`;
      const end = h === 1 ? `${y}-06-30` : `${y}-12-31`;
      return { value: `${y}-H${h}`, range: { start, end }, precision: 'quarter', anchor: year !== null ? 'absolute' : speech(a)!.kind };
    } };
  }, /\bhalf\b/i);
