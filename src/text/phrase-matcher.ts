// Finds dictionary phrases in text by walking words, not by one giant regex: linear in the
// text and cheap to extend with thousands of aliases.
import { words, wordKeys, isCaseSensitive, type Word } from './words.js';

export interface PhraseMatch<T> {
  start: number;
  end: number;
  text: string;
  value: T;
}

interface Entry<T> {
  keys: string[];
  exact: string | null;
  value: T;
}

export class PhraseMatcher<T> {
  private readonly byFirst = new Map<string, Entry<T>[]>();

  add(phrase: string, value: T): void {
    const keys = wordKeys(phrase);
    if (keys.length === 0) return;
    const entry = { keys, exact: isCaseSensitive(phrase) ? words(phrase).map((w) => w.text).join(' ') : null, value };
    const list = this.byFirst.get(keys[0]) ?? [];
    list.push(entry);
    // Longest phrases first, so "Islamic State of Iraq" wins over "Islamic State".
    list.sort((a, b) => b.keys.length - a.keys.length);
    this.byFirst.set(keys[0], list);
  }

  /** Non-overlapping matches, leftmost-longest. */
  find(text: string, ws: Word[] = words(text)): PhraseMatch<T>[] {
    const out: PhraseMatch<T>[] = [];
    for (let i = 0; i < ws.length; i++) {
      const candidates = this.byFirst.get(ws[i].lower);
      if (!candidates) continue;
      const hit = candidates.find((c) => this.matchesAt(c, ws, i));
      if (!hit) continue;
      const last = ws[i + hit.keys.length - 1];
      out.push({ start: ws[i].start, end: last.end, text: text.slice(ws[i].start, last.end), value: hit.value });
      i += hit.keys.length - 1;
    }
    return out;
  }

  private matchesAt(entry: Entry<T>, ws: Word[], i: number): boolean {
    if (i + entry.keys.length > ws.length) return false;
    for (let k = 0; k < entry.keys.length; k++) if (ws[i + k].lower !== entry.keys[k]) return false;
    if (entry.exact !== null) return ws.slice(i, i + entry.keys.length).map((w) => w.text).join(' ') === entry.exact;
    return true;
  }
}
