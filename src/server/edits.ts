// A coder's edit, checked against the project's data and turned into the record fields it
// sets: a sub-event type brings its event and disorder type, a place comes from the gazetteer.
import type { z } from 'zod';
import type { EditFields } from './schemas.js';
import { placeByRef, subEventInfo } from './reference.js';

export class EditError extends Error {}

const TIME_PRECISION = { day: 1, week: 2, month: 3, year: 3 } as const;

export function editedFields(edit: z.infer<typeof EditFields>): Record<string, unknown> {
  const set: Record<string, unknown> = {};
  if (edit.sub_event_type !== undefined) {
    const info = subEventInfo(edit.sub_event_type);
    if (!info) throw new EditError(`sub_event_type "${edit.sub_event_type}" is not in the taxonomy`);
    Object.assign(set, { sub_event_type: info.sub_event_type, event_type: info.event_type, disorder_type: info.disorder_type });
  }
  if (edit.date) {
    const { start, precision } = edit.date;
    const end = edit.date.end ?? start;
    if (!realDay(start) || !realDay(end)) throw new EditError('date: start and end must be real days');
    if (end < start) throw new EditError('date: end comes before start');
    set.date = { start, end, precision, time_precision: TIME_PRECISION[precision], mention: null, how: 'review' };
  }
  if (edit.place_ref !== undefined) {
    const p = placeByRef(edit.place_ref);
    if (!p) throw new EditError(`place_ref ${edit.place_ref} is no place of the gazetteer`);
    set.location = {
      name: p.name, admin1: p.admin1, country: p.country, country_code: p.country_code, lat: p.lat, lon: p.lon,
      geonames_id: p.geonames_id, geo_precision: p.kind === 'settlement' ? 1 : 2, mention: null,
    };
  }
  for (const side of ['actor1', 'actor2'] as const) {
    const a = edit[side];
    if (a !== undefined) set[side] = a && { name: a.name, type: a.type, mention: null };
  }
  if (edit.fatalities !== undefined) set.fatalities = edit.fatalities;
  if (edit.certainty !== undefined) set.certainty = edit.certainty;
  if (edit.notes !== undefined) set.notes = edit.notes;
  return set;
}

function realDay(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}
