// The workbench's JSON API, called through fastify's inject: lists and filters, event detail
// with highlighted spans, review with the token and its audit trail, added reports, errors.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { storeFile, workbench, auth, TOKEN } from './fixture.js';
import { ingest } from '../../src/corpus/index.js';
import { tempFolder } from '../corpus/fixtures.js';

let db: string;
let wb: Awaited<ReturnType<typeof workbench>>;

let strike_id: string;

before(async () => {
  db = await storeFile();
  wb = await workbench(db);
  strike_id = await strikeId();
});
after(async () => { await wb.close(); });

const get = (url: string, headers: Record<string, string> = {}) => wb.app.inject({ method: 'GET', url, headers });
const post = (url: string, payload: unknown, headers: Record<string, string> = auth) => wb.app.inject({ method: 'POST', url, payload: payload as object, headers });

interface Row { id: string; event_type: string; sub_event_type: string; date: string | null; lat: number | null; lon: number | null; place: string | null; fatalities: number; review: string; certainty: string }
interface Cell { lat: number; lon: number; count: number; fatalities: number; id: string | null; event_type: string | null }

/** The rows of a list page. */
function rows(body: { events: Row[] }): Row[] {
  return body.events;
}

async function strikeId(): Promise<string> {
  return rows((await get('/api/events?type=Air/drone strike')).json())[0].id;
}

test('lists a page of events, newest first, with type, date, place, toll and review status', async () => {
  const res = await get('/api/events');
  assert.equal(res.statusCode, 200);
  const body = res.json();
  assert.equal(body.count_capped, false);
  assert.equal(body.count, body.events.length);
  assert.deepEqual([body.offset, body.limit], [0, 50]);
  const dates = rows(body).map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
  const strike = rows(body).find((e) => e.id === strike_id);
  assert.ok(strike, 'the drone strike is listed');
  assert.equal(strike.event_type, 'Explosions/Remote violence');
  assert.equal(strike.date, '2023-03-03');
  assert.ok(Math.abs(strike.lat! - 31.2) < 0.1 && Math.abs(strike.lon! - 16.6) < 0.1, 'at Sirte');
  assert.equal(strike.review, 'unreviewed');
  assert.equal(strike.fatalities, 14);
  assert.equal(strike.place, 'Sirte');
  assert.equal(strike.sub_event_type, 'Air/drone strike');
  const detail = (await get(`/api/events/${strike.id}`)).json();
  assert.equal(detail.sources.length, 2, 'two reports of one strike are one event');
});

test('filters by type, text, period and certainty, and pages with offset and limit', async () => {
  const battles = (await get('/api/events?type=Battles')).json();
  assert.ok(battles.count >= 1);
  assert.ok(rows(battles).every((e) => e.event_type === 'Battles'));
  const none = (await get('/api/events?q=volcano')).json();
  assert.equal(none.count, 0);
  const all = (await get('/api/events')).json();
  const one = (await get('/api/events?limit=1')).json();
  assert.equal(one.events.length, 1);
  assert.equal(one.count, all.count, 'the count is of every match, not of the page');
  const second = (await get('/api/events?limit=1&offset=1')).json();
  assert.equal(second.events[0].id, all.events[1].id);
  assert.equal((await get(`/api/events?offset=${all.count}`)).json().events.length, 0, 'past the end: an empty page');
  const march = (await get('/api/events?from=2023-03-01&to=2023-03-10')).json();
  assert.ok(march.count >= 1 && march.count < all.count);
  assert.ok(rows(march).every((e) => e.date! >= '2023-03-01' && e.date! <= '2023-03-10'));
  const reported = (await get('/api/events?certainty=reported')).json();
  assert.ok(rows(reported).every((e) => e.certainty === 'reported'));
  const libya = (await get('/api/events?country=LY&certainty=reported,eyewitness,claimed,rumoured')).json();
  assert.equal(libya.count, (await get('/api/events')).json().count, 'every fixture event is in Libya');
});

