// Years and decades: "in 1951", "fiscal 1989", "late 2016", "the 1990s", "the nineties", "the mid-1980s".
import { centuryRes, decadeRes, yearRes } from '../calendar.js';
import { re } from '../words.js';
import { ordinals } from '../lexicon.js';
import { regexRecogniser } from './regexRecogniser.js';

const LEAD = '(?:in|since|by|until|till|of|from|to|during|before|after|through|between|and|or|for|as of|early|late|mid|fiscal|calendar|model|the end of|the beginning of|the start of|the middle of|the year|the summer of|around|circa|c\\.)';

/**
 * A four-digit year. After a preposition or modifier any year from 1000 counts; standing alone
 * only 1900-2099 counts, and never inside a larger number, an amount or a measure ("1990 people").
 */
export const years = regexRecogniser('year',
  re(`(?<![\\p{L}\\p{N}$€£.,/:-])(?:((?:${LEAD})[- ]?\\s*)?(?:(early|late|mid)[- ])?)((?:1[0-9]|20)\\d\\d)(?![\\p{N}]|[.,]\\d|\\s*(?:%|percent|people|persons|men|women|soldiers|troops|fighters|killed|dead|hours|miles|km|kilometers|meters|metres|tons|dollars|euros|barrels|times)\\b|-\\d|/\\d)`, 'giu'),
  (m, text) => {
    const y = Number(m[3]);
    const lead = (m[1] ?? '').trim().toLowerCase();
    if (!lead && !m[2] && (y < 1900 || y > 2099)) return null;
    // a bare number right after a number ("150 to 1990") or a clock ("at 1930 GMT") is not a year
    if (!lead && /(\d\s*|\bat\s*)$/.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
    // keep only the modifier in the extent ("late 2016", "fiscal 1989"), drop prepositions
    const keepLead = /^(early|late|mid|fiscal|calendar|the end of|the beginning of|the start of|the middle of|the year|the summer of)/.test(lead);
    const offset = keepLead ? 0 : (m[1] ?? '').length;
    return { start: m.index + offset, type: 'DATE', resolve: () => yearRes(y, 'absolute') };
  }, /\d{4}/);

/** "the 20th century", "the eleventh century": TIMEX3 values are the first two digits ("19", "10"). */
export const centuries = regexRecogniser('century',
  re(`\\b(?:the\\s+)?(?:(?:early|late|mid)[- ])?(\\d{1,2})(?:st|nd|rd|th)[- ]century\\b|\\b(?:the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)[- ]century\\b`),
  (m) => {
    const n = m[1] ? Number(m[1]) : ordinals[m[2].toLowerCase()];
    if (!n || n > 30) return null;
    return { type: 'DATE', resolve: () => centuryRes(n - 1, 'absolute') };
  }, /century/i);

const DECADE_WORDS: Record<string, number> = { twenties: 2, thirties: 3, forties: 4, fifties: 5, sixties: 6, seventies: 7, eighties: 8, nineties: 9 };

/** "the 1990s", "the '90s", "the nineties", "the mid-1980s", "the 1900s" (a century). */
export const decades = regexRecogniser('decade',
  re(`\\b(?:the\\s+)?(?:(?:early|late|mid)[- ]?)?(?:(\\d{3})0'?s|'(\\d)0s|(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))\\b`),
  (m) => {
    if (m[1]) {
      const d = Number(m[1]);
      if (d < 100) return null;
      if (d % 10 === 0 && /00'?s/.test(m[0])) return { type: 'DATE', resolve: () => centuryRes(d / 10, 'absolute') };
      return { type: 'DATE', resolve: () => decadeRes(d, 'absolute') };
    }
    // "the '90s" / "the nineties": the twentieth century unless said otherwise
    if (!/^the/i.test(m[0]) && m[3]) return null;
    const digit = m[2] ? Number(m[2]) : DECADE_WORDS[m[3].toLowerCase()];
    return { type: 'DATE', resolve: () => decadeRes(190 + digit, 'absolute') };
  }, /\d0'?s\b|ties\b/i);
