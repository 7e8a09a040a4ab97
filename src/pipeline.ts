// The whole path from a SourceDocument to coded event records, one stage after another.
import type { Annotated, SourceDocument } from './model.js';
import { analyse } from './language/index.js';
import { tagTimes } from './time/index.js';
import { tagPlaces } from './places/index.js';
import { findNamedActors, tagActors } from './actors/index.js';
import { codeDocumentEvents } from './events/index.js';
import { documentRecord, eventRecord, notCodedRecord } from './assembly/index.js';
import { authorSpans } from './document/author.js';

/** The annotation stages, in the order they run. */
export type AnnotationStage = 'language' | 'time' | 'places' | 'actors';

/** `done` is told as each stage ends: the scale bench times the stages on this very path. */
export function annotate(doc: SourceDocument, done: (stage: AnnotationStage) => void = () => {}): Annotated {
  const { sentences, tokens } = analyse(doc.text); done('language');
  const skip = doc.metadataSpans.filter((s) => doc.dateline?.span.start !== s.start);
  const times = tagTimes(doc.text, { published: doc.published, dateline: doc.dateline?.date ?? null, skip }); done('time');
  const named = findNamedActors(doc.text);
  // The author's name in a byline is a person: "Posted by Sana ..." is no Sanaa.
  const places = tagPlaces(doc.text, { datelinePlace: doc.dateline?.place ?? null, exclude: [...named, ...authorSpans(doc)] }); done('places');
  const actors = tagActors(doc.text, { sentences, places, skip: doc.metadataSpans, named }); done('actors');
  return { doc, sentences, tokens, times, places, actors };
}

export interface ExtractOptions {
  /** Also list the mentions that were not coded, each with its reason. */
  explain?: boolean;
}

export function extract(doc: SourceDocument, options: ExtractOptions = {}) {
  const a = annotate(doc);
  const coding = codeDocumentEvents(a);
  const events = coding.events.map((e, i) => eventRecord(e, a, i));
  const result: { document: ReturnType<typeof documentRecord>; events: typeof events; not_coded?: ReturnType<typeof notCodedRecord>[] } =
    { document: documentRecord(a), events };
  if (options.explain) result.not_coded = coding.dropped.map(notCodedRecord);
  return result;
}

export type Extraction = ReturnType<typeof extract>;
