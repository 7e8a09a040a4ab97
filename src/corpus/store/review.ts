// Review decisions, the same for every backend: what a review changes, and how the edited
// values stand over the coded record (which is kept unchanged beside them).
import { InputError } from '../../errors.js';
import type { CorpusEvent } from '../types.js';
import { REVIEW_STATUSES, type ReviewInput, type ReviewState, type ReviewStatus } from './store.js';

/** Fields a reviewer cannot set: the identity, the sources (they are evidence) and the status itself. */
const FIXED_FIELDS = new Set(['id', 'sources', 'review']);
/** Fields an event may lack in its coded record yet a reviewer may add. */
const OPTIONAL_FIELDS = ['participants', 'plover', 'notes', 'assoc_actor_1', 'assoc_actor_2', 'civilian_targeting'];

export const UNREVIEWED: ReviewState = { status: 'unreviewed', edits: {}, note: null, by: null, at: null };

/** The review state after `input`; throws InputError on a field that cannot be set. */
export function nextReview(coded: CorpusEvent, before: ReviewState, input: ReviewInput, at: Date): ReviewState {
  if (!input.who?.trim()) throw new InputError('a review needs the name of who made it');
  // Checked at run time too: the status may come from a web form or the command line.
  const status = input.status as string | undefined;
  if (status !== undefined && (status === 'unreviewed' || !(REVIEW_STATUSES as readonly string[]).includes(status))) {
    throw new InputError(`review status must be accepted, rejected or edited, not "${String(input.status)}"`);
  }
  const edits = { ...before.edits };
  for (const field of input.unset ?? []) delete edits[field];
  for (const [field, value] of Object.entries(input.set ?? {})) {
    if (FIXED_FIELDS.has(field) || !(field in coded || OPTIONAL_FIELDS.includes(field))) {
      throw new InputError(`"${field}" is not a field a review can set`);
    }
    if (value === undefined) throw new InputError(`no value given for "${field}"`);
    edits[field] = value;
  }
  const changedFields = Object.keys(input.set ?? {}).length > 0;
  const next: ReviewStatus = input.status ?? (changedFields ? 'edited' : before.status);
  return { status: next, edits, note: input.note ?? before.note, by: input.who.trim(), at: at.toISOString() };
}

/** The event as it stands: the coded record with the edits over it, and its review status. */
export function reviewedEvent(coded: CorpusEvent, review: ReviewState): CorpusEvent {
  return { ...coded, ...(review.edits as Partial<CorpusEvent>), review: review.status };
}
