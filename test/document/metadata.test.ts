import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDocument } from '../../src/document/index.js';

const post = [
  'Night patrol on the river road',
  '',
  'Our platoon held the bridge until dawn.',
  '',
  'Posted by kestrel on March 4, 2019',
  '',
  'Hajin front, Mars 2nd 2019',
  '',
  'This continues my last post about the bridge.',
  '',
  'We crossed at midnight.',
].join('\n');

test('reads title, standfirst, author, publication date and a French-month dateline from a blog post', () => {
  const doc = buildDocument({ text: post, format: 'auto', what: 'post' });
  assert.equal(doc.title, 'Night patrol on the river road');
  assert.equal(doc.summary, 'Our platoon held the bridge until dawn.');
  assert.equal(doc.author, 'kestrel');
  assert.equal(doc.published, '2019-03-04');
  assert.deepEqual({ place: doc.dateline?.place, date: doc.dateline?.date }, { place: 'Hajin front', date: '2019-03-02' });
  assert.equal(doc.followsPrevious, true);
});

test('the caller\'s publication date wins over none in the text, and the id is a stable content hash', () => {
  const a = buildDocument({ text: 'Clashes erupted in the town.', format: 'text', what: 'x', published: '2020-02-29' });
  const b = buildDocument({ text: 'Clashes erupted in the town.', format: 'text', what: 'y' });
  assert.equal(a.published, '2020-02-29');
  assert.equal(b.published, null);
  assert.equal(a.id, b.id);
  assert.match(a.id, /^[0-9a-f]{16}$/);
});

test('an impossible publication date is refused with a clear message', () => {
  assert.throws(() => buildDocument({ text: 'Text.', format: 'text', what: 'x', published: '2021-02-30' }), /not a real YYYY-MM-DD date/);
});

test('a wire dateline opening the first paragraph gives the place and leaves the story text alone', () => {
  const text = 'Shelling hits market\n\nKHARKIV, Ukraine — Artillery struck a market on Monday, officials said.';
  const doc = buildDocument({ text, format: 'text', what: 'wire', published: '2022-05-10' });
  assert.equal(doc.dateline?.place, 'Kharkiv, Ukraine');
  assert.equal(doc.text, text);
  assert.ok(doc.metadataSpans.some((s) => s.text.startsWith('KHARKIV, Ukraine')));
});

test('a text with no head lines has no title, byline or dateline', () => {
  const doc = buildDocument({ text: 'Residents said that the market reopened after the holiday. Prices were stable.', format: 'text', what: 'x' });
  assert.equal(doc.title, null);
  assert.equal(doc.author, null);
  assert.equal(doc.dateline, null);
  assert.equal(doc.followsPrevious, false);
});

test("the byline's author is a person: their name is no place, however it reads", async () => {
  const { authorSpans } = await import('../../src/document/index.js');
  const { annotate, extract } = await import('../../src/pipeline.js');
  const text = [
    'Shelling hits the grain port',
    '',
    'By Jordan Lima',
    '',
    'Artillery shells struck the grain terminal in Mykolaiv on Tuesday, port workers said.',
  ].join('\n');
  const doc = buildDocument({ text, format: 'text', what: 'report', published: '2024-05-08' });
  assert.equal(doc.author, 'Jordan Lima');
  assert.deepEqual(authorSpans(doc).map((s) => text.slice(s.start, s.end)), ['Jordan Lima']);
  assert.deepEqual(annotate(doc).places.map((p) => p.text), ['Mykolaiv']);
  const events = extract(doc).events;
  assert.equal(events.length, 1);
  assert.equal(events[0].location.country_code, 'UA');
});