test('refuses bad queries with 400 and a JSON error', async () => {
  for (const url of ['/api/events?limit=abc', '/api/events?limit=0', '/api/events?limit=501', '/api/events?offset=-1', '/api/events?certainty=sure', '/api/events?review=maybe',
    '/api/events?from=March', '/api/places?q=', '/api/map', '/api/map?zoom=30', '/api/map?zoom=two', '/api/map?zoom=3&bbox=1,2,3', '/api/map?zoom=3&bbox=a,b,c,d',
    '/api/map?zoom=3&bbox=0,10,20,5', '/api/map?zoom=3&bbox=-200,0,20,10', '/api/timeline?certainty=sure', '/api/timeline?to=yesterday']) {
    const res = await get(url);
    assert.equal(res.statusCode, 400, url);
    assert.match(res.json().error, /\w/, url);
  }
  for (const url of ['/api/events?q=%22unclosed', '/api/map?zoom=2&q=%22unclosed', '/api/timeline?q=%22unclosed']) {
    const fts = await get(url);
    assert.equal(fts.statusCode, 400, url);
    assert.match(fts.json().error, /not a valid search/, url);
  }
});

test('answers unknown events, documents and paths with 404', async () => {
  for (const url of ['/api/events/nope', '/api/events/nope/audit', '/api/documents/nope', '/api/nothing']) {
    const res = await get(url);
    assert.equal(res.statusCode, 404, url);
    assert.ok(res.json().error, url);
  }
  assert.equal((await post('/api/events/nope/review', { action: 'accept' })).statusCode, 404);
});

test('the map gets the events of its box as grid cells sized by the zoom: a cluster, or one event', async () => {
  const all = (await get('/api/events')).json();
  const placed = rows(all).filter((e) => e.lat !== null);
  const world = await get('/api/map?zoom=0');
  assert.equal(world.statusCode, 200);
  const w = world.json();
  assert.equal(w.count, placed.length, 'every placed event is in some cell');
  assert.ok(w.cells.length < placed.length, 'near events share a cell at zoom 0');
  const cluster = w.cells.find((c: Cell) => c.count > 1);
  assert.equal(cluster.id, null);
  assert.equal(w.cells.reduce((n: number, c: Cell) => n + c.fatalities, 0), placed.reduce((n, e) => n + e.fatalities, 0), 'tolls summed');
  const close = (await get('/api/map?zoom=14&type=Air/drone strike')).json();
  assert.equal(close.cells.length, 1);
  const [strike] = close.cells;
  assert.deepEqual([strike.id, strike.count, strike.event_type, strike.fatalities], [strike_id, 1, 'Explosions/Remote violence', 14], 'a cell of one event is that event');
  assert.ok(close.cell < w.cell / 1000);
  assert.equal((await get('/api/map?zoom=8&bbox=16,30,17.5,32')).json().count, placed.length, 'every fixture event is in Sirte');
  assert.equal((await get('/api/map?zoom=8&bbox=16.6,30,17.5,32')).json().count, 0, 'a box just east of Sirte');
  assert.equal((await get('/api/events?bbox=16.6,30,17.5,32')).json().count, 0, 'the list takes the box too');
  assert.equal((await get('/api/map?zoom=3&bbox=100,-40,150,-10')).json().count, 0, 'nothing in Australia');
  assert.equal((await get('/api/map?zoom=3&bbox=170,-40,-170,-10')).json().count, 0, 'a box across the antimeridian');
  assert.equal((await get('/api/map?zoom=2&type=Battles')).json().count, (await get('/api/events?type=Battles')).json().count);
});

test('the timeline gets the events per day, counted by the store', async () => {
  const res = await get('/api/timeline');
  assert.equal(res.statusCode, 200);
  const t = res.json();
  const all = (await get('/api/events')).json();
  assert.equal(t.total, all.count);
  assert.equal(t.days.reduce((n: number, d: { count: number }) => n + d.count, 0) + t.undated, t.total);
  const dates = t.days.map((d: { date: string }) => d.date);
  assert.deepEqual(dates, [...dates].sort(), 'oldest first');
  assert.ok(t.days.some((d: { date: string; count: number }) => d.date === '2023-03-03' && d.count >= 1), 'the strike\'s day');
  const battles = (await get('/api/timeline?type=Battles')).json();
  assert.equal(battles.total, (await get('/api/events?type=Battles')).json().count);
  assert.ok(Math.abs(t.bounds[0] - 16.59) < 0.01 && Math.abs(t.bounds[1] - 31.21) < 0.01, 'the box around Sirte, to frame the map');
  assert.deepEqual((await get('/api/timeline?q=volcano')).json(), { days: [], undated: 0, total: 0, bounds: null });
});

