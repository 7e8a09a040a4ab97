// Recognise: capitalised word runs in the text, matched longest-first against the
// gazetteer keys. Each match keeps the clues the ranker and filters need (what stands
// before and after it, whether it opens a sentence, "X, Y" and "X in Y" containers).
import { curated } from './curated.js';
import type { Candidate, Gazetteer } from './gazetteer.js';
import { placeKey } from './normalise.js';
import { allMatches, eachMatch } from '../text/matches.js';

export interface Token { start: number; end: number; text: string }

export interface PlaceCandidate {
  start: number;
  end: number;
  text: string;
  key: string;
  candidates: Candidate[];
  /** Number of words matched. */
  words: number;
  /** Opens a sentence: capitalisation tells nothing. */
  sentenceInitial: boolean;
  /** Lower-cased word just before the match (outside its run), '' when none. */
  wordBefore: string;
  /** Capitalised word of the same run just before / after the match, when there is one. */
  runBefore: string | null;
  runAfter: string | null;
  /** Every word of the run after the match. */
  runRest: string[];
  /** Written in capitals only (an acronym such as "EU" or "US"). */
  allCaps: boolean;
  /** Index of the candidate that names where this one lies ("X, Y", "X in Y province"). */
  container: number | null;
  /** Matched through a US state abbreviation ("Ga.") in a "City, Ga." form. */
  stateAbbreviation: string | null;
}

// Words, with apostrophe joins ("Idlib's", "O'Fallon"), and dotted abbreviations ("U.S.").
// Hyphens split words ("London-based", "ez-Zor"): runs join them back where names go on.
const TOKEN = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
const ARTICLE_PREFIX = /^(?:al|el|ar|as|ad|an|at|az|ash|ez|es|ed|en|er|ul)-\p{Lu}/u;
const MAX_WORDS = 6;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  eachMatch(TOKEN, text, (m) => {
    let t = m[0], end = m.index + t.length;
    const poss = /['’]s$/.exec(t); // possessive: "Idlib's" names Idlib
    if (poss) { t = t.slice(0, -2); end -= 2; }
    out.push({ start: m.index, end, text: t });
  });
  return out;
}

const isCapitalised = (t: string) => /^\p{Lu}/u.test(t) || ARTICLE_PREFIX.test(t);
const isAllCaps = (t: string) => /^[\p{Lu}.]+$/u.test(t) && /\p{Lu}.*\p{Lu}|^\p{Lu}$/u.test(t);

/** True when only spaces (no line break, no punctuation) separate two tokens. */
const ABBREVIATED_PREFIX = /^(?:St|Mt|Ft|Ste|Pt)$/;
const joined = (text: string, a: Token, b: Token) => {
  const gap = text.slice(a.end, b.start);
  return /^[ \t\u00a0]{1,2}$/.test(gap) || (gap === '-' ) || (ABBREVIATED_PREFIX.test(a.text) && /^\. ?$/.test(gap));
};

