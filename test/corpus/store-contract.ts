// What every store backend must do, run against a factory of fresh, empty, writable stores.
// A backend's test file calls `storeContract('name', factory)`.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Store, StoredEvent, EventFilter } from '../../src/corpus/store/index.js';
import { InputError } from '../../src/errors.js';
import { analysis, report, SIRTE } from './fixtures.js';

const GAO = { ...SIRTE, name: 'Gao', admin1: 'Gao', country: 'Mali', country_code: 'ML', lat: 16.27, lon: -0.04, geonames_id: 2457163 };

async function all(store: Store, filter: EventFilter = {}): Promise<StoredEvent[]> {
  const out: StoredEvent[] = [];
  for await (const e of store.queryEvents(filter)) out.push(e);
  return out;
}

async function withStore(factory: () => Promise<Store>, fn: (store: Store) => Promise<void>): Promise<void> {
  const store = await factory();
  try { await fn(store); } finally { await store.close(); }
}

/** Three documents: a and b report one strike in Sirte (14 and 18 dead), c a clash in Gao a month later. */
async function threeDocuments(store: Store) {
  return store.writeBatch([
    { hash: 'h-a', source: 'a.txt', analysis: analysis('a', [{ fatalities: 14, day: '2023-03-03' }], 'Strike on Sirte market') },
    { hash: 'h-b', source: 'b.txt', analysis: analysis('b', [{ fatalities: 18, day: '2023-03-03', lat: 31.22 }], 'Eighteen dead in Sirte') },
    { hash: 'h-c', source: 'c.txt', analysis: analysis('c', [{ type: 'Battles', sub: 'Armed clash', day: '2023-04-10', place: GAO, actor1: 'Military Forces of Mali', actor2: 'JNIM', fatalities: 3 }]) },
  ]);
}