test('an event comes with every source and highlights that point at the words of each', async () => {
  const res = await get(`/api/events/${await strikeId()}`);
  assert.equal(res.statusCode, 200);
  const { event, sources, audit } = res.json();
  assert.equal(event.location.name, 'Sirte');
  assert.deepEqual(audit, []);
  assert.equal(sources.length, 2);
  for (const s of sources) {
    const doc = (await get(`/api/documents/${s.document_id}`)).json();
    const kinds = new Set(s.highlights.map((h: { kind: string }) => h.kind));
    for (const k of ['evidence', 'trigger', 'place', 'date', 'fatalities']) assert.ok(kinds.has(k), `${k} highlighted in ${s.title}`);
    for (const h of s.highlights) assert.equal(doc.text.slice(h.start, h.end), h.text);
    assert.ok(doc.events.some((e: { id: string }) => e.id === event.id), 'the document lists the event');
  }
});

test('reviews need the token', async () => {
  const id = await strikeId();
  const none = await post(`/api/events/${id}/review`, { action: 'accept' }, {});
  assert.equal(none.statusCode, 401);
  assert.match(none.json().error, /token/);
  const wrong = await post(`/api/events/${id}/review`, { action: 'accept' }, { authorization: 'Bearer not-it' });
  assert.equal(wrong.statusCode, 401);
  const added = await post('/api/documents', { text: 'A report.' }, {});
  assert.equal(added.statusCode, 401);
});

test('accepting an event records who, when, before and after, and the list shows it', async () => {
  const id = await strikeId();
  const res = await post(`/api/events/${id}/review`, { action: 'accept', who: 'amira', note: 'checked against both reports' });
  assert.equal(res.statusCode, 200);
  const { event, audit } = res.json();
  assert.equal(event.review, 'accepted');
  assert.equal(audit.who, 'amira');
  assert.equal(audit.after.note, 'checked against both reports');
  assert.equal(audit.before.status, 'unreviewed');
  assert.equal(audit.after.status, 'accepted');
  assert.ok(!Number.isNaN(Date.parse(audit.at)));
  const log = (await get(`/api/events/${id}/audit`)).json().entries;
  assert.equal(log.at(-1).who, 'amira');
  const accepted = (await get('/api/events?review=accepted')).json().events;
  assert.deepEqual(accepted.map((e: Row) => e.id), [id]);
  assert.equal(accepted[0].review, 'accepted');
});

test('an edit is checked against the taxonomy and the gazetteer, and changes the event', async () => {
  const id = await strikeId();
  const bad = [
    { action: 'edit', set: { sub_event_type: 'Alien invasion' } },
    { action: 'edit', set: { fatalities: 'many' } },
    { action: 'edit', set: { fatalities: -1 } },
    { action: 'edit', set: { colour: 'red' } },
    { action: 'edit', set: { date: { start: '2023-02-30', precision: 'day' } } },
    { action: 'edit', set: { date: { start: '2023-03-05', end: '2023-03-01', precision: 'day' } } },
    { action: 'edit', set: { place_ref: 999_999_999 } },
    { action: 'edit', set: { actor1: { name: 'Someone', type: 'Aliens' } } },
    { action: 'edit' },
    { action: 'accept', set: { fatalities: 3 } },
    { action: 'approve' },
  ];
  for (const body of bad) {
    const res = await post(`/api/events/${id}/review`, body);
    assert.equal(res.statusCode, 400, JSON.stringify(body));
    assert.ok(res.json().error, JSON.stringify(body));
  }
  const places = (await get('/api/places?q=Misrata')).json().places;
  assert.equal(places[0].country, 'Libya');
  assert.ok(places[0].admin1);
  const res = await post(`/api/events/${id}/review`, {
    action: 'edit', who: 'omar',
    set: { sub_event_type: 'Shelling/artillery/missile attack', fatalities: 16, place_ref: places[0].ref, date: { start: '2023-03-02', precision: 'week' }, actor1: { name: 'Libyan National Army', type: 'State forces' } },
  });
  assert.equal(res.statusCode, 200, res.body);
  const { event, audit } = res.json();
  assert.equal(event.review, 'edited');
  assert.equal(event.sub_event_type, 'Shelling/artillery/missile attack');
  assert.equal(event.event_type, 'Explosions/Remote violence');
  assert.equal(event.fatalities, 16);
  assert.equal(event.location.name, places[0].name);
  assert.equal(event.date.precision, 'week');
  assert.equal(event.actor1.name, 'Libyan National Army');
  assert.deepEqual(audit.before.edits, {});
  assert.equal(audit.after.edits.fatalities, 16);
  assert.equal(audit.after.edits.location.name, places[0].name);
  const detail = (await get(`/api/events/${id}`)).json();
  assert.equal(detail.coded.fatalities, 14, 'the coded record is kept beside the edits');
  assert.equal(detail.coded.location.name, 'Sirte');
  const listed = rows((await get('/api/events?type=Shelling/artillery/missile attack')).json());
  assert.ok(listed.some((e) => e.id === id && e.fatalities === 16), 'the list shows the reviewed values');
});

