// The document model every stage reads and adds to. Nothing here rewrites `text`:
// each stage contributes a layer of mentions whose offsets point back into it.

/** A stretch of the document text: UTF-16 offsets, `text === doc.text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface Dateline {
  place: string;
  /** ISO date (YYYY-MM-DD, or shorter when less is known). */
  date: string | null;
  span: Span;
}

/** Metadata and text of one source, before any analysis. */
export interface SourceDocument {
  /** Stable content hash of `text`. */
  id: string;
  /** Caller's id (JSON-lines input), else the content hash. */
  inputId: string;
  text: string;
  title: string | null;
  summary: string | null;
  author: string | null;
  url: string | null;
  /** Publication date (YYYY-MM-DD) found in the source or given by the caller. */
  published: string | null;
  dateline: Dateline | null;
  /** The text says it continues an earlier post ("Continued from my last post"). */
  followsPrevious: boolean;
  language: string | null;
  /** Spans of lines that are metadata (title, byline, dateline): not narrative. */
  metadataSpans: Span[];
}

/** A word of the language stage: lemma and universal part of speech (wink-nlp's tagger). */
export interface Token extends Span {
  /** Lower-cased lemma ("killed" → "kill"). */
  lemma: string;
  /** Universal POS tag (NOUN, VERB, PROPN ...). */
  pos: string;
  sentence: number;
}

export interface Sentence extends Span {
  index: number;
  /** Index of the paragraph (blank-line separated block) holding the sentence. */
  paragraph: number;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type DatePrecision = 'day' | 'week' | 'month' | 'season' | 'quarter' | 'year' | 'decade' | 'century' | 'time';

export interface TimeMention extends Span {
  type: TimexType;
  /** TIMEX3 value: 2019-05-03, 2019-W18, P3D, PRESENT_REF, XXXX-05-03 ... */
  value: string;
  /** Calendar interval the expression covers, when it denotes one (DATE/TIME). */
  range: { start: string; end: string } | null;
  precision: DatePrecision | null;
  /** What a relative expression was resolved against. */
  anchor: 'absolute' | 'published' | 'dateline' | 'narrative' | 'none';
  /**
   * For "it had been two weeks since they crossed": the interval from the earlier
   * event to the narrated moment (here 2019-04-19 .. 2019-05-03).
   */
  sinceRange?: { start: string; end: string };
  /** Name of the recogniser or refiner that produced it, for "why was this coded?". */
  rule: string;
}

export interface PlaceMention extends Span {
  name: string;
  lat: number;
  lon: number;
  geonames_id: number | null;
  country_code: string | null;
  country: string | null;
  admin1: string | null;
  /** GeoNames feature code (PPL, PPLA3, PCLI, ADM1 ...). */
  feature: string | null;
  population: number;
  /** What the name denotes: a settlement, a first-level division, a country ... */
  kind: 'settlement' | 'admin1' | 'country' | 'region' | 'feature';
  score: number;
  rule: string;
}

/** ACLED actor types, with inter codes 1..8 in this order. */
export const ACTOR_TYPES = [
  'State forces',
  'Rebel group',
  'Political militia',
  'Identity militia',
  'Rioters',
  'Protesters',
  'Civilians',
  'External/Other forces',
] as const;
export type ActorType = (typeof ACTOR_TYPES)[number];

export interface ActorMention extends Span {
  /** Id of the actor entry in data/actors, or of a generic actor. */
  actorId: string;
  /** Readable name in ACLED's style, e.g. "PMF: Popular Mobilization Forces". */
  name: string;
  type: ActorType;
  country: string | null;
  /** Id of the organisation the actor belongs to (Kataib Hezbollah → PMF). */
  parentId: string | null;
  /** The narrator's own side ("we", "our troops"), resolved from the text. */
  narrator: boolean;
  /** A generic description ("jihadists") that was tied to a named actor of the document. */
  generic: boolean;
  rule: string;
}

export type Certainty = 'reported' | 'eyewitness' | 'claimed' | 'rumoured';

export interface Annotated {
  doc: SourceDocument;
  sentences: Sentence[];
  tokens: Token[];
  times: TimeMention[];
  places: PlaceMention[];
  actors: ActorMention[];
}
