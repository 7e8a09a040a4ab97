// A first-person frontline post, written for this test, with the traps of the founding example:
// a dateline in French, a narrated day without a year, a "since" offset, a rumour confirmed
// later, a narrator who names their own side, a destination, a memory and a hypothetical.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';
import { extract } from '../../src/pipeline.js';

const post = [
  'The convoy that left Hajin',
  '',
  'After a long siege, the SDF let the Islamic State fighters go.',
  '',
  'Posted by rojava_notes on December 20, 2018',
  '',
  'Deir ez-Zor front, Décembre 18th 2018',
  '',
  'The fourteenth of December, it had been five days already since we took the school on the edge of Hajin. I had joined the YPG in the spring. The exchanges of fire between our fighters and the Islamic State gunmen were daily, but light.',
  '',
  'Around noon a rumour went round that the militants had given up. In the evening our commander told us that we had reached an agreement with IS: their fighters would hand over their heavy weapons and we would let them drive to Abu Kamal.',
  '',
  'Watching them pass, I thought of my grandfather and his stories about the partisans who fought in the mountains in 1943. If the deal had collapsed, we would have had to storm the town.',
].join('\n');

const result = extract(buildDocument({ text: post, format: 'text', what: 'post' }));
const bySub = (sub: string) => result.events.filter((e) => e.sub_event_type === sub);

test('reads the post\'s own metadata: title, author, publication date, French dateline, standfirst', () => {
  const d = result.document;
  assert.equal(d.title, 'The convoy that left Hajin');
  assert.equal(d.summary, 'After a long siege, the SDF let the Islamic State fighters go.');
  assert.equal(d.author, 'rojava_notes');
  assert.equal(d.published, '2018-12-20');
  assert.deepEqual(d.dateline, { place: 'Deir ez-Zor front', date: '2018-12-18' });
});

test('codes the agreement first, on the narrated day, at Hajin in Syria, between the narrator\'s side and the Islamic State', () => {
  const first = result.events[0];
  assert.equal(first.sub_event_type, 'Agreement');
  assert.equal(first.event_type, 'Strategic developments');
  assert.equal(bySub('Agreement').length, 1, 'the rumour and its confirmation are one agreement');
  assert.equal(first.date?.start, '2018-12-14');
  assert.equal(first.location?.country_code, 'SY');
  assert.match(first.location?.name ?? '', /Hajin|Hajīn/);
  assert.equal(first.actor1?.name, 'SDF: Syrian Democratic Forces');
  assert.equal(first.actor2?.name, 'Islamic State');
  assert.notEqual(first.certainty, 'rumoured', 'the rumour is confirmed later');
  assert.equal(first.fatalities, 0);
});

test('codes the daily exchanges of fire as one clash over the days since the school was taken', () => {
  const [clash] = bySub('Armed clash');
  assert.ok(clash, JSON.stringify(result.events.map((e) => e.sub_event_type)));
  assert.deepEqual([clash.date?.start, clash.date?.end], ['2018-12-09', '2018-12-14']);
  assert.equal(clash.location?.country_code, 'SY');
  assert.equal(clash.actor2?.name, 'Islamic State');
});

test('the destination, the 1943 memory and the hypothetical storming are not events', () => {
  for (const e of result.events) {
    assert.notEqual(e.location?.name, 'Abu Kamal', 'a destination is not where the event happened');
    for (const s of e.evidence) {
      assert.doesNotMatch(s.text, /1943|storm the town/);
      assert.equal(result.document.text.slice(s.start, s.end), s.text);
    }
  }
});
