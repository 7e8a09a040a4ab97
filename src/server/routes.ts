// The JSON API: events (list, detail, review, audit), documents (read, add), and what an
// edit may pick from (taxonomy, actors, places), plus the offline basemap.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as S from './schemas.js';
import { REVIEW_STATUSES, type EventFilter, type Store, type StoredEvent } from '../corpus/index.js';
import { analyseItem } from '../corpus/analysis.js';
import { inputHash } from '../corpus/ingest.js';
import { summary, sourceViews } from './views.js';
import { review, ReviewError } from './review.js';
import { EditError } from './edits.js';
import { handReport } from './hand-event.js';
import { actorTypes, searchActors, searchPlaces, taxonomy } from './reference.js';
import { BASEMAP_SCALES, basemapGeoJson } from './basemap.js';

const errors = { 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody };
const secured = [{ token: [] }];

async function collect(store: Store, filter: EventFilter): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.queryEvents(filter)) out.push(e);
  return out;
}

/** The API's filter query as the store's filter. */
function filterOf(q: z.infer<typeof S.EventFilterQuery>): EventFilter {
  const { type, ...rest } = q;
  return { ...rest, types: type };
}

/**
 * A map cell spans about CLUSTER_PX pixels at the zoom (maplibre's world is 512 px wide at
 * zoom 0): near events make one cluster, as a client-side clusterer would.
 */
const CLUSTER_PX = 40;
function cellDegrees(zoom: number): number {
  return (CLUSTER_PX * 360) / (512 * 2 ** Math.floor(zoom));
}

