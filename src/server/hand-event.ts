// An event a coder adds by selecting the words of a source that tell it: a report like the
// ones sitrep codes, its evidence the selected words, its fields from the coder's choices.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import type { Report } from '../corpus/index.js';
import { interaction } from '../assembly/index.js';
import { notesFor } from '../assembly/notes.js';
import type { NewEventBody } from './schemas.js';
import { EditError, editedFields } from './edits.js';
import { subEventInfo } from './reference.js';

const MAX_EVIDENCE = 5000;

export function handReport(body: z.infer<typeof NewEventBody>, text: string): Report {
  const { document_id, start, end, who: _who, note: _note, ...choices } = body;
  if (end <= start || end > text.length) throw new EditError(`the selection ${start}-${end} is not within the document (${text.length} characters)`);
  if (end - start > MAX_EVIDENCE) throw new EditError(`select at most ${MAX_EVIDENCE} characters: the words that tell the event`);
  const info = subEventInfo(choices.sub_event_type);
  if (!info) throw new EditError(`sub_event_type "${choices.sub_event_type}" is not in the taxonomy`);
  const set = editedFields(choices) as Record<string, never>;
  const actor1 = set.actor1 ?? null, actor2 = set.actor2 ?? null;
  const type = (a: { type: string } | null) => a?.type ?? null;
  const fields = {
    sub_event_type: info.sub_event_type,
    actor1, actor2,
    location: set.location ?? null,
    date: set.date ?? null,
    fatalities: choices.fatalities ?? 0,
    certainty: choices.certainty ?? 'reported',
  } as const;
  // The coder's selection is the evidence: no words of it are singled out for the toll or the certainty.
  const mentions = { fatalities_mention: null, certainty_mention: null };
  const record = {
    id: 'hand-' + createHash('sha256').update(`${document_id}|${start}|${end}|${info.sub_event_type}`).digest('hex').slice(0, 12),
    event_type: info.event_type,
    disorder_type: info.disorder_type,
    ...fields,
    ...mentions,
    assoc_actor_1: [], assoc_actor_2: [],
    interaction: interaction(type(actor1), type(actor2)),
    civilian_targeting: info.event_type === 'Violence against civilians' || type(actor2) === 'Civilians' ? 'Civilian targeting' : null,
    evidence: [{ start, end, text: text.slice(start, end) }],
    triggers: [],
    notes: choices.notes ?? notesFor(fields),
    plover: info.plover,
  };
  return { record: record as unknown as Report['record'], documentId: document_id, position: Number.MAX_SAFE_INTEGER, dateStated: false };
}
