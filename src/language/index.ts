// Language basics: sentences and tokens with character offsets, part of speech and lemma.
// wink-nlp's light English model does the work; it knows no named entities, which come
// from sitrep's own data in later stages.
import winkNLP, { type ItemSentence, type ItemToken } from 'wink-nlp';
import { winkModel } from './wink-model.js';
import type { Sentence, Token } from '../model.js';
import { splitParagraphs } from '../document/metadata.js';

export type { Token } from '../model.js';

export interface Analysis {
  sentences: Sentence[];
  tokens: Token[];
}

let nlp: ReturnType<typeof winkNLP> | null = null;
function loadNlp(): ReturnType<typeof winkNLP> {
  // Only the sentence splitter and the POS tagger: wink-nlp's default pipeline also runs
  // negation, sentiment and entity passes that nothing reads, at twice the cost (same tokens,
  // tags and lemmas on 1,218 texts of the shared benchmarks).
  nlp ??= winkNLP(winkModel(), ['sbd', 'pos']);
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
          start: para.start + at, end: para.start + cursor, text: word,
          lemma: String(t.out(its.lemma as never)).toLowerCase(), pos: String(t.out(its.pos)),
          sentence: sentences.length,
        });
      });
      if (first < 0) return;
      const start = para.start + first, end = para.start + last;
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: para.index });
    });
  }
  return { sentences, tokens };
}
