import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tagTimes } from '../../src/time/index.js';
import { mention, news, values } from './helpers.js';

// Published on Tuesday 2019-11-12.
const ctx = news('2019-11-12');

test('centuries and spoken years', () => {
  assert.equal(mention('The mosque dates from the 12th century.', ctx, 'the 12th century').value, '11');
  assert.equal(mention('The border was drawn in nineteen forty-eight.', ctx, 'nineteen forty-eight').value, '1948');
  assert.equal(mention('It happened in March nineteen ninety-one.', ctx, 'March nineteen ninety-one').value, '1991-03');
});

test('"the year" is the current year unless it is a twelve-month stretch ending on a date', () => {
  assert.equal(mention('Sales for the full year rose.', ctx, 'the full year').value, '2019');
  const fiscal = mention('Profit for the year ended June 30 fell.', ctx, 'the year');
  assert.deepEqual([fiscal.type, fiscal.value], ['DURATION', 'P1Y']);
  assert.equal(mention('The deal should close by year-end.', ctx, 'year-end').value, '2019');
});

test('"the weekend" is the last one in a past clause and the next one in a future clause', () => {
  assert.equal(mention('Riots broke out over the weekend.', ctx, 'the weekend').value, '2019-W45-WE');
  assert.equal(mention('Talks will resume after the weekend.', ctx, 'the weekend').value, '2019-W46-WE');
});

test('"the past decade" and "for years" are durations', () => {
  assert.equal(mention('Violence has doubled over the past decade.', ctx, 'the past decade').value, 'P10Y');
  const t = mention('The road has been closed for years.', ctx, 'years');
  assert.deepEqual([t.type, t.value], ['DURATION', 'PXY']);
});

test('"recently" and "year-ago" compare with the past', () => {
  assert.equal(mention('The checkpoint was recently moved.', ctx, 'recently').value, 'PAST_REF');
  assert.equal(mention('Sales beat the year-ago level.', ctx, 'year-ago').value, '2018');
});

test('noon and midnight are clock times, and join a weekday next to them', () => {
  assert.equal(mention('The deadline expires at midnight Friday.', ctx, 'midnight Friday').type, 'TIME');
  assert.equal(mention('The deadline expired at noon Sunday.', ctx, 'noon Sunday').value, '2019-11-10T12:00');
});

test('a weekday that introduces a written date is one mention', () => {
  assert.deepEqual(values('The paper wrote on Friday, Nov. 8, that the camp was closed.', ctx), ['Friday, Nov. 8=2019-11-08']);
});

test('frequencies: once a week, twice a year, $2 a day', () => {
  assert.deepEqual(values('Aid arrives once a week; inspectors come twice a year.', ctx), ['once a week=P1W', 'twice a year=P1Y']);
  assert.equal(mention('Workers earn $2 a day.', ctx, 'a day').type, 'SET');
});

test('stretches listed in ctx.skip are left alone', () => {
  const text = 'Posted June 3, 2019. Fighting resumed on June 5.';
  const found = tagTimes(text, { published: '2019-06-10', dateline: null, skip: [{ start: 0, end: 20 }] });
  assert.deepEqual(found.map((t) => t.text), ['June 5']);
});