test('a pasted report is coded at once, its text kept as given', async () => {
  const text = 'Gunmen attack checkpoint near Kidal\n\nKIDAL, Mali, 3 May 2023 — Gunmen attacked an army checkpoint near Kidal on Tuesday, killing four soldiers, the army said. <script>alert(1)</script>';
  const res = await post('/api/documents', { text, title: 'Kidal checkpoint' });
  assert.equal(res.statusCode, 201, res.body);
  const doc = res.json();
  assert.equal(doc.stored, true);
  assert.equal(doc.text, text);
  assert.ok(doc.events.length >= 1);
  assert.equal(doc.events[0].place, 'Kidal');
  const again = await post('/api/documents', { text, title: 'Kidal checkpoint' });
  assert.equal(again.statusCode, 200);
  assert.equal(again.json().stored, false);
  const empty = await post('/api/documents', { text: '' });
  assert.equal(empty.statusCode, 400);
});

test('the words that make a report a claim are highlighted as its certainty', async () => {
  const text = 'Rebels claim raid on army post\n\nGAO, Mali, 6 May 2024 - Rebels attacked an army post in Gao on Sunday, the group claimed in a statement.';
  const doc = (await post('/api/documents', { text })).json();
  const detail = (await get(`/api/events/${doc.events[0].id}`)).json();
  assert.equal(detail.event.certainty, 'claimed');
  const cue = detail.sources[0].highlights.find((h: { kind: string }) => h.kind === 'certainty');
  assert.ok(cue, 'a certainty highlight');
  assert.match(cue.text, /claim/);
  assert.equal(text.slice(cue.start, cue.end), cue.text);
});

test('offers the taxonomy, actors and places an edit may pick from', async () => {
  const t = (await get('/api/taxonomy')).json();
  assert.equal(t.sub_event_types.length, 25);
  assert.ok(t.actor_types.includes('Rebel group'));
  const actors = (await get('/api/actors?q=Houthi')).json().actors;
  assert.ok(actors.length >= 1);
  const places = (await get('/api/places?q=Tripoli')).json().places;
  assert.ok(new Set(places.map((p: { country: string }) => p.country)).size >= 2, 'namesakes in several countries');
});

test('describes itself in an OpenAPI document and sends security headers', async () => {
  const res = await get('/api/openapi.json');
  assert.equal(res.statusCode, 200);
  const doc = res.json();
  assert.match(doc.openapi, /^3\./);
  for (const p of ['/api/events', '/api/map', '/api/timeline', '/api/events/{id}', '/api/events/{id}/review', '/api/events/{id}/audit', '/api/documents', '/api/documents/{id}', '/api/places', '/api/actors', '/api/taxonomy']) {
    assert.ok(doc.paths[p], p);
  }
  assert.ok(doc.paths['/api/events/{id}/review'].post.requestBody);
  const listParams = doc.paths['/api/events'].get.parameters.map((p: { name: string }) => p.name);
  for (const name of ['offset', 'limit', 'certainty', 'from', 'to']) assert.ok(listParams.includes(name), name);
  assert.ok(doc.paths['/api/map'].get.parameters.some((p: { name: string; required?: boolean }) => p.name === 'zoom' && p.required));
  const page = await get('/');
  assert.equal(page.statusCode, 200);
  assert.match(String(page.headers['content-security-policy']), /script-src 'self'/);
  assert.equal(page.headers['x-content-type-options'], 'nosniff');
});

test('refuses oversized bodies with 413 and other content types with 415', async () => {
  const small = await workbench(db, { bodyLimit: 2000 });
  try {
    const res = await small.app.inject({ method: 'POST', url: '/api/documents', headers: auth, payload: { text: 'x'.repeat(5000) } });
    assert.equal(res.statusCode, 413);
    assert.equal(res.json().error, 'request body too large');
  } finally {
    await small.close();
  }
  const res = await wb.app.inject({ method: 'POST', url: '/api/documents', headers: { ...auth, 'content-type': 'application/xml' }, payload: '<text>hello</text>' });
  assert.equal(res.statusCode, 415);
  assert.ok(res.json().error);
});

