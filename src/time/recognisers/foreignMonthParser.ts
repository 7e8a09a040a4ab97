// A chrono parser for dates written with French, Spanish, German, Italian or Portuguese month
// names inside English text: "Octobre 4th 2019", "4 octobre 2019", "3. März 2016".
import type { Parser, ParsingContext } from 'chrono-node';
import { monthNumber } from '../lexicon.js';
import { MONTH_FOREIGN } from '../words.js';

const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|e|º|ª|\\.)?';
const YEAR = '(?:,?\\s+(?:de\\s+)?(\\d{4}))?';
const MONTH = `(${MONTH_FOREIGN})`;

export const foreignMonthFirst: Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\p{N}])${MONTH}\\s+${DAY}${YEAR}(?![\\p{L}\\p{N}])`, 'iu'),
  extract: (_ctx: ParsingContext, m: RegExpMatchArray) => build(m[1], m[2], m[3]),
};

export const foreignDayFirst: Parser = {
  pattern: () => new RegExp(`(?<![\\p{L}\\p{N}])${DAY}\\s+(?:de\\s+)?${MONTH}${YEAR}(?![\\p{L}\\p{N}])`, 'iu'),
  extract: (_ctx: ParsingContext, m: RegExpMatchArray) => build(m[2], m[1], m[3]),
};

function build(monthWord: string, dayText: string, yearText: string | undefined) {
  const month = monthNumber(monthWord);
  const day = Number(dayText);
  if (!month || day < 1 || day > 31) return null;
  return yearText ? { day, month, year: Number(yearText) } : { day, month };
}
