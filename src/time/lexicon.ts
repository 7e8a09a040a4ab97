// Names of months, weekdays, numbers and periods, loaded once from data/time/*.json.
import { readFileSync } from 'node:fs';
import { dataPath } from '../paths.js';

function load<T>(name: string): T {
  return JSON.parse(readFileSync(dataPath('time', name), 'utf8')) as T;
}

type ByLanguage = Record<string, Record<string, number>>;
const withoutComment = (o: Record<string, unknown>) => Object.fromEntries(Object.entries(o).filter(([k]) => !k.startsWith('_')));

export const monthsByLanguage = withoutComment(load('months.json')) as ByLanguage;
export const weekdaysByLanguage = withoutComment(load('weekdays.json')) as ByLanguage;
const numbers = load<{ cardinals: Record<string, number>; vague: string[]; ordinals: Record<string, number> }>('numbers.json');
const periods = load<{ seasons: Record<string, string>; partsOfDay: Record<string, string>; units: Record<string, string> }>('periods.json');

export const cardinals = numbers.cardinals;
export const vagueQuantifiers = numbers.vague;
export const ordinals = numbers.ordinals;
export const seasons = periods.seasons;
export const partsOfDay = periods.partsOfDay;
export const unitCodes = periods.units;

const merge = (by: ByLanguage, langs: string[]) => Object.assign({}, ...langs.map((l) => by[l] ?? {})) as Record<string, number>;
export const englishMonths = monthsByLanguage.en;
export const foreignMonths = merge(monthsByLanguage, Object.keys(monthsByLanguage).filter((l) => l !== 'en'));
export const englishWeekdays = weekdaysByLanguage.en;
export const foreignWeekdays = merge(weekdaysByLanguage, Object.keys(weekdaysByLanguage).filter((l) => l !== 'en'));

/** Longest first, regex-escaped, so an alternation prefers "september" to "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

/** Month number of an English or foreign name/abbreviation ("Sept.", "Septembre"), else null. */
export function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return englishMonths[w] ?? foreignMonths[w] ?? null;
}

export function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  return englishWeekdays[w] ?? foreignWeekdays[w] ?? null;
}

/** "three" → 3, "a couple of" → 2, "12" → 12, "a few" → null (vague), unknown → undefined. */
export function quantity(word: string): number | null | undefined {
  const w = word.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(\.\d+)?$/.test(w)) return Number(w);
  if (/^\d+ 1\/2$/.test(w)) return Number(w.split(' ')[0]) + 0.5;
  if (w in cardinals) return cardinals[w];
  const hy = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|eight|nine)$/.exec(w);
  if (hy) return cardinals[hy[1]] + cardinals[hy[2]];
  if (vagueQuantifiers.includes(w)) return null;
  return undefined;
}
