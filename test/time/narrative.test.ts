import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../src/time/index.js';
import { mention, values } from './helpers.js';

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

test('"N units after/before" an event is the stretch between, without the preposition', () => {
  const c = { published: '2021-06-16', dateline: null };
  assert.deepEqual(values('The town fell a month after rebels cut the road, and one year after the siege began.', c), ['a month=P1M', 'one year=P1Y']);
  // at the end of a clause it still steps from the narrated day
  assert.deepEqual(values('The town fell on 3 May 2021; a week before, the road was cut.', c), ['3 May 2021=2021-05-03', 'a week before=2021-W17']);
});

test('"that same day" continues the narrated day', () => {
  const c = { published: '2021-06-16', dateline: null };
  assert.deepEqual(values('The convoy left on 3 May 2021. That same day the bridge fell.', c), ['3 May 2021=2021-05-03', 'That same day=2021-05-03']);
});

test('"the following month" steps from a month the text named, even without a year', () => {
  const c = { published: '2021-10-27', dateline: null };
  assert.deepEqual(values('In March, the company received an offer. The following month, it put itself up for sale.', c), ['March=2021-03', 'The following month=2021-04']);
});

test('"the day before" an event is not a date of its own; at the end of a clause it steps from the narrated day', () => {
  const c = { published: '2021-06-16', dateline: null };
  assert.deepEqual(values('He was last seen on 3 May 2021, the day before police raided the house.', c), ['3 May 2021=2021-05-03']);
  assert.deepEqual(values('The town fell on 3 May 2021. The army had left the day before.', c), ['3 May 2021=2021-05-03', 'the day before=2021-05-02']);
});
