import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mention, news, values } from './helpers.js';

const ctx = news('2018-10-25');

test('counted durations in words, digits, hyphenated and with modifiers', () => {
  assert.deepEqual(values('The siege lasted for three weeks.', ctx), ['three weeks=P3W']);
  assert.equal(mention('a 30-day truce', ctx, '30-day').value, 'P30D');
  assert.equal(mention('after 5 1/2 hours of talks', ctx, '5 1/2 hours').value, 'PT5H30M');
  assert.equal(mention('held for at least 72 hours', ctx, 'at least 72 hours').value, 'PT72H');
  assert.equal(mention('Prices doubled over the past two decades.', ctx, 'the past two decades').value, 'P20Y');
  assert.equal(mention('It will take the next few years.', ctx, 'the next few years').value, 'PXY');
});

test('durations are DURATION mentions without a calendar range', () => {
  const t = mention('The blockade lasted two months.', ctx, 'two months');
  assert.equal(t.type, 'DURATION');
  assert.equal(t.range, null);
});

test('recurring times are SETs', () => {
  assert.deepEqual(values('Convoys pass daily and patrols run every week.', ctx), ['daily=P1D', 'every week=P1W']);
  assert.equal(mention('They meet each Thursday.', ctx, 'each Thursday').value, 'XXXX-WXX-4');
  assert.equal(mention('It costs $3 million a year.', ctx, 'a year').type, 'SET');
});

test('vague references: now, currently, recently, recent years, the future', () => {
  assert.deepEqual(values('The city is now calm and currently under curfew.', ctx), ['now=PRESENT_REF', 'currently=PRESENT_REF']);
  assert.equal(mention('Attacks have risen in recent years.', ctx, 'recent years').value, 'PAST_REF');
  assert.equal(mention('More may come in the near future.', ctx, 'the near future').value, 'FUTURE_REF');
  assert.equal(mention('The square was once a market.', ctx, 'once').value, 'PAST_REF');
  assert.deepEqual(values('Once the war ends we will return.', ctx), []);
});
