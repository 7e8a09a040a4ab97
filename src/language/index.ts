// Language basics: sentences and tokens with character offsets, part of speech and lemma.
// wink-nlp's light English model does the work; it knows no named entities, which come
// from sitrep's own data in later stages.
import winkNLP from 'wink-nlp';
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
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // Paragraph by paragraph: a title or a dateline without a full stop never swallows the next line.
  for (const para of splitParagraphs(text)) {
    const doc = engine.readDoc(para.text);
    // Whole columns at once: wink-nlp's per-token item objects cost a third of the stage.
    const all = doc.tokens();
    const words = all.out(), types = all.out(its.type), tags = all.out(its.pos), lemmas = all.out(its.lemma as never);
    const spans = doc.sentences().out(its.span) as unknown as [number, number][];
    let cursor = 0;
    for (const [from, to] of spans) {
      let first = -1, last = -1;
      for (let i = from; i <= to; i++) {
        const word = words[i];
        if (types[i] === 'tabCRLF' || !word.trim()) continue;
        const at = para.text.indexOf(word, cursor);
        if (at < 0) continue;
        cursor = at + word.length;
        if (first < 0) first = at;
        last = cursor;
        tokens.push({
          start: para.start + at, end: para.start + cursor, text: word,
          lemma: String(lemmas[i]).toLowerCase(), pos: String(tags[i]), sentence: sentences.length,
        });
      }
      if (first < 0) continue;
      const start = para.start + first, end = para.start + last;
      sentences.push({ start, end, text: text.slice(start, end), index: sentences.length, paragraph: para.index });
    }
  }
  return { sentences, tokens };
}
