// Regex pieces shared by the recognisers, built from the lexicon so data changes reach every pattern.
import { alternation, cardinals, englishMonths, englishWeekdays, foreignMonths, foreignWeekdays, ordinals, seasons, partsOfDay, vagueQuantifiers } from './lexicon.js';

const fullEnglishMonths = Object.keys(englishMonths).filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
const abbrevEnglishMonths = Object.keys(englishMonths).filter((w) => !fullEnglishMonths.includes(w));

/** Full English month names ("September"), as a regex alternation. */
export const MONTH_FULL = alternation(fullEnglishMonths);
/** Abbreviated English month names followed by a dot or not ("Sept.", "Aug"). */
export const MONTH_ABBR = `(?:${alternation(abbrevEnglishMonths)})\\.?`;
export const MONTH_FOREIGN = alternation(Object.keys(foreignMonths));
/** Any month name, English or foreign, full or abbreviated. */
export const MONTH_ANY = `(?:${MONTH_FULL}|${MONTH_FOREIGN}|${MONTH_ABBR})`;
export const WEEKDAY_FULL = alternation(Object.keys(englishWeekdays).filter((w) => w.endsWith('day')));
export const WEEKDAY_FOREIGN = alternation(Object.keys(foreignWeekdays));
export const SEASON = alternation(Object.keys(seasons));
export const PART_OF_DAY = alternation(Object.keys(partsOfDay).filter((w) => !['overnight', 'tonight'].includes(w)));

const numberWords = Object.keys(cardinals).filter((w) => !['a', 'an', 'single', 'half a'].includes(w));
const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const units = 'one|two|three|four|five|six|seven|eight|nine';
/** A count: digits, "5 1/2", number words, "twenty-four", vague quantifiers ("a few", "several"). */
export const COUNT = `(?:\\d+(?:\\.\\d+)?(?: 1/2)?|(?:${tens})[- ](?:${units})|${alternation([...numberWords, ...vagueQuantifiers])}|an?)`;
export const ORDINAL = `(?:${alternation(Object.keys(ordinals).filter((w) => w !== 'last'))}|\\d{1,2}(?:st|nd|rd|th))`;

/** Time units in singular; plural by adding "s" ("centuries" is handled by UNIT_WORD). */
export const UNIT = '(?:second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|millennium|millennia|min|hr)';
export const UNIT_WORD = `${UNIT}s?`;

/** Compile a pattern: case-insensitive, global, Unicode-aware word edges supplied by the caller. */
export const re = (source: string, flags = 'gi') => new RegExp(source, flags);

/** Letters (any script) for word-boundary checks around non-ASCII names such as "Août". */
export const NOT_LETTER_BEFORE = '(?<![\\p{L}\\p{N}])';
export const NOT_LETTER_AFTER = '(?![\\p{L}\\p{N}])';
