// Assembly: coded events into the contract's records, every field with its evidence span.
import { createHash } from 'node:crypto';
import type { ActorMention, Annotated, Span } from '../model.js';
import type { CodedEvent, Dropped } from '../events/index.js';
import { loadActorData, rootActor } from '../actors/index.js';
import { notesFor } from './notes.js';

export interface ActorRecord {
  name: string;
  type: string;
  mention: Span;
  id: string;
  narrator?: boolean;
}

export function documentRecord(a: Annotated) {
  const d = a.doc;
  return {
    id: d.id,
    text: d.text,
    title: d.title,
    summary: d.summary,
    author: d.author,
    url: d.url,
    published: d.published,
    dateline: d.dateline ? { place: d.dateline.place, date: d.dateline.date } : null,
    follows_previous: d.followsPrevious,
    language: d.language ?? 'en',
  };
}

export function eventRecord(e: CodedEvent, a: Annotated, index: number) {
  const actor1 = actorRecord(e.actor1), actor2 = actorRecord(e.actor2);
  const place = e.place?.place ?? null;
  const record = {
    id: eventId(a.doc.id, e, index),
    event_type: e.info.event_type,
    sub_event_type: e.info.sub_event_type,
    disorder_type: e.info.disorder_type,
    actor1,
    actor2,
    assoc_actor_1: [...associated(e.actor1), ...e.assoc1.map(actorRecord).filter((x): x is ActorRecord => !!x)],
    assoc_actor_2: [...associated(e.actor2), ...e.assoc2.map(actorRecord).filter((x): x is ActorRecord => !!x)],
    interaction: interaction(actor1?.type ?? null, actor2?.type ?? null),
    civilian_targeting: e.info.event_type === 'Violence against civilians' || actor2?.type === 'Civilians' ? 'Civilian targeting' : null,
    location: place && {
      name: place.name,
      admin1: place.admin1,
      country: place.country,
      country_code: place.country_code,
      lat: place.lat,
      lon: place.lon,
      geonames_id: place.geonames_id,
      geo_precision: e.place!.geoPrecision,
      mention: span(place),
    },
    date: e.date && {
      start: e.date.start,
      end: e.date.end,
      precision: e.date.precision,
      time_precision: e.date.precision === 'day' || e.date.precision === 'range' ? 1 : e.date.precision === 'week' ? 2 : 3,
      mention: e.date.mention ? span(e.date.mention) : metadataDateSpan(e.date.how, a),
      how: e.date.how,
    },
    fatalities: e.fatalities ?? 0,
    fatalities_mention: e.fatalities && e.fatalitiesMention ? span(e.fatalitiesMention) : null,
    certainty: e.certainty,
    certainty_mention: e.certainty !== 'reported' && e.certaintyCue ? span(e.certaintyCue) : null,
    evidence: e.evidence.map(span),
    triggers: e.triggers.map((t) => ({ ...span(t), rule: t.pattern.id })),
    notes: '',
    plover: e.info.plover,
    participants: e.participants ? { actor: actor2?.name ?? actor1?.name ?? null, low: e.participants.low, high: e.participants.high } : undefined,
  };
  record.notes = notesFor(record);
  return record;
}

export type EventRecord = ReturnType<typeof eventRecord>;

function actorRecord(m: ActorMention | null): ActorRecord | null {
  if (!m) return null;
  // ACLED codes a member unit under its organisation (Kataib Hezbollah → PMF); the unit stays as associate.
  const root = m.parentId ? rootActor(loadActorData(), m.actorId) : null;
  const coded = root && root.id !== m.actorId ? root : null;
  return {
    id: coded?.id ?? m.actorId,
    name: coded?.name ?? m.name,
    type: coded?.type ?? m.type,
    mention: span(m),
    ...(m.narrator ? { narrator: true } : {}),
  };
}

function associated(m: ActorMention | null): ActorRecord[] {
  if (!m?.parentId) return [];
  const root = rootActor(loadActorData(), m.actorId);
  if (!root || root.id === m.actorId) return [];
  return [{ id: m.actorId, name: m.name, type: m.type, mention: span(m) }];
}

const TYPE_ORDER = ['State forces', 'Rebel group', 'Political militia', 'Identity militia', 'Rioters', 'Protesters', 'Civilians', 'External/Other forces'];
export function interaction(t1: string | null, t2: string | null): string | null {
  if (!t1 && !t2) return null;
  if (!t1 || !t2) return `${t1 ?? t2} only`;
  const [x, y] = [t1, t2].sort((p, q) => TYPE_ORDER.indexOf(p) - TYPE_ORDER.indexOf(q));
  return `${x}-${y}`;
}

function span(s: Span): Span {
  return { start: s.start, end: s.end, text: s.text };
}

function eventId(docId: string, e: CodedEvent, index: number): string {
  const key = `${docId}|${e.info.sub_event_type}|${e.triggers[0].start}|${index}`;
  return createHash('sha256').update(key).digest('hex').slice(0, 16);
}

/** A date taken from the dateline or the byline points at that line of the document. */
function metadataDateSpan(how: string, a: Annotated): Span | null {
  if (how === 'dateline' && a.doc.dateline) return span(a.doc.dateline.span);
  if (how === 'byline' || how === 'published') {
    // The publication date told in the text itself (a byline, a "Published" line) is its metadata line.
    const line = a.doc.metadataSpans.find((m) => m !== a.doc.dateline?.span && /\d{4}/.test(m.text) && !(a.doc.title && m.text.includes(a.doc.title)));
    return line ? span(line) : null;
  }
  return null;
}

/** A mention that was not coded, with the reason: what `extract --explain` lists. */
export function notCodedRecord(d: Dropped) {
  return {
    sub_event_type: d.mention.info.sub_event_type,
    trigger: { ...span(d.mention.trigger), rule: d.mention.trigger.pattern.id },
    evidence: span(d.mention.evidence),
    reason: d.reason,
  };
}
