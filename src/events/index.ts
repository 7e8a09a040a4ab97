// Event stage, in three steps a reader can follow:
//   mentions       (mentions.ts)      every clause that says something happened, with its arguments;
//   reportability  (reportability.ts) each mention kept or dropped for a named reason;
//   aggregation    (aggregation.ts)   kept mentions joined into ACLED events by one merge.
import type { Annotated } from '../model.js';
import { findMentions } from './mentions.js';
import { judge } from './reportability.js';
import { aggregate } from './aggregation.js';
import type { CodedEvent, Dropped } from './mention.js';

export { loadEventData } from './data.js';
export type { CodedEvent, Dropped, EventMention } from './mention.js';

export interface EventCoding {
  events: CodedEvent[];
  /** Mentions not coded, each with the reason: why a passage was not made an event. */
  dropped: Dropped[];
}

export function codeDocumentEvents(a: Annotated): EventCoding {
  const judged = judge(findMentions(a), a);
  const { events, dropped } = aggregate(judged, a);
  return { events, dropped: [...judged.dropped, ...dropped].sort((x, y) => x.mention.trigger.start - y.mention.trigger.start) };
}

export function codeEvents(a: Annotated): CodedEvent[] {
  return codeDocumentEvents(a).events;
}
