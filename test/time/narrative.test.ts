import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../src/time/index.js';
import { mention } from './helpers.js';

// A blog post written on a front line: dated by its dateline, published weeks later.
const post = { published: '2016-12-02', dateline: '2016-11-20' };

test('a day of a month without a year takes the dateline year in a past narrative', () => {
  const t = mention('The third of August, we reached the outskirts of the town.', post, 'The third of August');
  assert.equal(t.value, '2016-08-03');
  assert.equal(t.anchor, 'dateline');
});

test('a named month after the anchor in a past narrative goes back a year', () => {
  assert.equal(mention('The twelfth of December, we had moved north.', post, 'The twelfth of December').value, '2015-12-12');
});

test('"it had been N days since" is a duration that dates the earlier event from the narrated day', () => {
  const text = 'The 5th of October, it had been four days already since the siege began.';
  const d = mention(text, post, 'four days');
  assert.equal(d.type, 'DURATION');
  assert.equal(d.value, 'P4D');
  assert.deepEqual(d.sinceRange, { start: '2016-10-01', end: '2016-10-05' });
});

test('"the next day", "two days later" and "that night" move from the narrated date, not from publication', () => {
  const text = 'On 14 March 2015 the column entered the village. The next day it was shelled. Two days later the unit withdrew, and that night the bridge was blown.';
  const found = tagTimes(text, post).map((t) => `${t.text}=${t.value}`);
  assert.deepEqual(found, ['14 March 2015=2015-03-14', 'The next day=2015-03-15', 'Two days later=2015-03-17', 'that night=2015-03-17TNI']);
});

test('narrative steps without any anchor leave the date unknown', () => {
  const [t] = tagTimes('The next day the militia left.', { published: null, dateline: null });
  assert.equal(t.value, 'XXXX-XX-XX');
  assert.equal(t.range, null);
});

test('"later that year" refers to the year the narrative is in', () => {
  assert.equal(mention('He fled in May 2009 and returned later that year.', post, 'later that year').value, '2009');
});
