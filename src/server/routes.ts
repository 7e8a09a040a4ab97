// The JSON API: events (list, detail, review, audit), documents (read, add), and what an
// edit may pick from (taxonomy, actors, places), plus the offline basemap.
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import * as S from './schemas.js';
import { REVIEW_STATUSES, type WorkbenchStore } from './store.js';
import { summary, sourceViews } from './views.js';
import { review, ReviewError } from './review.js';
import { actorTypes, searchActors, searchPlaces, taxonomy } from './reference.js';
import { basemapGeoJson } from './basemap.js';

const errors = { 400: S.ErrorBody, 401: S.ErrorBody, 404: S.ErrorBody };
const secured = [{ token: [] }];

export async function registerRoutes(parent: FastifyInstance, store: WorkbenchStore): Promise<void> {
  const app = parent.withTypeProvider<ZodTypeProvider>();

  app.get('/api/health', {
    schema: { summary: 'Size of the store', response: { 200: S.Health.omit({ token_required_for_reads: true }) } },
  }, async () => store.countEvents());

  app.get('/api/events', {
    schema: { summary: 'Events matching the filters, oldest first', querystring: S.EventQuery, response: { 200: S.EventList, ...errors } },
  }, async (req) => {
    const { type, limit, ...rest } = req.query;
    const rows = await store.queryEvents({ ...rest, types: type, limit: limit + 1 });
    const truncated = rows.length > limit;
    const events = rows.slice(0, limit).map((r) => summary(r.event));
    return { count: events.length, truncated, events };
  });

  app.get('/api/events/:id', {
    schema: { summary: 'One event with every field, its sources with their highlighted spans, and its audit log', params: S.IdParams, response: { 200: S.EventDetail, ...errors } },
  }, async (req, reply) => {
    const row = await store.getEvent(req.params.id);
    if (!row) return reply.code(404).send({ error: `no event ${req.params.id}` });
    return { event: row.event, sources: sourceViews(row), audit: await store.auditLog(req.params.id) };
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
      const row = await store.getEvent(req.params.id);
      return { event: row!.event, audit };
    } catch (err) {
      if (err instanceof ReviewError) return reply.code(err.status).send({ error: err.message });
      throw err;
    }
  });

  app.get('/api/documents/:id', {
    schema: { summary: 'A stored document: its text and the events it reports', params: S.IdParams, response: { 200: S.DocumentView, ...errors } },
  }, async (req, reply) => {
    const doc = await store.getDocument(req.params.id);
    if (!doc) return reply.code(404).send({ error: `no document ${req.params.id}` });
    const events = (await store.queryEvents({ document: doc.id })).map((r) => summary(r.event));
    return { ...doc, events };
  });

  app.post('/api/documents', {
    schema: {
      summary: 'Code a pasted or uploaded report (text or HTML) into the store (needs the token)', security: secured,
      body: S.DocumentBody, response: { 200: S.AddedDocument, 201: S.AddedDocument, ...errors },
    },
  }, async (req, reply) => {
    const { text, format, title, published } = req.body;
    const { documentId, stored } = await store.addDocument({ text, format, title: title ?? null, published: published ?? null, source: title ? `workbench: ${title}` : 'workbench' });
    const doc = (await store.getDocument(documentId))!;
    const events = (await store.queryEvents({ document: documentId })).map((r) => summary(r.event));
    return reply.code(stored ? 201 : 200).send({ ...doc, events, stored });
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

  app.get('/api/basemap', { schema: { summary: 'Country outlines (Natural Earth 1:50m) as GeoJSON', hide: true } }, async (_req, reply) => {
    return reply.header('content-type', 'application/geo+json').header('cache-control', 'public, max-age=86400').send(basemapGeoJson());
  });
}
