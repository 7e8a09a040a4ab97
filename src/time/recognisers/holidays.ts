// Named days: "Thanksgiving Day", "Christmas", "Good Friday", "last Thanksgiving", "Christmas 2016".
import { readFileSync } from 'node:fs';
import { dataPath } from '../../paths.js';
import { addDays, bare, dayRes, daysInMonth, diffDays, parseIso, weekday, weekRes, type YMD } from '../calendar.js';
import type { Anchors, Resolution } from '../types.js';
import { speech } from '../anchoring.js';
import { alternation } from '../lexicon.js';
import { re } from '../words.js';
import { regexRecogniser } from './regexRecogniser.js';

type Rule = { fixed?: [number, number]; nth?: [number, number, number]; easter?: number };
const rules = Object.fromEntries(Object.entries(JSON.parse(readFileSync(dataPath('time', 'holidays.json'), 'utf8')) as Record<string, Rule>).filter(([k]) => !k.startsWith('_')));

/** Gregorian Easter Sunday (anonymous algorithm). */
function easter(y: number): YMD {
  const a = y % 19, b = Math.floor(y / 100), c = y % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31), day = ((h + l - 7 * m + 114) % 31) + 1;
  return { y, m: month, d: day };
}

export function holidayDate(rule: Rule, y: number): YMD {
  if (rule.fixed) return { y, m: rule.fixed[0], d: rule.fixed[1] };
  if (rule.easter !== undefined) return addDays(easter(y), rule.easter);
  const [m, wd, n] = rule.nth!;
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, ((wd - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((weekday(last) - wd + 7) % 7));
}

const NAMES = alternation(Object.keys(rules));

export const holidays = regexRecogniser('holiday',
  re(`\\b(?:(last|this|next)\\s+)?(${NAMES})(?:,?\\s+((?:19|20)\\d\\d))?(\\s+week)?\\b`),
  (m, text) => {
    // proper names are capitalised: "the christmas tree" is not a date ("Christmas tree" still is ambiguous)
    if (!/^\p{Lu}/u.test(m[2])) return null;
    if (/^\s+(tree|card|cards|present|presents|party|shopping|sales|season|island|uprising|offensive|rebellion)\b/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
    const rule = rules[m[2].toLowerCase()];
    const det = m[1]?.toLowerCase();
    const year = m[3] ? Number(m[3]) : null;
    // "Easter week", "Thanksgiving week": the ISO week holding the day
    const week = Boolean(m[4]);
    return { type: 'DATE', resolve(a) {
      const r = resolveDay(a);
      const d = week && r.range ? parseIso(r.range.start) : null;
      return d ? weekRes(d, r.anchor) : r;
    } };
    function resolveDay(a: Anchors): Resolution {
      if (year !== null) return dayRes(holidayDate(rule, year), 'absolute');
      const s = speech(a);
      if (!s) return bare('XXXX-XX-XX');
      const here = holidayDate(rule, s.day.y);
      // a holiday week is under way from its Monday
      const ahead = diffDays(week ? addDays(here, 1 - weekday(here)) : here, s.day);
      let y = s.day.y;
      if (det === 'last') y = ahead >= 0 ? y - 1 : y;
      else if (det === 'next') y = ahead <= 0 ? y + 1 : y;
      else if (!det && a.tense === 'past' && ahead > 0) y -= 1;
      else if (!det && a.tense === 'future' && ahead < 0) y += 1;
      return dayRes(holidayDate(rule, y), s.kind);
    }
  });