test('beyond the loopback interface, reads need the token too', async () => {
  const open = await workbench(db, { tokenForReads: true });
  try {
    const res = await open.app.inject({ method: 'GET', url: '/api/events' });
    assert.equal(res.statusCode, 401);
    assert.match(res.json().error, /token/);
    const ok = await open.app.inject({ method: 'GET', url: '/api/events', headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(ok.statusCode, 200);
    assert.equal((await open.app.inject({ method: 'GET', url: '/' })).statusCode, 200, 'the page itself loads');
  } finally {
    await open.close();
  }
});

test('an event sitrep missed is added from the selected words of a source, accepted and audited', async () => {
  const doc = (await post('/api/documents', { text: 'Two reports from Sirte\n\nSIRTE, Libya, 8 May 2023 — Unknown men set fire to the district council building in Sirte on Monday night, residents said.', title: 'Sirte fire' })).json();
  const words = 'Unknown men set fire to the district council building in Sirte';
  const start = doc.text.indexOf(words);
  const places = (await get('/api/places?q=Sirte')).json().places;
  const body = {
    document_id: doc.id, start, end: start + words.length, sub_event_type: 'Looting/property destruction',
    date: { start: '2023-05-08', precision: 'day' }, place_ref: places[0].ref, who: 'samir',
  };
  assert.equal((await post('/api/events', body, {})).statusCode, 401);
  const res = await post('/api/events', body);
  assert.equal(res.statusCode, 201, res.body);
  const { event, audit } = res.json();
  assert.equal(event.sub_event_type, 'Looting/property destruction');
  assert.equal(event.event_type, 'Strategic developments');
  assert.equal(event.location.name, 'Sirte');
  assert.equal(event.review, 'accepted');
  assert.equal(audit.who, 'samir');
  assert.match(event.notes, /looting\/property destruction .* in Sirte/);
  const detail = (await get(`/api/events/${event.id}`)).json();
  const evidence = detail.sources[0].highlights.find((h: { kind: string }) => h.kind === 'evidence');
  assert.equal(evidence.text, words);
  assert.equal((await post('/api/events', body)).statusCode, 400, 'the same words and type twice');
  assert.equal((await post('/api/events', { ...body, start: 5, end: 100_000 })).statusCode, 400);
  assert.equal((await post('/api/events', { ...body, sub_event_type: 'Picnic' })).statusCode, 400);
  assert.equal((await post('/api/events', { ...body, document_id: 'nope' })).statusCode, 404);
});

test('events ingested while the server runs show on the next call (one SQLite file, WAL)', async () => {
  const before = (await get('/api/events')).json().count;
  const dir = tempFolder({ 'late.txt': 'Clash near Derna\n\nDERNA, Libya, 2 July 2023 — Rival militias clashed in Derna on Sunday, killing two fighters, a security source said.' });
  await ingest([dir], { db, workers: 1, maxBytes: 1 << 20 });
  const after = (await get('/api/events')).json();
  assert.equal(after.count, before + 1);
  assert.ok(rows(after).some((e) => e.date === '2023-07-02'));
});

test('tells the size of the store and serves the offline basemap', async () => {
  const health = (await get('/api/health')).json();
  assert.ok(health.events >= 3 && health.documents >= 3, JSON.stringify(health));
  const basemap = await get('/api/basemap');
  assert.equal(basemap.statusCode, 200);
  assert.match(String(basemap.headers['content-type']), /geo\+json/);
  const countries = basemap.json();
  assert.equal(countries.type, 'FeatureCollection');
  assert.ok(countries.features.length > 200, 'the countries of Natural Earth');
  const light = await get('/api/basemap?scale=110m');
  assert.equal(light.statusCode, 200);
  assert.ok(light.json().features.length > 150 && light.payload.length < basemap.payload.length / 4, 'the light outlines for the first, wide view');
  assert.equal((await get('/api/basemap?scale=1m')).statusCode, 400);
  assert.equal((await get('/api/actors?q=')).statusCode, 400);
  assert.equal((await get('/api/actors')).statusCode, 400);
});