function opensSentence(text: string, tok: Token): boolean {
  if (tok.start === 0) return true;
  // Sentence punctuation, a line break or a list bullet, then only spaces and quotes.
  const before = text.slice(Math.max(0, tok.start - 6), tok.start);
  return /(?:^|[.!?:;"“”'‘’)\]]|\n|[-–—•*] )[\s"“‘'(]*$/.test(before) && !/\b(?:Mr|Mrs|Ms|Dr|St|Mt|Ft|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|Prof|Rev)\.\s*$/.test(before);
}

export function recognise(text: string, gaz: Gazetteer): PlaceCandidate[] {
  const { functionWords, connectors } = curated().sets;
  const tokens = tokenize(text);
  const out: PlaceCandidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const tok = tokens[i];
    const startsName = isCapitalised(tok.text) && !(functionWords.has(tok.text) && opensSentence(text, tok) && tok.text !== 'The');
    if (!startsName) { i++; continue; }
    // The run: capitalised words, with lower-case connectors inside ("Bosnia and Herzegovina").
    let j = i + 1;
    while (j < tokens.length && joined(text, tokens[j - 1], tokens[j])) {
      const t = tokens[j].text;
      if (isCapitalised(t)) { j++; continue; } // "Holy See": a function word may go on a name
      if (connectors.has(t) && j + 1 < tokens.length && isCapitalised(tokens[j + 1].text) && joined(text, tokens[j], tokens[j + 1])) { j++; continue; }
      break;
    }
    matchRun(text, tokens, i, j, gaz, out);
    i = j;
  }
  linkContainers(text, out, gaz);
  return out;
}

let abbreviationPattern: RegExp | null = null;
function stateAbbreviationPattern(): RegExp {
  if (!abbreviationPattern) {
    const abbrevs = Object.keys(curated().cues.usStateAbbreviations).sort((a, b) => b.length - a.length);
    abbreviationPattern = new RegExp(`(?<=\\p{L}, ?)(?:${abbrevs.map((a) => a.replace(/\./g, '\\. ?')).join('|')})(?![\\p{L}])`, 'gu');
  }
  return abbreviationPattern;
}

/** An Arabic article joins a name's words ("Bab al-Tabbaneh"): the word after it continues the name. */
const ARABIC_ARTICLE = /^(?:al|el|ad|ar|as|ash|at|az|ez|ed|es|an)$/i;
function articleName(tokens: Token[], at: number, to: number, nameWord: (t: Token | undefined) => string | null): string | null {
  return ARABIC_ARTICLE.test(tokens[at].text) && at + 1 < to ? nameWord(tokens[at + 1]) : null;
}

/** Longest gazetteer matches, left to right, inside tokens[from, to). */
function matchRun(text: string, tokens: Token[], from: number, to: number, gaz: Gazetteer, out: PlaceCandidate[]): void {
  const { connectors, functionWords } = curated().sets;
  const nameWord = (t: Token | undefined) => t && !connectors.has(t.text) && !functionWords.has(t.text) ? t.text : null;
  let i = from;
  while (i < to) {
    if (connectors.has(tokens[i].text) || functionWords.has(tokens[i].text)) { i++; continue; }
    let found: { n: number; key: string; cands: Candidate[] } | null = null;
    let phrase = '';
    const keys: string[] = [];
    for (let n = 1; n <= Math.min(MAX_WORDS, to - i); n++) {
      phrase = n === 1 ? tokens[i].text : phrase + ' ' + tokens[i + n - 1].text;
      const key = placeKey(phrase);
      keys.push(key);
      if (connectors.has(tokens[i + n - 1].text)) continue; // "Deir ez" goes on to "Deir ez-Zor"
      if (!key || !gaz.hasLonger(key)) break;
    }
    for (let n = keys.length; n >= 1 && !found; n--) {
      if (connectors.has(tokens[i + n - 1].text)) continue;
      const cands = gaz.lookup(keys[n - 1]);
      if (cands.length) found = { n, key: keys[n - 1], cands };
    }
    if (!found) { i++; continue; }
    const first = tokens[i], last = tokens[i + found.n - 1];
    const prevTok = tokens[i - 1];
    const matched = text.slice(first.start, last.end);
    out.push({
      start: first.start, end: last.end, text: matched, key: found.key, candidates: found.cands, words: found.n,
      sentenceInitial: i === from && opensSentence(text, first) || (i === from + 1 && tokens[from].text === 'The' && opensSentence(text, tokens[from])),
      wordBefore: prevTok && (i === from || !nameWord(prevTok)) ? prevTok.text.toLowerCase() : '',
      runBefore: i > from ? nameWord(tokens[i - 1]) : null,
      runAfter: i + found.n < to ? nameWord(tokens[i + found.n]) ?? articleName(tokens, i + found.n, to, nameWord) : null,
      runRest: tokens.slice(i + found.n, to).map((t) => t.text),
      allCaps: isAllCaps(matched.replace(/\s+/g, '')),
      container: null,
      stateAbbreviation: null,
    });
    i += found.n;
  }
}

/**
 * "X, Y" where Y is a country, first-level division or US state abbreviation, and
 * "X in Y": Y contains X. AP abbreviations ("Ga.") become mentions of their state.
 */
function linkContainers(text: string, found: PlaceCandidate[], gaz: Gazetteer): void {
  const { cues } = curated();
  // State abbreviations after "City, " ("Paris, Tenn.", "Charleston, W.Va."): mentions of the state.
  for (const m of allMatches(stateAbbreviationPattern(), text)) {
    const code = cues.usStateAbbreviations[m[0].replace(/ /g, '')];
    const cands = gaz.lookup(placeKey(code)).filter((c) => c.entry.kind === 'admin1' && c.entry.admin1Code === 'US.' + code);
    if (!cands.length) continue;
    const start = m.index!, end = start + m[0].length;
    for (let k = found.length - 1; k >= 0; k--) if (found[k].start < end && start < found[k].end) found.splice(k, 1);
    let at = found.findIndex((f) => f.start > start);
    if (at < 0) at = found.length;
    found.splice(at, 0, {
      start, end, text: m[0], key: placeKey(code), candidates: cands, words: 1,
      sentenceInitial: false, wordBefore: ',', runBefore: null, runAfter: null, runRest: [], allCaps: false, container: null,
      stateAbbreviation: code,
    });
  }
  for (let k = 0; k + 1 < found.length; k++) {
    const m = found[k], next = found[k + 1];
    const between = text.slice(m.end, next.start);
    const isContainerKind = next.candidates.some((c) => c.entry.kind === 'country' || c.entry.kind === 'admin1');
    if (isContainerKind && (/^,\s*$/.test(between) || /^\s+in\s+(?:the\s+)?$/i.test(between))) m.container = k + 1;
  }
}
