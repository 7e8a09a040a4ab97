// Language basics: sentences with character offsets. wink-nlp's light English
// model does the work, running only its sentence splitter: no later stage reads a part of
// speech or a lemma, and tagging them cost three quarters of this stage's time.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../model.js';
import { splitParagraphs } from '../document/metadata.js';

export interface Analysis {
  sentences: Sentence[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function loadNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

export function analyse(text: string): Analysis {
  const engine = loadNlp();
  const its = engine.its;
  const sentences: Sentence[] = [];
  const add = (start: number, end: number, paragraph: number) =>
    sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph });
  // Paragraph by paragraph: a title or a dateline without a full stop never swallows the next line.
  for (const para of splitParagraphs(text)) {
    let cursor = 0;
    engine.readDoc(para.text).sentences().each((s: ItemSentence) => {
      // wink-nlp gives a sentence back as written: found as a whole, it needs no pass over its
      // tokens. Where it is not found verbatim, the tokens are located one by one.
      const whole = s.out().trim();
      const at = whole ? para.text.indexOf(whole, cursor) : -1;
      if (at >= 0) {
        cursor = at + whole.length;
        add(para.start + at, para.start + cursor, para.index);
        return;
      }
      let first = -1, last = -1;
      s.tokens().each((t: ItemToken) => {
        const word = t.out();
        if (t.out(its.type) === 'tabCRLF' || !word.trim()) return;
        const found = para.text.indexOf(word, cursor);
        if (found < 0) return;
        cursor = found + word.length;
        if (first < 0) first = found;
        last = cursor;
      });
      if (first >= 0) add(para.start + first, para.start + last, para.index);
    });
  }
  return { sentences };
}
