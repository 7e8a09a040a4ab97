// Request and response schemas of the JSON API (zod): fastify validates requests and
// serialises responses with them, and the OpenAPI document is generated from them.
import { z } from 'zod';
import { REVIEW_STATUSES } from '../corpus/index.js';
import { ACTOR_TYPES } from '../model.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const csv = z.string().max(2000).transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean));
export const CERTAINTIES = ['reported', 'eyewitness', 'claimed', 'rumoured'] as const;

export const ErrorBody = z.object({ error: z.string() });

/** The filters every view of the events shares (list, timeline, map). */
export const EventFilterQuery = z.object({
  type: csv.optional().describe('event types or sub-event types, comma-separated'),
  actor: z.string().max(200).optional(),
  country: z.string().max(100).optional(),
  certainty: csv.pipe(z.array(z.enum(CERTAINTIES))).optional(),
  review: csv.pipe(z.array(z.enum(REVIEW_STATUSES))).optional(),
  q: z.string().max(500).optional().describe('full-text search of the documents (SQLite FTS5 syntax)'),
  from: day.optional(),
  to: day.optional(),
});

const lon = z.number().min(-180).max(180);
const lat = z.number().min(-90).max(90);
const bbox = z.string().max(200)
  .transform((s) => s.split(',').map((x) => (x.trim() === '' ? Number.NaN : Number(x))))
  .pipe(z.tuple([lon, lat, lon, lat]))
  .refine(([, south, , north]) => south <= north, 'south must not be north of north')
  .describe('west,south,east,north in degrees (west > east crosses the antimeridian)');

/** A list never counts past this: the count of a whole large store would cost a scan per page. */
export const COUNT_CAP = 10_000;

