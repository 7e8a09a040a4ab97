import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mention, news, values } from './helpers.js';

// Published on Wednesday 2021-06-16.
const ctx = news('2021-06-16');

test('today, yesterday and tomorrow count from publication', () => {
  assert.deepEqual(values('Two soldiers died yesterday; talks resume tomorrow and a vigil is held today.', ctx),
    ['yesterday=2021-06-15', 'tomorrow=2021-06-17', 'today=2021-06-16']);
});

test('this week, last month, next year, earlier this year', () => {
  assert.deepEqual(values('Protests grew this week after a ban imposed last month.', ctx), ['this week=2021-W24', 'last month=2021-05']);
  assert.equal(mention('Elections are due next year.', ctx, 'next year').value, '2022');
  const t = mention('The group was banned earlier this year.', ctx, 'earlier this year');
  assert.deepEqual(t.range, { start: '2021-01-01', end: '2021-12-31' });
});

test('a bare weekday in a past-tense sentence is the latest such day up to publication', () => {
  assert.equal(mention('Gunmen attacked a checkpoint Monday, police said.', ctx, 'Monday').value, '2021-06-14');
  assert.equal(mention('The army said Wednesday it had retaken the town.', ctx, 'Wednesday').value, '2021-06-16');
});

test('a weekday in a future clause is the next such day', () => {
  assert.equal(mention('The envoy will arrive Friday.', ctx, 'Friday').value, '2021-06-18');
  assert.equal(mention('The envoy arrived last Friday.', ctx, 'last Friday').value, '2021-06-11');
});

test('foreign weekday names are read when capitalised', () => {
  assert.equal(mention('The convoy was hit on Sonntag.', ctx, 'Sonntag').value, '2021-06-13');
});

test('parts of the day: this morning, last night, Friday night', () => {
  assert.deepEqual(values('Shots were heard last night and again this morning.', ctx), ['last night=2021-06-15TNI', 'this morning=2021-06-16TMO']);
  assert.equal(mention('A curfew was imposed Saturday night.', ctx, 'Saturday night').value, '2021-06-12');
});

test('a dateline date is preferred over publication for speech time', () => {
  assert.equal(mention('Shelling resumed yesterday.', { published: '2021-07-01', dateline: '2021-06-20' }, 'yesterday').value, '2021-06-19');
});

test('holidays resolve to their day in the right year', () => {
  assert.equal(mention('The attack came on Christmas Eve.', ctx, 'Christmas Eve').value, '2020-12-24');
  assert.equal(mention('Protesters met on Thanksgiving Day 2019.', ctx, 'Thanksgiving Day 2019').value, '2019-11-28');
});

test('tense cues: "next to" is a place, "since" looks back, an opening weekday takes the tense of its clause', () => {
  // Wednesday 2021-06-16
  assert.equal(mention('Dozens died in the blast next to the embassy on Monday.', ctx, 'Monday').value, '2021-06-14');
  assert.equal(mention('The ship has been at sea since March and is scheduled to return.', ctx, 'March').value, '2021-03');
  assert.equal(mention('On Friday, the opposition plans to hold a rally in the capital.', ctx, 'Friday').value, '2021-06-18');
  assert.equal(mention('Organisers called a march on Saturday and were planning to block the bridge.', ctx, 'Saturday').value, '2021-06-19');
});

test('"late Monday", "early Friday morning": the weekday without the modifier', () => {
  assert.deepEqual(values('Late Monday, officials met; fighting began early Friday morning.', ctx), ['Monday=2021-06-14', 'Friday morning=2021-06-11']);
});

test('a present-tense schedule ("the envoy meets ... Monday") looks ahead', () => {
  assert.equal(mention('The two leaders meet separately Monday with the mediator.', ctx, 'Monday').value, '2021-06-21');
  assert.equal(mention('The offer had been due to expire Monday.', ctx, 'Monday').value, '2021-06-14');
});
