// Place stage: recognises place names and resolves them to gazetteer entries.
// (Stub interface; the implementation lives in this folder.)
import type { PlaceMention, Span } from '../model.js';

export interface PlaceContext {
  /** The dateline's place words ("Raqqa East front"), a strong hint for the whole document. */
  datelinePlace?: string | null;
  /** Spans already known not to be places (actor names such as "Islamic State"). */
  exclude?: Span[];
}

/** Every place mention in `text`, in text order, each resolved with the whole document as context. */
export function tagPlaces(text: string, ctx: PlaceContext = {}): PlaceMention[] {
  void text; void ctx;
  return [];
}
