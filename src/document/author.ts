// Where the author's name is written in the document's own metadata lines ("Posted by Sana
// Qureshi on ..."): a person, never a place or an actor, however much it looks like one.
import type { SourceDocument, Span } from '../model.js';

export function authorSpans(doc: Pick<SourceDocument, 'author' | 'text' | 'metadataSpans'>): Span[] {
  const name = doc.author?.trim();
  if (!name) return [];
  const out: Span[] = [];
  for (const line of doc.metadataSpans) {
    for (let at = doc.text.indexOf(name, line.start); at >= 0 && at + name.length <= line.end; at = doc.text.indexOf(name, at + name.length)) {
      out.push({ start: at, end: at + name.length, text: name });
    }
  }
  return out;
}
