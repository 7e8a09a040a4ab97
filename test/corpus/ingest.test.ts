import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openSync, ftruncateSync, closeSync } from 'node:fs';
import Database from 'better-sqlite3';
import { root, sitrep } from '../helpers.js';
import { SIRTE_HOUSE, SIRTE_MARKET_A, jsonLines, tempFolder } from './fixtures.js';

const RSS = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>Wire</title>
<item><title>Protesters march in Nairobi</title><link>https://news.example.org/nairobi</link><pubDate>Tue, 18 Jul 2023 09:00:00 +0300</pubDate>
<description>&lt;p&gt;NAIROBI, Kenya — Hundreds of protesters marched through Nairobi on Monday against new taxes &amp;amp; prices.&lt;/p&gt;</description></item>
<item><title>Gunmen abduct villagers in Tsafe</title><link>https://news.example.org/tsafe</link><pubDate>Tue, 02 May 2023 10:00:00 GMT</pubDate>
<content:encoded><![CDATA[<p>Gunmen abducted ten villagers in Tsafe, Zamfara State, on Sunday, police said.</p>]]></content:encoded></item>
</channel></rss>`;

const ATOM = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Field notes</title><id>urn:x</id>
<entry><title>Shelling in Kupiansk</title><id>urn:x:1</id><link href="https://field.example.org/1"/><published>2023-09-14T08:00:00Z</published>
<content type="html">&lt;p&gt;Russian forces shelled Kupiansk on 13 September 2023, killing two civilians, the regional governor said.&lt;/p&gt;</content></entry>
</feed>`;

const ENTITY_BOMB = `<?xml version="1.0"?>
<!DOCTYPE rss [
 <!ENTITY a "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa">
 <!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
 <!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">
 <!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">
 <!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">
]>
<rss version="2.0"><channel><title>Bomb</title><item><title>&e;</title><description>&e;&e;&e;&e;</description></item></channel></rss>`;

function count(dbPath: string, table: string): number {
  const db = new Database(dbPath, { readonly: true });
  try { return db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number; } finally { db.close(); }
}

test('ingesting the same documents again changes nothing', () => {
  const dir = tempFolder({ 'a.txt': SIRTE_MARKET_A, 'sub/b.md': SIRTE_HOUSE, 'sub/notes.pdf': 'not picked up by a folder walk' });
  const db = join(dir, 'store.db');
  const first = sitrep(['ingest', '--db', db, '--workers', '1', dir]);
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /^2 new documents stored in .*store\.db, 0 already there, 0 failed/);
  const snapshot = ['documents', 'events', 'event_sources', 'mentions', 'inputs'].map((t) => count(db, t));
  const second = sitrep(['ingest', '--db', db, '--workers', '1', dir, join(dir, 'a.txt')]);
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /^0 new documents stored in .*, 2 already there, 0 failed/);
  assert.match(second.stdout, /0 new events, 0 reports corroborating/);
  assert.deepEqual(['documents', 'events', 'event_sources', 'mentions', 'inputs'].map((t) => count(db, t)), snapshot);
});

