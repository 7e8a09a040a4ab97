// The two shapes of the event stage: an EventMention is one clause that says something
// happened, with each of its arguments pointing at its words; a CodedEvent is what ACLED
// records, the union of the mentions that tell one incident.
import type { ActorMention, Certainty, Sentence, Span } from '../model.js';
import type { SubEventInfo } from './data.js';
import type { TriggerMatch } from './triggers.js';
import type { EventDate } from './dating.js';
import type { EventPlace } from './locating.js';
import type { Modality } from './modality.js';
import type { ContextVeto } from './contexts.js';

export interface Toll {
  value: number;
  span: Span;
  /** Told as an update of an earlier count ("the toll rose to 21"). */
  update: boolean;
}

export interface Participants {
  low: number;
  high: number;
  text: string;
  start: number;
}

/** How the clause states the event: a verb ("militants attacked"), or a noun naming it ("the attack"). */
export type MentionForm = 'verbal' | 'nominal';

/** How a noun mention is introduced: "the/his/Tuesday's attack" points back, "attacks" speaks of many. */
export type Determination = 'definite' | 'indefinite' | 'counted' | 'plural' | 'bare' | 'none';

export interface EventMention {
  /** Position in the document's list of mentions. */
  index: number;
  info: SubEventInfo;
  trigger: TriggerMatch;
  sentence: Sentence;
  /** The clause (a sentence, or one part of it between semicolons) that holds the trigger. */
  clause: Span;
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  assoc1: ActorMention[];
  assoc2: ActorMention[];
  date: EventDate | null;
  place: EventPlace | null;
  toll: Toll | null;
  participants: Participants | null;
  modality: Modality;
  certainty: Certainty;
  /** The words that make the certainty other than a plain report ("claimed responsibility", "I saw"). */
  certaintyCue: Span | null;
  veto: ContextVeto;
  /** The words that state the event: the clause less what led to it. */
  evidence: Span;
  /** Stated in the title or standfirst. */
  headline: boolean;
  /** Told in a subordinate clause ("after", "following", "amid"). */
  subordinate: boolean;
  form: MentionForm;
  determination: Determination;
  /** A participle describing a noun ("the girls kidnapped last week"): it names an incident told elsewhere. */
  participle: boolean;
  /** A speech act or reaction whose topic the mention is ("condemned the attack", "denied that ..."). */
  speechAct: Span | null;
  /** Words that make the mention a habit or a tally ("frequently", "a wave of", "since January"). */
  habitual: Span | null;
  /** Set by reportability: an assertion may found an event, a reference ("the attack") only joins one. */
  role?: 'assertion' | 'reference';
}

/** Why a mention is not coded as an event of this report, in words a coder can check. */
export interface Dropped {
  mention: EventMention;
  reason: string;
}

export interface CodedEvent {
  info: SubEventInfo;
  /** The mentions that tell this event, in text order of their joining. */
  mentions: EventMention[];
  triggers: TriggerMatch[];
  actor1: ActorMention | null;
  actor2: ActorMention | null;
  /** Backers and allies the text ties to each side ("Iranian-backed", "loyal to"): ACLED's assoc_actor_1/2. */
  assoc1: ActorMention[];
  assoc2: ActorMention[];
  date: EventDate | null;
  place: EventPlace | null;
  fatalities: number | null;
  /** The words that give the coded figure. */
  fatalitiesMention: Span | null;
  /** The figure is an update, which earlier counts and later parts of it do not lower. */
  tollUpdated: boolean;
  participants: Participants | null;
  certainty: Certainty;
  certaintyCue: Span | null;
  evidence: Span[];
  headline: boolean;
  subordinate: boolean;
  /** Index of the sentence of its first mention. */
  sentence: number;
  /** Index of the sentence of its latest mention: how far back a retelling reaches is counted from there. */
  lastSentence: number;
}