export const EventQuery = EventFilterQuery.extend({
  bbox: bbox.optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export const MapQuery = EventFilterQuery.extend({
  zoom: z.coerce.number().min(0).max(24).describe('the map zoom: the cells are smaller as it grows'),
  bbox: bbox.optional(),
});

export const TimelineQuery = EventFilterQuery;

export const EventSummary = z.object({
  id: z.string(),
  event_type: z.string(),
  sub_event_type: z.string(),
  date: z.string().nullable(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  place: z.string().nullable(),
  country: z.string().nullable(),
  actor1: z.string().nullable(),
  actor2: z.string().nullable(),
  fatalities: z.number(),
  certainty: z.string(),
  review: z.string(),
  sources: z.number(),
});

export const EventList = z.object({
  count: z.number().describe(`matching events, counted up to ${COUNT_CAP}`),
  count_capped: z.boolean().describe(`true when more than ${COUNT_CAP} events match (count is then a floor)`),
  offset: z.number(),
  limit: z.number(),
  events: z.array(EventSummary).describe('this page of the matching events, newest first, undated last'),
});

export const Timeline = z.object({
  days: z.array(z.object({ date: z.string(), count: z.number() })).describe('days with events, oldest first'),
  undated: z.number(),
  total: z.number().describe('every matching event, dated or not (an exact count)'),
  bounds: z.tuple([z.number(), z.number(), z.number(), z.number()]).nullable().describe('west, south, east, north of the matching events with a place: a map frames them'),
});

export const MapCells = z.object({
  cell: z.number().describe('the side of a grid cell in degrees'),
  count: z.number().describe('matching events with a place in the box'),
  cells: z.array(z.object({
    lat: z.number(), lon: z.number(), count: z.number(), fatalities: z.number(),
    id: z.string().nullable().describe('the event, when the cell holds only one'),
    event_type: z.string().nullable(),
  })).describe('a cluster per cell, at the mean position of its events'),
});

export const Span = z.object({ start: z.number(), end: z.number(), text: z.string() });
export const Highlight = Span.extend({ kind: z.enum(['evidence', 'trigger', 'actor', 'place', 'date', 'fatalities', 'certainty']) });

export const ReviewState = z.object({
  status: z.enum(REVIEW_STATUSES),
  edits: z.record(z.string(), z.unknown()).describe('fields set by hand, over the coded values'),
  note: z.string().nullable(),
  by: z.string().nullable(),
  at: z.string().nullable(),
});

export const AuditEntry = z.object({ event_id: z.string(), who: z.string(), at: z.string(), before: ReviewState, after: ReviewState });

export const SourceView = z.object({
  document_id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string(),
  highlights: z.array(Highlight),
});

export const EventDetail = z.object({
  event: z.looseObject({ id: z.string(), event_type: z.string(), sub_event_type: z.string(), review: z.string().optional() }),
  review: ReviewState,
  coded: z.looseObject({ id: z.string() }).describe('the record as sitrep coded it, before any edit'),
  sources: z.array(SourceView),
  audit: z.array(AuditEntry),
});

export const IdParams = z.object({ id: z.string().min(1).max(200) });

const ActorEdit = z.strictObject({ name: z.string().trim().min(1).max(200), type: z.enum(ACTOR_TYPES) }).nullable();

/** Fields a coder may change; each is checked against the project's data by the route. */
export const EditFields = z.strictObject({
  sub_event_type: z.string().min(1).max(100).optional(),
  date: z.strictObject({ start: day, end: day.optional(), precision: z.enum(['day', 'week', 'month', 'year']) }).optional(),
  place_ref: z.number().int().min(0).optional().describe('a place from GET /api/places'),
  actor1: ActorEdit.optional(),
  actor2: ActorEdit.optional(),
  fatalities: z.number().int().min(0).max(1_000_000).optional(),
  certainty: z.enum(CERTAINTIES).optional(),
  notes: z.string().max(2000).optional(),
});

export const ReviewBody = z.strictObject({
  action: z.enum(['accept', 'reject', 'edit']),
  set: EditFields.optional(),
  who: z.string().trim().min(1).max(100).default('workbench'),
  note: z.string().max(2000).optional(),
});

export const ReviewResult = z.object({ event: EventDetail.shape.event, review: ReviewState, audit: AuditEntry });

export const NewEventBody = z.strictObject({
  document_id: z.string().min(1).max(200),
  start: z.number().int().min(0).describe('offset of the first selected character in the document text'),
  end: z.number().int().min(1),
  sub_event_type: z.string().min(1).max(100),
  date: EditFields.shape.date,
  place_ref: EditFields.shape.place_ref,
  actor1: EditFields.shape.actor1,
  actor2: EditFields.shape.actor2,
  fatalities: EditFields.shape.fatalities,
  certainty: EditFields.shape.certainty,
  notes: EditFields.shape.notes,
  who: z.string().trim().min(1).max(100).default('workbench'),
  note: z.string().max(2000).optional(),
});

export const DocumentBody = z.strictObject({
  text: z.string().min(1).max(5_000_000),
  format: z.enum(['auto', 'text', 'html']).default('auto'),
  title: z.string().max(500).optional(),
  published: day.optional(),
});

export const DocumentView = z.object({
  id: z.string(),
  title: z.string().nullable(),
  url: z.string().nullable(),
  published: z.string().nullable(),
  source: z.string(),
  text: z.string(),
  events: z.array(EventSummary),
});

export const AddedDocument = DocumentView.extend({ stored: z.boolean() });

export const SearchQuery = z.object({ q: z.string().trim().min(1).max(200) });

export const PlaceChoice = z.object({
  ref: z.number(), name: z.string(), admin1: z.string().nullable(), country: z.string().nullable(), country_code: z.string().nullable(),
  lat: z.number(), lon: z.number(), geonames_id: z.number().nullable(), kind: z.string(), population: z.number(),
});

export const ActorChoice = z.object({ id: z.string(), name: z.string(), type: z.string(), country: z.string().nullable() });

export const Taxonomy = z.object({
  sub_event_types: z.array(z.object({ sub_event_type: z.string(), event_type: z.string(), disorder_type: z.string() })),
  actor_types: z.array(z.string()),
  certainties: z.array(z.string()),
  review_statuses: z.array(z.string()),
});

export const Health = z.object({ events: z.number(), documents: z.number(), token_required_for_reads: z.boolean() });
