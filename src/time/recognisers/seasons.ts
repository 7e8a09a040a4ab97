// Seasons: "this summer", "last fall", "the winter of 1994", "early spring 2016".
import { bare, seasonRes } from '../calendar.js';
import { speech } from '../anchoring.js';
import { seasons } from '../lexicon.js';
import { SEASON, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';
import { SPOKEN_YEAR, yearNumber } from './spokenYears.js';

const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** A season needs a determiner or a year: bare "fall" and "spring" are usually verbs. */
export const seasonNames = regexRecogniser('season',
  re(`\\b(?:(early|late|mid)[- ]?)?(?:(this|last|next|the|this past|this coming|that)\\s+)?(?:(early|late|mid)[- ]?)?(${SEASON})\\b(?:\\s+(?:of\\s+)?(\\d{4}\\b|${SPOKEN_YEAR}))?(?!\\s+(?:session|semester|term|olympics|games|school|camp|months?))`),
  (m) => {
    const det = (m[2] ?? '').toLowerCase();
    const year = m[5] ? yearNumber(m[5]) : null;
    if (!det && !m[1] && !m[3] && year === null) return null;
    const s = seasons[m[4].toLowerCase()];
    return { type: 'DATE', resolve(a) {
      if (year !== null) return seasonRes(year, s, 'absolute');
      const sp = speech(a);
      if (!sp) return bare(`XXXX-${s}`, 'season');
      const started = SEASON_MONTH[s] <= sp.day.m;
      let y = sp.day.y;
      if (det === 'last' || det === 'this past') y = started && SEASON_MONTH[s] + 3 <= sp.day.m ? y : y - 1;
      else if (det === 'next' || det === 'this coming') y = started ? y + 1 : y;
      else if (det !== 'this' && a.tense === 'past' && !started) y -= 1;
      return seasonRes(y, s, sp.kind);
    } };
  }, /spring|summer|fall|autumn|winter/i);
