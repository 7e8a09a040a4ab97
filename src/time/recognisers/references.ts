// Vague references to now, the past and the future: "now", "currently", "recently", "the near future".
import { bare } from '../calendar.js';
import { durationValue } from './durations.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const PRESENT = 'now|right now|currently|current|nowadays|these days|at present|at the moment|presently';
const PAST = 'recently|recent|formerly|the past|in the past|lately|the old days|earlier times';
const FUTURE = 'the future|the near future|the near term|the short term|the long term|in the future';

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

/**
 * "soon", "as soon as possible": a time just ahead, in a clause that looks forward ("will soon
 * move"), not a step between two events ("soon after the war", "as soon as he arrives", "was soon
 * released").
 */
export const soonReference = regexRecogniser('soon-future-ref', re(`\\b(?:as soon as possible|soon)\\b`),
  (m, text) => {
    if (/^soon$/i.test(m[0])) {
      if (/\bas\s+$/i.test(text.slice(Math.max(0, m.index - 4), m.index))) return null;
      if (/^\s+(?:after|before|as|afterwards|thereafter)\b/i.test(text.slice(m.index + 4, m.index + 20))) return null;
      if (/\b(?:was|were|had)\s+$/i.test(text.slice(Math.max(0, m.index - 6), m.index)) || /^\s+(?:became|came|went|\w+ed)\b/i.test(text.slice(m.index + 4, m.index + 20))) return null;
    }
    return { type: 'DATE', resolve: () => bare('FUTURE_REF') };
  }, /\bsoon\b/i);

/** "once" as "at some time in the past" ("the city was once a market town"), not "once the war ends". */
export const onceReference = regexRecogniser('once-past-ref', re(`\\b(?:was|were|had|has|have|is|are|who|which)\\s+(once)\\b(?!\\s+(?:again|more|every|per|in)\\b|\\s+an?\\s+(?:day|week|month|year|while|fortnight)\\b)`, 'gid'),
  (m) => ({ start: m.indices![1][0], end: m.indices![1][1], type: 'DATE', resolve: () => bare('PAST_REF') }), /\bonce\b/i);

/**
 * "recent years", "in coming weeks", "the months ahead": an unspecified stretch just before or
 * after now. TimeML annotates these as durations of unknown length (PXY, PXW).
 */
export const recentPeriods = regexRecogniser('recent-periods',
  re(`\\b(?:recent|past few|last few|coming|next few)\\s+(days|weeks|months|quarters|years|decades)\\b|\\b(?:the\\s+)?(days|weeks|months|years)\\s+ahead\\b`),
  (m) => {
    const value = durationValue(null, m[1] ?? m[2]);
    return value ? { type: 'DURATION', resolve: () => bare(value) } : null;
  });
