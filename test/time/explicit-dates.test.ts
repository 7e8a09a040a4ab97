import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseStandaloneDate, tagTimes } from '../../src/time/index.js';
import { mention, news, values } from './helpers.js';

const ctx = news('2019-03-15');

test('reads written-out dates with and without a year', () => {
  assert.deepEqual(values('The ceasefire began on March 2, 2018 and broke down Feb. 27.', ctx),
    ['March 2, 2018=2018-03-02', 'Feb. 27=2019-02-27']);
});

test('reads ISO dates and numeric dates', () => {
  assert.deepEqual(values('Filed 2018-11-04, amended 11/20/2018.', ctx), ['2018-11-04=2018-11-04', '11/20/2018=2018-11-20']);
});

test('reads numeric dates day-first when the document writes a day above 12 first', () => {
  assert.deepEqual(values('Arrested 21/04/2018, released 02/05/2018.', ctx), ['21/04/2018=2018-04-21', '02/05/2018=2018-05-02']);
  assert.deepEqual(values('Released 02/05/2018.', ctx), ['02/05/2018=2018-02-05']);
});

test('reads foreign month names inside English text', () => {
  assert.deepEqual(values('Posted from the Deir ez-Zor front, Octobre 2nd 2016.', ctx), ['Octobre 2nd 2016=2016-10-02']);
  assert.deepEqual(values('The convoy left on 14 agosto 2015.', ctx), ['14 agosto 2015=2015-08-14']);
});

test('gives a date without a year the year that fits the tense of its clause', () => {
  assert.equal(mention('Police said the march took place on Nov. 30.', ctx, 'Nov. 30').value, '2018-11-30');
  assert.equal(mention('The court will rule on April 4.', ctx, 'April 4').value, '2019-04-04');
});

test('leaves the year unknown when there is no anchor', () => {
  const [t] = tagTimes('They crossed the river on 9 May.', { published: null, dateline: null });
  assert.equal(t.value, 'XXXX-05-09');
  assert.equal(t.range, null);
});

test('reads clock times on the narrated day and merges them with a weekday', () => {
  const t = mention('The shelling started at 10:45 p.m. Saturday, residents said.', ctx, '10:45 p.m. Saturday');
  assert.equal(t.type, 'TIME');
  assert.equal(t.value, '2019-03-09T22:45');
});

test('parses a stand-alone dateline date', () => {
  assert.deepEqual(parseStandaloneDate('Aleppo, Janvier 5th 2016'), { value: '2016-01-05', precision: 'day' });
  assert.deepEqual(parseStandaloneDate('posted on 3 December 2014'), { value: '2014-12-03', precision: 'day' });
  assert.equal(parseStandaloneDate('no date here'), null);
});
