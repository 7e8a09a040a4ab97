// A light word view of a sentence for the frame matcher: words with offsets and a crude stem,
// so "seized", "seizes" and "seizing" meet "seize" in the data. Cheap enough to run on every
// sentence (the NLP model's tokens are not kept past the language stage).
import { words } from '../text/words.js';

export interface LexWord {
  start: number;
  end: number;
  text: string;
  lower: string;
  stem: string;
  /** A clause boundary follows this word (",", ";", ":", a dash; "." at a sentence end). */
  breakAfter: string | null;
}

// A Map, not an object: words such as "constructor" must not find Object's own properties.
const IRREGULAR = new Map<string, string>(Object.entries({
  took: 'take', taken: 'take', set: 'set', fought: 'fight', shot: 'shoot', hit: 'hit', threw: 'throw', thrown: 'throw',
  overran: 'overrun', blew: 'blow', blown: 'blow', withdrew: 'withdraw', withdrawn: 'withdraw', brought: 'bring',
  caught: 'catch', held: 'hold', led: 'lead', struck: 'strike', stricken: 'strike', laid: 'lay', beat: 'beat', beaten: 'beat',
  broke: 'break', broken: 'break', found: 'find', made: 'make', began: 'begin', begun: 'begin', ran: 'run', went: 'go',
  gone: 'go', fled: 'flee', stole: 'steal', stolen: 'steal', burnt: 'burn', lit: 'light', sent: 'send', drove: 'drive',
  driven: 'drive', rode: 'ride', seen: 'see', saw: 'see', gave: 'give', given: 'give', won: 'win', lost: 'lose',
  killed: 'kill', built: 'build', sought: 'seek', hurled: 'hurl', fell: 'fall', fallen: 'fall', forced: 'force',
  men: 'man', women: 'woman', children: 'child', people: 'people', police: 'police', arms: 'arms', forces: 'force',
  dead: 'dead', news: 'news', bus: 'bus', buses: 'bus', gas: 'gas',
}));

/** A stem both the data and the text reduce to: "captured", "capture", "captures" → "captur". */
export function stem(word: string): string {
  const w = word.toLowerCase().replace(/’/g, "'");
  const irregular = IRREGULAR.get(w);
  if (irregular) return irregular === w ? w : stem(irregular);
  let s = w;
  if (s.length > 4 && s.endsWith('ies')) s = s.slice(0, -3) + 'y';
  else if (s.length > 4 && s.endsWith('ied')) s = s.slice(0, -3) + 'y';
  else if (s.length > 5 && s.endsWith('ing')) s = s.slice(0, -3);
  else if (s.length > 4 && s.endsWith('ed')) s = s.slice(0, -2);
  else if (s.length > 4 && /(?:ss|sh|ch|x)es$/.test(s)) s = s.slice(0, -2);
  else if (s.length > 3 && s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us')) s = s.slice(0, -1);
  if (s.length > 3 && s.endsWith('e')) s = s.slice(0, -1);
  // kidnapped → kidnap, planned → plan
  if (s.length > 4 && /([bdgkmnprt])\1$/.test(s)) s = s.slice(0, -1);
  return s;
}

export function stems(phrase: string): string[] {
  return words(phrase).map((w) => stem(w.text));
}

const BREAK = /^[^\p{L}\p{N}]*?([,;:]|\s[–—-]\s)/u;

const stemCache = new Map<string, string>();

export function lexWords(text: string, from: number, to: number): LexWord[] {
  const ws = words(text, from, to);
  return ws.map((w, i) => {
    const gapEnd = i + 1 < ws.length ? ws[i + 1].start : to;
    let s = stemCache.get(w.text);
    if (s === undefined) {
      s = stem(w.text);
      if (stemCache.size < 100000) stemCache.set(w.text, s);
    }
    const breakAfter = gapEnd - w.end === 1 && text.charCodeAt(w.end) === 32 ? null : breakIn(text.slice(w.end, gapEnd));
    return { start: w.start, end: w.end, text: w.text, lower: w.lower, stem: s, breakAfter };
  });
}

function breakIn(gap: string): string | null {
  const br = BREAK.exec(gap);
  return br ? br[1].trim() : /[.!?]/.test(gap) ? '.' : null;
}