export function storeContract(name: string, factory: () => Promise<Store>): void {
  describe(`store contract: ${name}`, () => {
    test('a new store is empty', () => withStore(factory, async (store) => {
      assert.deepEqual(await store.countEvents(), { events: 0, documents: 0 });
      assert.deepEqual(await all(store), []);
      assert.equal(await store.hasInput('h-a'), false);
      assert.equal(await store.getEvent('nope'), null);
      assert.equal(await store.getDocument('nope'), null);
    }));

    test('a batch stores documents and their reports, corroborating reports of one event', () => withStore(factory, async (store) => {
      const outcomes = await threeDocuments(store);
      assert.deepEqual(outcomes, [
        { newDocument: true, newEvents: 1, corroborated: 0 },
        { newDocument: true, newEvents: 0, corroborated: 1 },
        { newDocument: true, newEvents: 1, corroborated: 0 },
      ]);
      assert.deepEqual(await store.countEvents(), { events: 2, documents: 3 });
      for (const h of ['h-a', 'h-b', 'h-c']) assert.equal(await store.hasInput(h), true, h);
      const [strike, clash] = await all(store);
      assert.equal(strike.event.sub_event_type, 'Air/drone strike');
      assert.equal(strike.event.fatalities, 14);
      assert.equal(strike.event.fatalities_high, 18);
      assert.deepEqual(strike.event.sources.map((s) => s.document_id).sort(), ['a', 'b']);
      assert.equal(strike.event.review, 'unreviewed');
      assert.equal(clash.event.location?.name, 'Gao');
      assert.equal(clash.event.sources.length, 1);
    }));

    test('getEvent gives the sources with document id, title, url, date and evidence; getDocument the text', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      const got = await store.getEvent(strike.event.id);
      assert.ok(got);
      assert.deepEqual(got.event, strike.event);
      const source = got.event.sources.find((s) => s.document_id === 'b')!;
      assert.equal(source.title, 'Eighteen dead in Sirte');
      assert.equal(source.url, 'https://news.example.org/b');
      assert.equal(source.published, '2023-03-04');
      assert.equal(source.source, 'b.txt');
      assert.deepEqual(source.evidence, [{ start: 0, end: 10, text: 'A drone hit' }]);
      const doc = await store.getDocument('b');
      assert.ok(doc);
      assert.equal(doc.title, 'Eighteen dead in Sirte');
      assert.equal(doc.source, 'b.txt');
      assert.match(doc.text, /^Eighteen dead in Sirte\n\nA drone hit/);
      assert.equal(doc.text.slice(source.evidence[0].start, source.evidence[0].end).length, 10);
    }));

    test('the same text through another input is one document, and both inputs are known', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [again] = await store.writeBatch([{ hash: 'h-a2', source: 'copy/a.txt', analysis: analysis('a', [{ fatalities: 14 }]) }]);
      assert.deepEqual(again, { newDocument: false, newEvents: 0, corroborated: 0 });
      assert.equal(await store.hasInput('h-a2'), true);
      assert.deepEqual(await store.countEvents(), { events: 2, documents: 3 });
    }));

    test('a batch is one transaction: when one item cannot be stored, none of the batch is', () => withStore(factory, async (store) => {
      const broken = analysis('bad', [{}]);
      (broken.document as { text: unknown }).text = null;
      await assert.rejects(store.writeBatch([
        { hash: 'h-ok', source: 'ok.txt', analysis: analysis('ok', [{}]) },
        { hash: 'h-bad', source: 'bad.txt', analysis: broken },
      ]));
      assert.equal(await store.hasInput('h-ok'), false);
      assert.deepEqual(await store.countEvents(), { events: 0, documents: 0 });
    }));

    test('queries filter by type, actor, country, box, dates and limit, in date order', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const ids = async (f: EventFilter) => (await all(store, f)).map((e) => e.event.location?.name);
      assert.deepEqual(await ids({}), ['Sirte', 'Gao']);
      assert.deepEqual(await ids({ types: ['armed clash'] }), ['Gao']);
      assert.deepEqual(await ids({ types: ['Explosions/Remote violence'] }), ['Sirte']);
      assert.deepEqual(await ids({ actor: 'jnim' }), ['Gao']);
      assert.deepEqual(await ids({ country: 'LY' }), ['Sirte']);
      assert.deepEqual(await ids({ country: 'mali' }), ['Gao']);
      assert.deepEqual(await ids({ bbox: [16, 31, 17, 32] }), ['Sirte']);
      assert.deepEqual(await ids({ from: '2023-04-01' }), ['Gao']);
      assert.deepEqual(await ids({ to: '2023-03-31' }), ['Sirte']);
      assert.deepEqual(await ids({ limit: 1 }), ['Sirte']);
      assert.deepEqual(await ids({ review: ['accepted'] }), []);
      assert.deepEqual(await ids({ document: 'c' }), ['Gao']);
      assert.deepEqual(await ids({ document: 'a' }), ['Sirte']);
      assert.deepEqual(await ids({ document: 'nope' }), []);
      assert.deepEqual(await ids({ certainty: ['reported', 'eyewitness', 'claimed', 'rumoured'] }), ['Sirte', 'Gao']);
    }));

    test('a certainty set by a reviewer is what the certainty filter sees', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      const coded = strike.event.certainty;
      const other = coded === 'rumoured' ? 'claimed' : 'rumoured';
      await store.reviewEvent(strike.event.id, { set: { certainty: other }, who: 'ana' });
      assert.deepEqual((await all(store, { certainty: [other] })).map((e) => e.event.id), [strike.event.id]);
      assert.ok(!(await all(store, { certainty: [coded] })).some((e) => e.event.id === strike.event.id));
    }));

    test('eventPage gives a page newest first with reviewed values, and a count that stops at the cap', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike, clash] = await all(store);
      const page = await store.eventPage({}, { offset: 0, limit: 10, countCap: 100 });
      assert.deepEqual(page.events.map((e) => e.event.id), [clash.event.id, strike.event.id], 'newest first');
      assert.deepEqual([page.count, page.capped], [2, false]);
      assert.equal(page.events[1].event.sources.length, 2, 'whole events, with their sources');
      const capped = await store.eventPage({}, { offset: 1, limit: 1, countCap: 1 });
      assert.deepEqual(capped.events.map((e) => e.event.id), [strike.event.id]);
      assert.deepEqual([capped.count, capped.capped], [1, true]);
      assert.deepEqual((await store.eventPage({ country: 'ML' }, { offset: 0, limit: 10, countCap: 100 })).events.map((e) => e.event.id), [clash.event.id]);
      await store.reviewEvent(clash.event.id, { status: 'accepted', set: { fatalities: 5, certainty: 'claimed' }, who: 'ana' });
      const reviewed = await store.eventPage({ review: ['accepted'], certainty: ['claimed'] }, { offset: 0, limit: 10, countCap: 100 });
      assert.deepEqual(reviewed.events.map((e) => [e.event.id, e.event.fatalities, e.review.status]), [[clash.event.id, 5, 'accepted']]);
      assert.equal((await store.eventPage({ review: ['unreviewed'] }, { offset: 0, limit: 10, countCap: 100 })).count, 1);
      assert.equal((await store.eventPage({ from: '2023-05-01' }, { offset: 0, limit: 10, countCap: 100 })).count, 0);
    }));

    test('eventDays counts the matching events per day, oldest first', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const all = await store.eventDays({});
      assert.deepEqual(all.days, [{ date: '2023-03-03', count: 1 }, { date: '2023-04-10', count: 1 }]);
      assert.equal(all.undated, 0);
      assert.deepEqual(all.bounds!.map((x) => Math.round(x) + 0), [0, 16, 17, 31], 'the box from Gao to Sirte');
      assert.deepEqual(await store.eventDays({ types: ['battles'] }), { days: [{ date: '2023-04-10', count: 1 }], undated: 0, bounds: [-0.04, 16.27, -0.04, 16.27] });
      assert.deepEqual(await store.eventDays({ actor: 'nobody' }), { days: [], undated: 0, bounds: null });
    }));

    test('eventGrid gathers the placed events in cells: a lone event by id, a cluster by count and toll', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike, clash] = await all(store);
      const fine = await store.eventGrid({}, 0.5);
      const byId = new Map(fine.map((c) => [c.id, c]));
      assert.equal(fine.length, 2);
      assert.deepEqual({ ...byId.get(clash.event.id), lat: 0, lon: 0 }, { lat: 0, lon: 0, count: 1, fatalities: 3, id: clash.event.id, event_type: 'Battles' });
      assert.equal(byId.get(strike.event.id)!.fatalities, 14);
      assert.ok(Math.abs(byId.get(clash.event.id)!.lat - 16.27) < 1e-9);
      const [both] = await store.eventGrid({}, 360);
      assert.deepEqual([both.count, both.fatalities, both.id, both.event_type], [2, 17, null, null]);
      assert.ok(both.lat > 16.27 && both.lat < 31.3, 'at the mean position');
      assert.deepEqual((await store.eventGrid({ bbox: [-5, 10, 5, 20] }, 0.5)).map((c) => c.id), [clash.event.id]);
      assert.deepEqual(await store.eventGrid({ types: ['Protests'] }, 0.5), []);
    }));

    test("eventReports gives each source's own record", () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      const reports = await store.eventReports(strike.event.id);
      assert.deepEqual(reports.map((r) => r.document_id), ['a', 'b']);
      assert.deepEqual(reports.map((r) => r.report_id), ['a-r0', 'b-r0']);
      assert.deepEqual(reports.map((r) => r.record.fatalities), [14, 18]);
      assert.deepEqual(await store.eventReports('nope'), []);
    }));

    test('a report written by hand joins the event it corroborates, or starts one', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      const joined = await store.addReport(report({ doc: 'c', id: 'hand-1', fatalities: 20, day: '2023-03-03' }));
      assert.equal(joined, strike.event.id, 'same strike, same day, same town');
      assert.deepEqual((await store.getEvent(joined))!.event.sources.map((s) => s.document_id).sort(), ['a', 'b', 'c']);
      const started = await store.addReport(report({ doc: 'c', id: 'hand-2', day: '2023-06-01' }));
      assert.equal(started, 'hand-2');
      assert.deepEqual(await store.countEvents(), { events: 3, documents: 3 });
      await assert.rejects(store.addReport(report({ doc: 'nope', id: 'hand-3' })), /no document nope/);
      await assert.rejects(store.addReport(report({ doc: 'c', id: 'hand-2' })), /already stored/);
    }));

    test('a query stopped early leaves the store usable', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      for await (const _ of store.queryEvents({})) break;
      assert.deepEqual(await store.countEvents(), { events: 2, documents: 3 });
    }));

    test('while a query is being read, the store answers other calls and takes writes', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const seen: string[] = [];
      for await (const e of store.queryEvents({})) {
        seen.push(e.event.id);
        if (seen.length > 1) continue;
        assert.equal((await store.getEvent(e.event.id))!.event.id, e.event.id);
        assert.ok(await store.getDocument('a'));
        assert.equal(await store.hasInput('h-a'), true);
        await store.reviewEvent(e.event.id, { status: 'accepted', who: 'ana' });
        await store.writeBatch([{ hash: 'h-e', source: 'e.txt', analysis: analysis('e', [{ day: '2023-09-01' }]) }]);
        assert.deepEqual(await store.countEvents(), { events: 3, documents: 4 });
      }
      assert.ok(seen.length >= 2);
      assert.equal((await store.getEvent(seen[0]))!.review.status, 'accepted');
    }));

    test('a review sets the status and edited values, keeps the coded record, and is audited', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      const id = strike.event.id;

      const accepted = await store.reviewEvent(id, { status: 'accepted', who: 'ana', note: 'two outlets agree' });
      assert.equal(accepted.event.review, 'accepted');
      assert.equal(accepted.review.status, 'accepted');
      assert.equal(accepted.review.by, 'ana');
      assert.equal(accepted.review.note, 'two outlets agree');

      const edited = await store.reviewEvent(id, { set: { fatalities: 16, location: { ...SIRTE, country: 'Libya (edited)', lat: 31.3 } }, who: 'ben' });
      assert.equal(edited.review.status, 'edited');
      assert.equal(edited.event.fatalities, 16);
      assert.equal(edited.coded.fatalities, 14, 'the coded record is kept');
      assert.equal(edited.event.sources.length, 2);
      assert.deepEqual(edited.review.edits.fatalities, 16);

      // Queries and filters see the reviewed values.
      const [listed] = await all(store, { review: ['edited'] });
      assert.equal(listed.event.fatalities, 16);
      assert.equal(listed.event.review, 'edited');
      assert.deepEqual((await all(store, { country: 'Libya (edited)' })).map((e) => e.event.id), [id]);
      assert.deepEqual(await all(store, { review: ['accepted'] }), []);

      const log = await store.auditLog(id);
      assert.deepEqual(log.map((e) => [e.who, e.before.status, e.after.status]), [['ana', 'unreviewed', 'accepted'], ['ben', 'accepted', 'edited']]);
      assert.equal(log[1].event_id, id);
      assert.deepEqual(log[1].before.edits, {});
      assert.equal(log[1].after.edits.fatalities, 16);
      assert.ok(!Number.isNaN(Date.parse(log[0].at)));
      assert.deepEqual(await store.auditLog('other'), []);

      const undone = await store.reviewEvent(id, { unset: ['fatalities', 'location'], status: 'accepted', who: 'ana' });
      assert.equal(undone.event.fatalities, 14);
      assert.equal(undone.event.location?.country, 'Libya');
      assert.equal((await store.auditLog(id)).length, 3);
    }));

    test('edits stay over the coded values when a new report corroborates the event', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      await store.reviewEvent(strike.event.id, { set: { notes: 'Checked by hand.' }, who: 'ana' });
      const [outcome] = await store.writeBatch([{ hash: 'h-d', source: 'd.txt', analysis: analysis('d', [{ fatalities: 12 }]) }]);
      assert.equal(outcome.corroborated, 1);
      const now = (await store.getEvent(strike.event.id))!;
      assert.equal(now.event.sources.length, 3);
      assert.equal(now.event.fatalities, 12);
      assert.equal(now.event.notes, 'Checked by hand.');
      assert.notEqual(now.coded.notes, 'Checked by hand.');
      assert.equal(now.review.status, 'edited');
    }));

    test('an event with many sources lists every one, primary first then by report id, tolls over all of them', () => withStore(factory, async (store) => {
      const n = 150;
      const docs = Array.from({ length: n }, (_, i) => `doc${String(i).padStart(3, '0')}`);
      // The first report gives the date only as "Friday": a later one that states it becomes the primary report.
      const items = docs.map((d, i) => ({ hash: `h-${d}`, source: `${d}.txt`, analysis: analysis(d, [{ fatalities: i + 1, stated: i === 77 }]) }));
      for (let i = 0; i < n; i += 40) await store.writeBatch(items.slice(i, i + 40));
      assert.deepEqual(await store.countEvents(), { events: 1, documents: n });
      const [only] = await all(store);
      const sources = only.event.sources;
      assert.equal(sources.length, n);
      assert.equal(sources[0].document_id, 'doc077', 'the report that states its date informs the event');
      assert.deepEqual(sources.slice(1).map((s) => s.report_id), docs.filter((d) => d !== 'doc077').map((d) => `${d}-r0`));
      assert.deepEqual([only.event.fatalities, only.event.fatalities_low, only.event.fatalities_high], [1, 1, n]);
      assert.ok(sources.every((s) => s.evidence.length === 1 && s.title === `Report ${s.document_id}`));
      const [more] = await store.writeBatch([{ hash: 'h-last', source: 'last.txt', analysis: analysis('last', [{ fatalities: 0 }]) }]);
      assert.equal(more.corroborated, 1);
      assert.equal((await store.getEvent(only.event.id))!.event.sources.length, n + 1);
    }));

    test('a report joins an event only when it agrees with every report of it, and never twice from one document', () => withStore(factory, async (store) => {
      await store.writeBatch([
        { hash: 'h1', source: '1.txt', analysis: analysis('one', [{ actor1: null }]) },
        { hash: 'h2', source: '2.txt', analysis: analysis('two', [{ actor1: 'Military Forces of Libya' }]) },
      ]);
      // Compatible with the first report (no side named) but not with the second.
      const [other] = await store.writeBatch([{ hash: 'h3', source: '3.txt', analysis: analysis('three', [{ actor1: 'Wagner Group' }]) }]);
      assert.deepEqual(other, { newDocument: true, newEvents: 1, corroborated: 0 });
      // Two reports of one document never join one event: the second joins the other event it agrees with.
      const [twice] = await store.writeBatch([{ hash: 'h4', source: '4.txt', analysis: analysis('four', [{ actor1: null }, { actor1: null }]) }]);
      assert.deepEqual(twice, { newDocument: true, newEvents: 0, corroborated: 2 });
      const events = (await all(store)).map((e) => e.event.sources.map((s) => s.document_id).sort().join(' ')).sort();
      assert.deepEqual(events, ['four one two', 'four three']);
    }));

    test('a review of an unknown event, of a field that cannot be set, or without a name is refused', () => withStore(factory, async (store) => {
      await threeDocuments(store);
      const [strike] = await all(store, { limit: 1 });
      await assert.rejects(store.reviewEvent('no-such-event', { status: 'accepted', who: 'ana' }), (e) => e instanceof InputError && /no event no-such-event/.test(e.message));
      await assert.rejects(store.reviewEvent(strike.event.id, { set: { sources: [] }, who: 'ana' }), /"sources" is not a field a review can set/);
      await assert.rejects(store.reviewEvent(strike.event.id, { set: { colour: 'red' }, who: 'ana' }), /"colour" is not a field/);
      await assert.rejects(store.reviewEvent(strike.event.id, { status: 'accepted', who: ' ' }), /needs the name of who/);
      await assert.rejects(store.reviewEvent(strike.event.id, { status: 'maybe' as 'accepted', who: 'ana' }), /accepted, rejected or edited/);
      assert.deepEqual(await store.auditLog(strike.event.id), [], 'a refused review leaves no trace');
      assert.equal((await store.getEvent(strike.event.id))!.review.status, 'unreviewed');
    }));
  });
}