export async function registerRoutes(parent: FastifyInstance, store: Store): Promise<void> {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const eventsOf = async (documentId: string) => (await collect(store, { document: documentId })).map((r) => summary(r.event));

  app.get('/api/health', {
    schema: { summary: 'Size of the store', response: { 200: S.Health.omit({ token_required_for_reads: true }) } },
  }, async () => store.countEvents());

  app.get('/api/events', {
    schema: {
      summary: `A page of the events matching the filters, newest first (undated last), and how many match (counted up to ${S.COUNT_CAP})`,
      querystring: S.EventQuery, response: { 200: S.EventList, ...errors },
    },
  }, async (req) => {
    const { offset, limit, ...filters } = req.query;
    const page = await store.eventPage(filterOf(filters), { offset, limit, countCap: S.COUNT_CAP });
    return { count: page.count, count_capped: page.capped, offset, limit, events: page.events.map((e) => summary(e.event)) };
  });

  app.get('/api/timeline', {
    schema: { summary: 'How many matching events fall on each day, and the box that holds them (counted by the database)', querystring: S.TimelineQuery, response: { 200: S.Timeline, ...errors } },
  }, async (req) => {
    const { days, undated, bounds } = await store.eventDays(filterOf(req.query));
    let total = undated;
    for (const d of days) total += d.count;
    return { days, undated, total, bounds };
  });

  app.get('/api/map', {
    schema: {
      summary: 'The matching events with a place in the box, gathered in grid cells sized for the zoom (counted by the database)',
      querystring: S.MapQuery, response: { 200: S.MapCells, ...errors },
    },
  }, async (req) => {
    const { zoom, bbox, ...filters } = req.query;
    const cell = cellDegrees(zoom);
    const cells = await store.eventGrid({ ...filterOf(filters), bbox }, cell);
    let count = 0;
    for (const c of cells) count += c.count;
    return { cell, count, cells };
  });

  app.get('/api/events/:id', {
    schema: { summary: 'One event with every field, its sources with their highlighted spans, and its audit log', params: S.IdParams, response: { 200: S.EventDetail, ...errors } },
  }, async (req, reply) => {
    const row = await store.getEvent(req.params.id);
    if (!row) return reply.code(404).send({ error: `no event ${req.params.id}` });
    const reports = await store.eventReports(row.event.id);
    return { event: row.event, review: row.review, coded: row.coded, sources: sourceViews(row, reports), audit: await store.auditLog(req.params.id) };
  });

  app.get('/api/events/:id/audit', {
    schema: { summary: 'Every review of an event: who, when, before, after', params: S.IdParams, response: { 200: z.object({ entries: z.array(S.AuditEntry) }), ...errors } },
  }, async (req, reply) => {
    if (!(await store.getEvent(req.params.id))) return reply.code(404).send({ error: `no event ${req.params.id}` });
    return { entries: await store.auditLog(req.params.id) };
  });

  app.post('/api/events/:id/review', {
    schema: {
      summary: 'Accept, reject or edit an event (needs the token)', security: secured,
      params: S.IdParams, body: S.ReviewBody, response: { 200: S.ReviewResult, ...errors },
    },
  }, async (req, reply) => {
    try {
      const audit = await review(store, req.params.id, req.body);
      const row = (await store.getEvent(req.params.id))!;
      return { event: row.event, review: row.review, audit };
    } catch (err) {
      if (err instanceof ReviewError) return reply.code(err.status).send({ error: err.message });
      throw err;
    }
  });

  app.post('/api/events', {
    schema: {
      summary: 'Add an event sitrep missed, from the selected words of a stored document (needs the token)', security: secured,
      body: S.NewEventBody, response: { 201: S.ReviewResult, ...errors },
    },
  }, async (req, reply) => {
    const doc = await store.getDocument(req.body.document_id);
    if (!doc) return reply.code(404).send({ error: `no document ${req.body.document_id}` });
    let report;
    try {
      report = handReport(req.body, doc.text);
    } catch (err) {
      if (err instanceof EditError) return reply.code(400).send({ error: err.message });
      throw err;
    }
    const id = await store.addReport(report);
    // The coder stands behind the event: it is accepted, and the audit log says by whom.
    const row = await store.reviewEvent(id, { status: 'accepted', who: req.body.who, note: req.body.note ?? 'added by hand from the selected words' });
    const audit = (await store.auditLog(id)).at(-1)!;
    return reply.code(201).send({ event: row.event, review: row.review, audit });
  });

  app.get('/api/documents/:id', {
    schema: { summary: 'A stored document: its text and the events it reports', params: S.IdParams, response: { 200: S.DocumentView, ...errors } },
  }, async (req, reply) => {
    const doc = await store.getDocument(req.params.id);
    if (!doc) return reply.code(404).send({ error: `no document ${req.params.id}` });
    return { ...documentView(doc), events: await eventsOf(doc.id) };
  });

  app.post('/api/documents', {
    schema: {
      summary: 'Code a pasted or uploaded report (text or HTML) into the store (needs the token)', security: secured,
      body: S.DocumentBody, response: { 200: S.AddedDocument, 201: S.AddedDocument, ...errors },
    },
  }, async (req, reply) => {
    const { text, format, title, published } = req.body;
    const source = title ? `workbench: ${title}` : 'workbench';
    const item = { what: source, text, format, id: null, published: published ?? null, title: title ?? null, url: null };
    // Coded in this process: one report is quick, and the page shows its events at once.
    const analysis = analyseItem(item);
    const [outcome] = await store.writeBatch([{ hash: inputHash(item), source, analysis }]);
    const doc = (await store.getDocument(analysis.document.id))!;
    return reply.code(outcome.newDocument ? 201 : 200).send({ ...documentView(doc), events: await eventsOf(doc.id), stored: outcome.newDocument });
  });

  app.get('/api/taxonomy', {
    schema: { summary: 'What an edit may choose: sub-event types, actor types, certainties, review statuses', response: { 200: S.Taxonomy } },
  }, async () => ({ sub_event_types: taxonomy(), actor_types: [...actorTypes], certainties: [...S.CERTAINTIES], review_statuses: [...REVIEW_STATUSES] }));

  app.get('/api/actors', {
    schema: { summary: 'Named actors of the actor data matching a name or alias', querystring: S.SearchQuery, response: { 200: z.object({ actors: z.array(S.ActorChoice) }), ...errors } },
  }, async (req) => ({ actors: searchActors(req.query.q) }));

  app.get('/api/places', {
    schema: { summary: 'Gazetteer places of that name, with admin1 and country', querystring: S.SearchQuery, response: { 200: z.object({ places: z.array(S.PlaceChoice) }), ...errors } },
  }, async (req) => ({ places: searchPlaces(req.query.q) }));

  app.get('/api/basemap', {
    schema: { summary: 'Country outlines (Natural Earth, 1:50m or 1:110m) as GeoJSON', hide: true, querystring: z.object({ scale: z.enum(BASEMAP_SCALES).default('50m') }) },
  }, async (req, reply) => {
    return reply.header('content-type', 'application/geo+json').header('cache-control', 'public, max-age=86400').send(basemapGeoJson(req.query.scale));
  });
}

function documentView(d: { id: string; title: string | null; url: string | null; published: string | null; source: string; text: string }) {
  return { id: d.id, title: d.title, url: d.url, published: d.published, source: d.source, text: d.text };
}
