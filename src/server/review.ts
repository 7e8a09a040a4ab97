// One review, wherever it comes from (the workbench API or `sitrep review`): checked against
// the schema and the project's data, then handed to the store, which keeps the audit entry.
import { ReviewBody } from './schemas.js';
import { EditError, editedFields } from './edits.js';
import type { AuditEntry, Store } from '../corpus/index.js';

export class ReviewError extends Error {
  constructor(message: string, readonly status: 400 | 404) { super(message); }
}

const STATUS = { accept: 'accepted', reject: 'rejected', edit: 'edited' } as const;

/** Records the review; returns its audit entry. */
export async function review(store: Store, id: string, input: unknown): Promise<AuditEntry> {
  const parsed = ReviewBody.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewError(`${issue.path.join('.') || 'review'}: ${issue.message}`, 400);
  }
  const { action, set, who, note } = parsed.data;
  if (!(await store.getEvent(id))) throw new ReviewError(`no event ${id}`, 404);
  if (action === 'edit' && (!set || !Object.keys(set).length)) throw new ReviewError('an edit needs at least one field to set', 400);
  if (action !== 'edit' && set) throw new ReviewError(`fields to set go with an edit, not with "${action}"`, 400);
  let fields: Record<string, unknown> | undefined;
  try {
    fields = set && editedFields(set);
  } catch (err) {
    if (err instanceof EditError) throw new ReviewError(err.message, 400);
    throw err;
  }
  await store.reviewEvent(id, { status: STATUS[action], set: fields, who, note });
  return (await store.auditLog(id)).at(-1)!;
}
