// Language basics: sentences and tokens with character offsets. wink-nlp's light English
// model does the work, running only its sentence splitter: no later stage reads a part of
// speech or a lemma, and tagging them cost three quarters of this stage's time.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Sentence } from '../model.js';
import { splitParagraphs } from '../document/metadata.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function loadNlp(): ReturnType<typeof winkNLP> {
  nlp ??= winkNLP(model, ['sbd']);
  return nlp;
}

export function analyse(text: string): Analysis {
  const engine = loadNlp();
  const its = engine.its;
  const paragraphs = splitParagraphs(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Paragraph by paragraph: a title or a dateline without a full stop never swallows the next line.
  for (const para of paragraphs) {
    const doc = engine.readDoc(para.text);
    let cursor = 0;
    doc.sentences().each((s: ItemSentence) => {
      let first = -1, last = -1;
      s.tokens().each((t: ItemToken) => {
        const word = t.out();
        if (t.out(its.type) === 'tabCRLF' || !word.trim()) return;
        const at = para.text.indexOf(word, cursor);
        if (at < 0) return;
        cursor = at + word.length;
        if (first < 0) first = at;
        last = cursor;
        tokens.push({
          start: para.start + at, end: para.start + cursor, text: word, sentence: sentences.length,
        });
      });
      if (first < 0) return;
      const start = para.start + first, end = para.start + last;
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: para.index });
    });
  }
  return { sentences, tokens };
}
