// Lengths of time: "three days", "the past two months", "at least 48 hours", "a 20-year loan",
// "6 1/2 hours", "for years".
import { bare } from '../calendar.js';
import { quantity } from '../lexicon.js';
import { COUNT, re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

const MOD = '(?:at least|at most|nearly|almost|more than|less than|fewer than|up to|about|over|under|roughly|around|approximately|no more than|no less than|only|just|within|some|another|an additional|a full|a further)';
const DET = '(?:(?:the|this|that|these|those|its|their|his|her|our|each of the|all)\\s+)?';
const SIDE = '(?:(?:past|last|next|first|coming|previous|following|final|latest|remaining|ensuing|same|other|initial)\\s+)?';

/** TIMEX3 duration value for a count of a unit: (3, "day") → P3D, (2.5, "hour") → PT2H30M, (null, "year") → PXY. */
export function durationValue(n: number | null, unitWord: string): string | null {
  const u = unitWord.toLowerCase().replace(/ies$/, 'y').replace(/ia$/, 'ium').replace(/s$/, '');
  const count = n === null ? 'X' : n;
  const whole = n === null ? 'X' : Math.floor(n);
  const half = n !== null && n % 1 === 0.5;
  switch (u) {
    case 'second': case 'sec': return `PT${count}S`;
    case 'minute': case 'min': return half ? `PT${whole}M30S` : `PT${count}M`;
    case 'hour': case 'hr': return half ? `PT${whole}H30M` : `PT${count}H`;
    case 'day': case 'night': return `P${count}D`;
    case 'weekend': return n === null ? 'PXWE' : `P${n * 2}D`;
    case 'week': return `P${count}W`;
    case 'fortnight': return n === null ? 'PXW' : `P${n * 2}W`;
    case 'month': return half ? `P${whole}M15D` : `P${count}M`;
    case 'quarter': return `P${count}Q`;
    case 'year': case 'yr': return half ? `P${whole}Y6M` : `P${count}Y`;
    case 'decade': return n === null ? 'PXDE' : `P${n * 10}Y`;
    case 'century': return n === null ? 'PXCE' : `P${n * 100}Y`;
    case 'millennium': return n === null ? 'PXML' : `P${n * 1000}Y`;
  }
  return null;
}

/** Text before "a week" that makes it a rate: "twice", "$9", "300 flights". */
export const AMOUNT_BEFORE = /(?:\b(?:once|twice|times|percent|million|billion|dollars?|cents?)|\d[\d,.]*%?|\d[\d,.]*\s+[a-z]+s|\b(?:two|three|four|five|six|seven|eight|nine|ten|dozen|hundred)\s+[a-z]+s)\s*$/i;

const UNITS = '(second|minute|hour|day|night|week|weekend|fortnight|month|quarter|year|decade|century|centuries|millennium|millennia|min|hr)';

/** A counted stretch: "three days", "the past two months", "two-year", "at least 15 more years". */
export const countedDurations = regexRecogniser('counted-duration',
  re(`\\b(?:${MOD}\\s+)?${DET}${SIDE}(${COUNT})(?:\\s+(?:more|straight|consecutive|long|full|trading|business|working|calendar))?[- ]${UNITS}s?(?:[- ](?:long|old))?\\b(\\s+and\\s+a\\s+half\\b)?(?:\\s+(?:or so|period))?`, 'gid'),
  (m, text) => {
    // "an hour and a half", "two years and a half"
    const q = quantity(m[1]);
    const n = q !== null && q !== undefined && m[3] ? q + 0.5 : q;
    if (n === undefined) return null;
    // "a day" in "twice a day", "$9 a year" or "300 flights a week" is a frequency, left to the set recogniser
    if (/^an?$/i.test(m[1]) && AMOUNT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index))) return null;
    // "a second group" is an ordinal, not a length
    if (/^an?$/i.test(m[1]) && /^second$/i.test(m[2]) && !/^\s*(?:[,.;:)]|or\b|and\b|later\b|ago\b|before\b|after\b|earlier\b|$)/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return null;
    // "one day" as "some day" ("one day she left") is not a length
    if (/^one$/i.test(m[1]) && /^day$/i.test(m[2]) && !/^one-day/i.test(m[0]) && !/\b(for|in|within|after|of|than|a|only|just|about)\s*$/i.test(text.slice(Math.max(0, m.index - 12), m.index)) && !/^(the|at|more|nearly|about)/i.test(m[0])) return null;
    // ages ("a 9-year-old", "47 years old") describe people, not stretches of time
    if (/[- ]old$/i.test(m[0]) || /^\s*old\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 5))) return null;
    // "three-quarters of", "the 1995 second quarter": fractions and years, not lengths
    if (/^quarter/i.test(m[2]) && /^\s*of\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return null;
    if (n !== null && n >= 1000 && !/^(year|centur|millenni)/i.test(m[2])) return null;
    const value = durationValue(n, m[2]);
    if (!value) return null;
    // TimeML extents leave out prepositions and focus adverbs ("within two weeks", "only five
    // hours", "about three days") but keep quantity modifiers ("nearly five months", "at least 20 years")
    const lead = LEAVE_OUT.exec(m[0]);
    // an adjective ("the ten-year drought", "its 52-week low") starts at its number
    const adjective = /^-/.test(text.slice(m.indices![2][0] - 1));
    const start = adjective ? m.indices![1][0] : m.index + (lead ? lead[0].length : 0);
    // "the first nine months", "the six months ended June 30": a year-to-date span of a report
    const unfocus = /^(?:P6M|P9M)$/.test(value) && /^the\b/i.test(m[0]);
    return { start, type: 'DURATION', unfocus, resolve: () => bare(value) };
  });

const LEAVE_OUT = /^(?:(?:over|within|under|about|around|only|just|barely)\s+)+/i;

/**
 * "the past decade", "the last century", "this century": one unit of a long period reaching up to
 * (or on from) now, which news annotation treats as a stretch (P10Y, P100Y) rather than a date.
 */
export const pastLongPeriods = regexRecogniser('past-long-period',
  re(`\\b(?:(?:the\\s+)?(?:past|last|next|coming|previous)|this)\\s+(decade|century|millennium)\\b`),
  (m) => ({ type: 'DURATION', resolve: () => bare(durationValue(1, m[1])!) }), /decade|century|millennium/i);

/** Uncounted stretches: "for years", "in weeks", "after months of talks", "decades-long". */
export const vagueDurations = regexRecogniser('vague-duration',
  re(`\\b(?:(?:for|over|in|within|after|took|lasted|spent|last|lasting)\\s+)(?:the\\s+)?(minutes|hours|days|weeks|months|years|decades|centuries)\\b(?!\\s+(?:ago|later|earlier|of age|old))|\\b(day|week|month|year|decade)s?-long\\b|\\b(a while|some time|a long time|a short time|a lengthy period|a long period)\\b`, 'gid'),
  (m) => {
    if (m[3]) return { type: 'DURATION', resolve: () => bare('PXX') };
    const unitWord = m[1] ?? m[2];
    const value = durationValue(m[1] ? null : 1, unitWord);
    if (!value) return null;
    const [start, end] = m.indices![m[1] ? 1 : 0];
    return { start, end, type: 'DURATION', resolve: () => bare(value) };
  });
