// Long documents finish, at a cost that grows with their length; a document
// that overruns the per-document time budget is reported by name, never dropped in silence.
// The long reports are generated here, from sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractionPool } from '../../src/corpus/pool.js';
import { dirname, join } from 'node:path';
import { DEFAULT_MAX_MB } from '../../src/cli/options.js';
import { sitrep, tempFile } from '../helpers.js';

const PARAGRAPHS = [
  'Gunmen attacked a police post in the town of Djibo on Monday, killing three officers, a local official said.',
  'Residents said the shooting lasted for about an hour before the attackers withdrew towards the border.',
  'In Kaya, hundreds of traders marched to the governor\'s office on Tuesday to protest against new market taxes.',
  'The army said it had recovered two rifles and a motorbike after the clash near Dori, where four soldiers were wounded.',
  'Aid groups have warned that the fighting could force thousands more people from their homes in the coming weeks.',
];

/** Very short sentences: the most mentions, places and actors per megabyte a text can hold. */
const TERSE = ['Shots rang out.', 'Two died.', 'Police came.', 'Rebels fled north.', 'A bomb hit Goma.', 'Troops fought M23 near Goma on Monday.', 'Sudan\'s army shelled Nyala.'];

function longReport(bytes: number): string {
  const parts: string[] = ['Violence spreads across the north', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = PARAGRAPHS[i % PARAGRAPHS.length];
    parts.push(p, '');
    size += p.length + 2;
  }
  return parts.join('\n');
}

test('a report of two megabytes is coded to the end', { timeout: 240_000 }, () => {
  const file = tempFile('long.txt', longReport(2 * 1024 * 1024));
  const r = sitrep(['extract', '--format', 'json', '--published', '2024-03-06', file]);
  assert.equal(r.status, 0, r.stderr);
  const out = JSON.parse(r.stdout) as { document: { text: string }; events: { evidence: { start: number }[] }[] };
  assert.ok(out.events.length > 0, 'events are coded');
  // The last paragraphs are read too: evidence reaches the end of the text.
  const last = Math.max(...out.events.flatMap((e) => e.evidence.map((s) => s.start)));
  assert.ok(last > out.document.text.length * 0.9, `evidence ends at ${last} of ${out.document.text.length}`);
});

test('a document over the per-document time budget is reported by name and the others go on', { timeout: 120_000 }, async () => {
  const pool = new ExtractionPool(1, 1_500);
  try {
    const slow = pool.run({ what: 'huge-report.txt', text: longReport(3 * 1024 * 1024), format: 'text', id: null, published: '2024-03-06', title: null, url: null });
    const quick = pool.run({ what: 'short-report.txt', text: PARAGRAPHS[0], format: 'text', id: null, published: '2024-03-06', title: null, url: null });
    const [a, b] = await Promise.all([slow, quick]);
    assert.equal(a.ok, false);
    assert.match(a.ok ? '' : a.error, /huge-report\.txt: took longer than 1\.5 s; given up/);
    assert.equal(b.ok, true, b.ok ? '' : b.error);
  } finally {
    await pool.close();
  }
});

test('a report just under the size limit, in very short sentences, is ingested within the per-document time budget', { timeout: 600_000 }, () => {
  const limit = DEFAULT_MAX_MB * 1024 * 1024;
  const parts: string[] = ['Fighting in the east', ''];
  let size = 0;
  for (let i = 0; size < limit - 200_000; i++) {
    // Paragraphs of prose between runs of terse sentences, as in a long daily log.
    const p = i % 8 === 0 ? PARAGRAPHS[(i / 8) % PARAGRAPHS.length] : TERSE[i % TERSE.length];
    parts.push(p);
    size += p.length + 1;
  }
  const file = tempFile('near-limit.txt', parts.join(' '));
  const db = join(dirname(file), 'store.db');
  const r = sitrep(['ingest', '--db', db, file]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, / 0 failed/);
  assert.doesNotMatch(r.stderr, /given up/);
  const events = sitrep(['events', '--db', db, '--format', 'json']);
  assert.equal(events.status, 0, events.stderr);
  assert.ok((JSON.parse(events.stdout) as unknown[]).length > 0, 'its events are stored');
});
