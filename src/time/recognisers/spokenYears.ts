// Years said in words, as in broadcast transcripts: "nineteen ninety-six", "two thousand".
import { yearRes } from '../calendar.js';
import { cardinals } from '../lexicon.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';

function twoDigits(words: string): number {
  const [t, u] = words.toLowerCase().split(/[- ]/);
  return cardinals[t] + (u ? cardinals[u] : 0);
}

/** "nineteen eighty-three": a regex piece without groups, for other recognisers ("March nineteen eighty-four"). */
export const SPOKEN_YEAR = `(?:nineteen|eighteen)\\s+(?:(?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|oh[- ](?:${UNITS}))`;

/** The year a SPOKEN_YEAR match says, or a digit year as a number. */
export function yearNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const [century, ...rest] = text.toLowerCase().split(/\s+/);
  const tail = rest.join(' ');
  return (century === 'nineteen' ? 1900 : 1800) + (tail.startsWith('oh') ? cardinals[tail.slice(3)] : twoDigits(tail));
}

export const spokenYears = regexRecogniser('spoken-year',
  re(`\\b(?:(?:the\\s+)?(?:year\\s+))?(nineteen|eighteen)\\s+((?:${TENS})(?:[- ](?:${UNITS}))?|${TEENS}|oh[- ](?:${UNITS}))\\b|\\b(?:the\\s+year\\s+)?two thousand(?:\\s+and)?(?:\\s+(${UNITS}|${TEENS}|(?:${TENS})(?:[- ](?:${UNITS}))?))?\\b(?!\\s+(?:people|dollars|troops|soldiers|men|years|of))`),
  (m) => {
    let year: number;
    if (m[1]) {
      const century = m[1].toLowerCase() === 'nineteen' ? 1900 : 1800;
      const rest = m[2].toLowerCase();
      year = century + (rest.startsWith('oh') ? cardinals[rest.slice(3)] : twoDigits(rest));
    } else {
      // "two thousand" alone is a year only after "the year"
      if (!m[3] && !/year/i.test(m[0])) return null;
      year = 2000 + (m[3] ? twoDigits(m[3]) : 0);
    }
    return { type: 'DATE', resolve: () => yearRes(year, 'absolute') };
  }, /nineteen|eighteen|two thousand/i);
