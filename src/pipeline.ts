// The whole path from a SourceDocument to coded event records, one stage after another.
import type { Annotated, SourceDocument } from './model.js';
import { analyse } from './language/index.js';
import { tagTimes } from './time/index.js';
import { tagPlaces } from './places/index.js';
import { findNamedActors, tagActors } from './actors/index.js';
import { codeEvents } from './events/index.js';
import { documentRecord, eventRecord } from './assembly/index.js';

export function annotate(doc: SourceDocument): Annotated {
  const { sentences } = analyse(doc.text);
  const skip = doc.metadataSpans.filter((s) => doc.dateline?.span.start !== s.start);
  const times = tagTimes(doc.text, { published: doc.published, dateline: doc.dateline?.date ?? null, skip });
  const named = findNamedActors(doc.text);
  const places = tagPlaces(doc.text, { datelinePlace: doc.dateline?.place ?? null, exclude: named });
  const actors = tagActors(doc.text, { sentences, places, skip: doc.metadataSpans });
  return { doc, sentences, times, places, actors };
}

export function extract(doc: SourceDocument) {
  const a = annotate(doc);
  const events = codeEvents(a).map((e, i) => eventRecord(e, a, i));
  return { document: documentRecord(a), events };
}

export type Extraction = ReturnType<typeof extract>;
