// Fatalities and participant counts, read the way ACLED codes them.
import type { Quantities } from './data.js';
import { allMatches } from '../text/matches.js';

/** A figure: digits, or one of the number words and vague amounts of data/events/quantities.json. */
function numberPattern(q: Quantities): string {
  const wordsList = [...Object.keys(q.vague), ...Object.keys(q.words)].sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const word = `(?:${wordsList.join('|')})`;
  return String.raw`(\d[\d,]*|${word}(?:[ -]${word})?)`;
}

export function numberValue(raw: string, q: Quantities): number | null {
  const s = raw.toLowerCase().trim();
  if (/^\d[\d,]*$/.test(s)) return Number(s.replace(/,/g, ''));
  if (s in q.vague) return q.vague[s];
  if (s.replace(/ of$/, '') in q.vague) return q.vague[s.replace(/ of$/, '')];
  if (s in q.words) return q.words[s];
  const parts = s.split(/[ -]/);
  // "twenty-five" adds; "two hundred", "three thousand" multiply.
  if (parts.length === 2 && parts[0] in q.words && parts[1] in q.words) {
    const [a, b] = [q.words[parts[0]], q.words[parts[1]]];
    return b === 100 || b === 1000 ? a * b : a + b;
  }
  return null;
}

interface TollForms { forms: RegExp[]; listed: RegExp; quick: RegExp }
const compiled = new WeakMap<Quantities, TollForms>();

/** A death toll and the words that give it, as offsets into the sentence. */
export interface Toll {
  value: number;
  start: number;
  end: number;
}

const updates = new WeakMap<Quantities, RegExp>();

/** The sentence updates a toll told before ("the death toll rose to 21"). */
export function isTollUpdate(sentence: string, q: Quantities): boolean {
  let re = updates.get(q);
  if (!re) { re = new RegExp(q.toll_update, 'i'); updates.set(q, re); }
  return re.test(sentence);
}

/** The lowest death figure a sentence reports, or null when it reports none. */
export function fatalitiesIn(sentence: string, q: Quantities): number | null {
  return tollIn(sentence, q)?.value ?? null;
}

/** The lowest death figure a sentence reports with the words that state it ("killing three civilians"). */
export function tollIn(sentence: string, q: Quantities): Toll | null {
  // "Nobody was killed": no figure to keep.
  if (/\b(?:nobody|no one|none of them|no (?:casualties|deaths|fatalities))\b/i.test(sentence)) return null;
  let c = compiled.get(q);
  if (!c) { c = compileForms(q); compiled.set(q, c); }
  // Most sentences tell no death at all: one cheap test before the full forms.
  if (!c.quick.test(sentence)) return null;
  const { forms, listed } = c;
  let lowest: Toll | null = null;
  const keep = (value: number, start: number, text: string) => {
    if (!lowest || value < lowest.value) lowest = { value, start, end: start + text.trimEnd().length };
  };
  const summed: [number, number][] = [];
  for (const m of allMatches(listed, sentence)) {
    const first = numberValue(m[1], q);
    const second = m[2] ? numberValue(m[2], q) : 1;
    if (first === null || second === null) continue;
    keep(first + second, m.index ?? 0, m[0]);
    summed.push([m.index ?? 0, (m.index ?? 0) + m[0].length]);
  }
  for (const re of forms) {
    for (const m of allMatches(re, sentence)) {
      if (summed.some(([s, e]) => (m.index ?? 0) >= s && (m.index ?? 0) < e)) continue;
      const value = numberValue(m[1], q);
      if (value === null || value > 100000) continue;
      keep(value, m.index ?? 0, m[0]);
    }
  }
  if (lowest === null) {
    const one = ONE_KILLED.exec(sentence);
    if (one) keep(1, one.index, one[0]);
  }
  return lowest;
}

const ONE_KILLED = /\b(?:was|were) (?:shot dead|killed)\b|\bkilling (?:a|an|one)\b/i;

function compileForms(q: Quantities): TollForms {
  const death = q.death_words, person = q.person_words, NUMBER = numberPattern(q);
  const forms = [
    new RegExp(String.raw`\b(?:at least |some |about |around |nearly |almost |up to |more than |over )?${NUMBER} (?!of (?:the|those|them|whom)\b)(?:other )?(?:${person} )?(?:[\w'’-]+ ){0,3}?(?:were |was |have been |had been |are |being )?${death}`, 'gi'),
    new RegExp(String.raw`\b(?:killing|killed|left|leaving|shot dead|shooting dead|gunned down|gunning down|murdered|executed|massacred|beheaded|slaughtered|claimed the lives of|death toll (?:\w+ ){0,2}?(?:to|at|of))(?: at least| some| about| around| nearly)? ${NUMBER}(?: (?:[\w'’-]+ )?${person}| dead)?`, 'gi'),
  ];
  // "killing three policemen and a passer-by": the figures of one list add up.
  const listed = new RegExp(String.raw`\b(?:killing|killed|left|leaving)(?: at least| some)? ${NUMBER} (?:[\w'’-]+ )?${person} and (?:an?|one|${NUMBER}) (?:(?:[\w'’-]+ )?${person}\b|[\w'’-]+)`, 'gi');
  const quick = new RegExp(String.raw`${death}|\b(?:killing|killed|left|leaving|shot|gunned|murdered|executed|massacred|beheaded|slaughtered|claimed the lives|death toll)\b`, 'i');
  return { forms, listed, quick };
}

/** "80 to 120 police", "some 300 fighters": a low/high count of people involved. */
const participantForms = new WeakMap<Quantities, RegExp>();

export function participantsIn(sentence: string, q: Quantities): { low: number; high: number; text: string } | null {
  if (!/\d\s*(?:to|-|–|or)\s*\d/.test(sentence)) return null;
  const re = participantForms.get(q) ?? new RegExp(String.raw`\b(\d[\d,]*)\s*(?:to|-|–|or)\s*(\d[\d,]*)\s+(?:\w+\s+)?(${q.person_words}|soldiers|fighters)\b`, 'i');
  participantForms.set(q, re);
  const m = re.exec(sentence);
  if (!m) return null;
  const low = Number(m[1].replace(/,/g, '')), high = Number(m[2].replace(/,/g, ''));
  return low <= high ? { low, high, text: m[0] } : null;
}

/** ACLED keeps the lowest reported figure; an unknown figure (null) never wins over a stated one. */
export function lowestFigure(a: number | null, b: number | null): number | null {
  return a === null ? b : b === null ? a : Math.min(a, b);
}
