import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { sameEvent, mergeReports, distanceKm } from '../../src/corpus/corroboration.js';
import { ingest } from '../../src/corpus/ingest.js';
import { openStore } from '../../src/corpus/store/index.js';
import { SIRTE, SIRTE_HOUSE, SIRTE_MARKET_A, SIRTE_MARKET_B, SIRTE_TRUCE_AND_CLASH, report, tempFolder } from './fixtures.js';

test('reports of one event from two documents are the same event', () => {
  assert.ok(sameEvent(report({ doc: 'a' }), report({ doc: 'b', lat: 31.25, lon: 16.62 })));
});

test('a date inferred from "on Friday" may be a day off; two dates stated in full may not', () => {
  assert.ok(sameEvent(report({ doc: 'a', day: '2023-03-03' }), report({ doc: 'b', day: '2023-03-04', stated: true })));
  assert.ok(!sameEvent(report({ doc: 'a', day: '2023-03-03', stated: true }), report({ doc: 'b', day: '2023-03-04', stated: true })));
  assert.ok(!sameEvent(report({ doc: 'a', day: '2023-03-03' }), report({ doc: 'b', day: '2023-03-05' })));
});

test('places more than 25 km apart, another sub-event type, or other named actors are other events', () => {
  const far = { lat: 31.2089 + 0.3, lon: 16.5887 };
  assert.ok(distanceKm(SIRTE, far) > 25);
  assert.ok(!sameEvent(report({ doc: 'a' }), report({ doc: 'b', ...far })));
  assert.ok(!sameEvent(report({ doc: 'a' }), report({ doc: 'b', sub: 'Shelling/artillery/missile attack' })));
  assert.ok(!sameEvent(report({ doc: 'a', actor1: 'Military Forces of Libya' }), report({ doc: 'b', actor1: 'Wagner Group' })));
  assert.ok(sameEvent(report({ doc: 'a', actor1: 'Military Forces of Libya' }), report({ doc: 'b', actor1: null })), 'an unnamed side does not contradict');
});

test('two events of one document are never merged with each other', () => {
  assert.ok(!sameEvent(report({ doc: 'a', id: 'x' }), report({ doc: 'a', id: 'y' })));
});

test('merged tolls keep the lowest as fatalities and the range as low/high; a report without a toll does not count as zero', () => {
  const info = () => ({ title: null, url: null, published: null, source: 'x.txt' });
  const e = mergeReports('e1', [report({ doc: 'a', fatalities: 18 }), report({ doc: 'b', fatalities: 14 }), report({ doc: 'c', fatalities: 0 })], info);
  assert.equal(e.fatalities, 14);
  assert.equal(e.fatalities_low, 14);
  assert.equal(e.fatalities_high, 18);
  assert.equal(e.sources.length, 3);
  assert.match(e.notes, /14 to 18 fatalities/);
});

test('ingesting two differently worded reports of one drone strike gives one event with both sources; other events stay apart', async () => {
  const dir = tempFolder({ 'market-a.txt': SIRTE_MARKET_A, 'market-b.txt': SIRTE_MARKET_B, 'house.txt': SIRTE_HOUSE, 'truce.txt': SIRTE_TRUCE_AND_CLASH });
  const dbPath = join(dir, 'sitrep.db');
  const summary = await ingest([dir], { db: dbPath, workers: 2, maxBytes: 10 << 20 });
  assert.equal(summary.stored, 4);
  assert.equal(summary.failures.length, 0);
  const store = await openStore(dbPath, { mode: 'read' });
  const events = [];
  for await (const e of store.queryEvents({})) events.push(e.event);
  await store.close();

  const strikes = events.filter((e) => e.sub_event_type === 'Air/drone strike');
  const market = strikes.find((e) => e.sources.length === 2);
  assert.ok(market, `one strike with two sources, got ${JSON.stringify(strikes.map((e) => [e.date?.start, e.sources.length]))}`);
  assert.equal(market.location?.name, 'Sirte');
  assert.equal(market.fatalities, 14);
  assert.equal(market.fatalities_high, 18);
  assert.deepEqual(market.sources.map((s) => s.title).sort(), ['Drone strike hits market in Sirte', 'Eighteen dead as drone attacks Sirte market']);
  for (const s of market.sources) assert.ok(s.evidence.length > 0 && s.evidence.every((x) => x.text.length > 0), 'every source keeps its evidence');

  // The strike on a house a week later is another event.
  const house = strikes.filter((e) => e !== market);
  assert.equal(house.length, 1);
  assert.equal(house[0].date?.start, '2023-03-11');
  assert.equal(house[0].sources.length, 1);

  // The agreement and the clash of one day and place stay two events.
  const truceDay = events.filter((e) => e.date?.start === '2023-03-19');
  assert.deepEqual(truceDay.map((e) => e.sub_event_type).sort(), ['Agreement', 'Armed clash']);
});
