// Months named without a day: "June", "mid-June", "late November", "last April", "June 1998",
// "the end of November", "Octobre 2019", and ordinal days: "the third of May".
import { bare, dayRes, isValid, monthRes, fmt } from '../calendar.js';
import { pastSlack, speech, yearFor } from '../anchoring.js';
import { englishMonths, monthNumber, ordinals } from '../lexicon.js';
import type { Anchors, Resolution } from '../types.js';
import { MONTH_FOREIGN, MONTH_FULL, ORDINAL, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';
import { SPOKEN_YEAR, yearNumber } from './spokenYears.js';

const MOD = '(?:(?:early|late|mid|the end of|the beginning of|the start of|the middle of|the first half of|the second half of|the rest of)[- ]?\\s*)?';
const DET = '(?:(last|this|next|this past|this coming)\\s+)?';
const MONTH = `(${MONTH_FULL}|${MONTH_FOREIGN})`;

function resolveMonth(a: Anchors, month: number, year: number | null, shift: string | undefined): Resolution {
  if (year !== null) return monthRes(year, month, 'absolute');
  const s = speech(a);
  if (!s) return bare(`XXXX-${String(month).padStart(2, '0')}`, 'month');
  let y: number;
  if (shift === 'last' || shift === 'this past') y = month < s.day.m ? s.day.y : s.day.y - 1;
  else if (shift === 'next' || shift === 'this coming') y = month > s.day.m ? s.day.y : s.day.y + 1;
  else if (shift === 'this') y = s.day.y;
  else y = yearFor(month, null, s.day, a.tense, pastSlack(a));
  return monthRes(y, month, s.kind);
}

/** A month name, possibly with a modifier or a year, not followed by a day number (chrono reads those). */
export const monthNames = regexRecogniser('month-name',
  re(`(?<![\\p{L}\\p{N}])${MOD}${DET}${MONTH}(?:,?\\s+(?:of\\s+)?(\\d{4}(?![\\p{N}])|${SPOKEN_YEAR})|\\s+(?:of\\s+)?(this|last|next)\\s+year)?(?![\\p{L}\\p{N}])(?!\\.?\\s*\\d{1,2}(?!\\d))`, 'giu'),
  (m, text) => {
    const word = m[2];
    const month = monthNumber(word);
    if (!month) return null;
    const year = m[3] ? yearNumber(m[3]) : null;
    // Words that are also months must look like months: capitalised, and "May"/"March" need company
    if (!/^\p{Lu}/u.test(word)) return null;
    const before = text.slice(Math.max(0, m.index - 12), m.index);
    const hasCompany = year !== null || m[1] !== undefined || m[0].length > word.length || /\b(in|of|since|until|till|by|from|to|through|during|before|after|early|late|mid|between|and|on|last|this|next)\s+$/i.test(before);
    if (/^(may|march|august)$/i.test(word) && !hasCompany) return null;
    // a foreign month name alone ("Mars", "Mai") is too often something else
    if (!(word.toLowerCase() in englishMonths) && year === null) return null;
    const relYear = m[4]?.toLowerCase();
    return { type: 'DATE', resolve(a) {
      // "February this year", "July last year"
      if (relYear && a.speech) return monthRes(a.speech.y + (relYear === 'last' ? -1 : relYear === 'next' ? 1 : 0), month, a.speechKind);
      return resolveMonth(a, month, year, m[1]?.toLowerCase());
    } };
  });

/** "the third of May", "the 21st of October 2019", "1st of May". */
export const ordinalDayOfMonth = regexRecogniser('ordinal-day-of-month',
  re(`(?<![\\p{L}\\p{N}])(?:the\\s+)?(${ORDINAL})\\s+(?:day\\s+)?of\\s+${MONTH}(?:,?\\s+(\\d{4})(?![\\p{N}]))?(?![\\p{L}\\p{N}])`, 'giu'),
  (m) => {
    const ord = m[1].toLowerCase();
    const day = ordinals[ord] ?? parseInt(ord, 10);
    const month = monthNumber(m[2]);
    if (!month || !(day >= 1 && day <= 31)) return null;
    const year = m[3] ? Number(m[3]) : null;
    return {
      type: 'DATE', priority: 2,
      resolve(a) {
        if (year !== null) return isValid(year, month, day) ? dayRes({ y: year, m: month, d: day }, 'absolute') : bare(`${year}-${month}-${day}`);
        const s = speech(a);
        const mm = String(month).padStart(2, '0'), dd = String(day).padStart(2, '0');
        if (!s) return bare(`XXXX-${mm}-${dd}`, 'day');
        const y = yearFor(month, day, s.day, a.tense, pastSlack(a));
        return isValid(y, month, day) ? dayRes({ y, m: month, d: day }, s.kind) : bare(fmt({ y, m: month, d: day }));
      },
    };
  });