test('RSS and Atom feeds are read item by item, with title, link and date', () => {
  const dir = tempFolder({ 'wire.rss': RSS, 'notes.atom': ATOM });
  const db = join(dir, 'store.db');
  const r = sitrep(['ingest', '--db', db, '--workers', '1', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^3 new documents stored/);
  const store = new Database(db, { readonly: true });
  const docs = store.prepare('SELECT title, url, published, text, source FROM documents ORDER BY title').all() as Record<string, string>[];
  store.close();
  assert.deepEqual(docs.map((d) => [d.title, d.url, d.published]), [
    ['Gunmen abduct villagers in Tsafe', 'https://news.example.org/tsafe', '2023-05-02'],
    ['Protesters march in Nairobi', 'https://news.example.org/nairobi', '2023-07-18'],
    ['Shelling in Kupiansk', 'https://field.example.org/1', '2023-09-14'],
  ]);
  assert.match(docs[1].text, /against new taxes & prices\.$/, 'entities decoded once, markup removed');
  assert.match(docs[0].source, /wire\.rss item 2$/);
});

test('an entity-expansion feed and a 50 MB file are refused with a message while the rest is ingested', () => {
  const dir = tempFolder({ 'good.txt': SIRTE_MARKET_A, 'feeds/bomb.xml': ENTITY_BOMB, 'feeds/broken.rss': '<rss><channel><item><title>x</title></channel>', 'feeds/wire.rss': RSS });
  const huge = join(dir, 'huge.txt');
  closeSync(openSync(huge, 'w'));
  const fd = openSync(huge, 'r+');
  ftruncateSync(fd, 50 * 1024 * 1024);
  closeSync(fd);
  const db = join(dir, 'store.db');
  const r = sitrep(['ingest', '--db', db, '--workers', '2', dir]);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^3 new documents stored in .*, 0 already there, 3 failed/);
  assert.match(r.stdout, /bomb\.xml: the feed declares its own XML entities \(<!ENTITY>\); refused/);
  assert.match(r.stdout, /broken\.rss is not well-formed XML/);
  assert.match(r.stdout, /huge\.txt is 50\.0 MB, over the 10\.0 MB limit per document \(raise it with --max-size\)/);
  assert.doesNotMatch(r.stdout + r.stderr, /\bat .*\.(?:js|ts):\d+/, 'no stack trace');
  assert.equal(count(db, 'documents'), 3);
});

test('bad ingest usage exits 2 with a hint', () => {
  const noPath = sitrep(['ingest', '--db', '/tmp/x.db']);
  assert.equal(noPath.status, 2);
  assert.match(noPath.stderr, /ingest needs at least one file or folder/);
  const workers = sitrep(['ingest', '--workers', 'many', 'x']);
  assert.equal(workers.status, 2);
  assert.match(workers.stderr, /--workers must be a whole number/);
});

test('kill -9 during an ingest loses nothing committed, and a re-run completes the rest without duplicates', async () => {
  const N = 400;
  const dir = tempFolder({ 'reports.jsonl': jsonLines(N) });
  const db = join(dir, 'store.db');
  const child = spawn(join(root, 'bin', 'sitrep'), ['ingest', '--db', db, '--workers', '1', dir], { cwd: root, stdio: 'ignore' });
  const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ?? code)));
  // Wait until some batches are committed, then kill without warning.
  let committed = 0;
  for (let i = 0; i < 600 && committed < 40; i++) {
    await new Promise((r) => setTimeout(r, 50));
    try { committed = count(db, 'inputs'); } catch { committed = 0; }
  }
  assert.ok(committed >= 40, 'the ingest got under way');
  child.kill('SIGKILL');
  assert.equal(await exited, 'SIGKILL');

  const store = new Database(db, { readonly: true });
  const afterKill = store.prepare('SELECT hash FROM inputs').pluck().all() as string[];
  const docsAfterKill = store.prepare('SELECT count(*) FROM documents').pluck().get() as number;
  store.close();
  assert.ok(afterKill.length >= committed, 'what was committed before the kill is still there');
  assert.ok(afterKill.length < N, `killed before the end (${afterKill.length} of ${N} stored)`);
  assert.equal(docsAfterKill, afterKill.length);

  const rerun = sitrep(['ingest', '--db', db, '--workers', '2', dir]);
  assert.equal(rerun.status, 0, rerun.stderr);
  assert.match(rerun.stdout, new RegExp(`^${N - afterKill.length} new documents stored in .*, ${afterKill.length} already there, 0 failed`));
  const final = new Database(db, { readonly: true });
  try {
    assert.equal(final.pragma('integrity_check', { simple: true }), 'ok');
    assert.equal(final.prepare('SELECT count(*) FROM documents').pluck().get(), N);
    assert.equal(final.prepare('SELECT count(DISTINCT id) FROM documents').pluck().get(), N);
    assert.equal(final.prepare('SELECT count(*) FROM inputs').pluck().get(), N);
    const perDoc = final.prepare('SELECT max(n) FROM (SELECT count(*) AS n FROM event_sources GROUP BY document_id, position)').pluck().get();
    assert.ok(perDoc === null || perDoc === 1, 'no report stored twice');
    const kept = final.prepare('SELECT count(*) FROM inputs WHERE hash IN (SELECT value FROM json_each(?))').pluck().get(JSON.stringify(afterKill));
    assert.equal(kept, afterKill.length);
  } finally {
    final.close();
  }
});
