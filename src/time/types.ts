// Shapes shared by the time recognisers and refiners.
import type { DatePrecision, TimexType } from '../model.js';
import type { YMD } from './calendar.js';

export type Tense = 'past' | 'present' | 'future';

/** What a relative expression can be resolved against, as the resolver walks the text. */
export interface Anchors {
  /** Speech time: the dateline date when known (more specific), else the publication date. */
  speech: YMD | null;
  speechKind: 'published' | 'dateline' | 'none';
  /** The last day-precise date the narrative reached ("the third of May"). */
  narrative: YMD | null;
  /** The last absolute date of any precision the text named ("in March 2003"), for "that year". */
  narrativePeriod: YMD | null;
  /** The last quarter the text spoke of ("the third quarter"), for "the quarter", "a year earlier". */
  focusQuarter: { year: number; quarter: number } | null;
  /** Tense of the clause around the expression. */
  tense: Tense;
}

export interface Resolution {
  value: string;
  range: { start: string; end: string } | null;
  precision: DatePrecision | null;
  anchor: 'absolute' | 'published' | 'dateline' | 'narrative' | 'none';
  sinceRange?: { start: string; end: string };
}

/** A candidate expression: where it is and how to resolve it once anchors are known. */
export interface Draft {
  start: number;
  end: number;
  type: TimexType;
  rule: string;
  resolve(anchors: Anchors): Resolution;
  /** The expression names the quarter a story is about ("the third quarter"), later "the quarter" refers back to it. */
  focus?: boolean;
  /** The text says the period is over ("the fourth quarter ended Jan. 31", a fiscal quarter). */
  over?: boolean;
  /** The expression names a span of several quarters ("the first nine months"), so later comparisons leave the quarter. */
  unfocus?: boolean;
  /** A clock time with no day of its own ("10 p.m."), which a neighbouring day expression can take. */
  clock?: { hour: number; minute: number };
  /** Among overlapping drafts of equal length, the higher wins. */
  priority?: number;
}

/** One pattern family: finds drafts in the whole text. */
export interface Recogniser {
  name: string;
  find(text: string): Draft[];
}

/** Takes the drafts (or mentions) found so far and returns a better list. */
export interface Refiner<T> {
  name: string;
  refine(items: T[], text: string): T[];
}
