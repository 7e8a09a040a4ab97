// Vague references to now, the past and the future: "now", "currently", "recently", "the near future".
import { bare } from '../calendar.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const PRESENT = 'now|right now|currently|current|nowadays|these days|at present|at the moment|presently';
const PAST = 'recently|recent|formerly|the past|in the past|lately|the old days|earlier times';
const FUTURE = 'the future|the near future|the near term|the short term|the long term|in the future|the years ahead|the months ahead|the weeks ahead|the days ahead';

export const presentReference = regexRecogniser('present-ref', re(`\\b(?:${PRESENT})\\b(?![- ](?:day|week|month|year|quarter)s?\\b)`),
  (m, text) => {
    // "now" in "just now"? still present; "for now" is fine; reject "now that"-less? keep simple.
    if (/^current$/i.test(m[0]) && /^\s+(account|accounts|events)\b/i.test(text.slice(m.index + 7, m.index + 20))) return null;
    return { type: 'DATE', resolve: () => bare('PRESENT_REF') };
  });

export const pastReference = regexRecogniser('past-ref', re(`\\b(?:${PAST})\\b(?![- ](?:day|week|month|year|quarter|decade)s?\\b)(?!\\s+(?:[\\w-]+\\s+){0,2}(?:days|weeks|months|years|decades|centuries|summers|winters|springs|autumns|quarters|seasons)\\b)`),
  (m) => {
    const start = m[0].toLowerCase().startsWith('in ') ? m.index + 3 : m.index;
    return { start, type: 'DATE', resolve: () => bare('PAST_REF') };
  });

export const futureReference = regexRecogniser('future-ref', re(`\\b(?:${FUTURE})\\b(?![- ](?:day|week|month|year|quarter)s?\\b)`),
  (m) => {
    const start = m[0].toLowerCase().startsWith('in ') ? m.index + 3 : m.index;
    return { start, type: 'DATE', resolve: () => bare('FUTURE_REF') };
  });

/** "once" as "at some time in the past" ("the city was once a market town"), not "once the war ends". */
export const onceReference = regexRecogniser('once-past-ref', re(`\\b(?:was|were|had|has|have|is|are|who|which)\\s+(once)\\b(?!\\s+(?:again|more|every|per|in)\\b|\\s+an?\\s+(?:day|week|month|year|while|fortnight)\\b)`, 'gid'),
  (m) => ({ start: m.indices![1][0], end: m.indices![1][1], type: 'DATE', resolve: () => bare('PAST_REF') }), /\bonce\b/i);

/** "recent years", "in recent months": an unspecified stretch of the past. */
export const recentPeriods = regexRecogniser('recent-periods', re(`\\b(?:recent|past few|last few|coming|next few)\\s+(days|weeks|months|years|decades)\\b`),
  (m) => {
    const future = /^(coming|next)/i.test(m[0]);
    return { type: 'DATE', resolve: () => bare(future ? 'FUTURE_REF' : 'PAST_REF') };
  });
