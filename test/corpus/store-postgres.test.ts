// The Postgres store against the shared store contract, on a throwaway cluster started here,
// plus what only a server store must do: migrations raced by several openers, corroboration by
// concurrent writers, exactly-once writes of one document, box queries with and without PostGIS.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { root, sitrep } from '../helpers.js';
import { openStore, type Store } from '../../src/corpus/store/index.js';
import { InputError } from '../../src/errors.js';
import { storeContract } from './store-contract.js';
import { analysis, SIRTE, tempFolder } from './fixtures.js';
import { skipUnless, startPostgres, type Service } from '../services.js';

const skip = skipUnless('postgres');
let server: Promise<Service> | null = null;
let databases = 0;

/** A fresh, empty database on the test cluster (started on first use); its URL. */
async function freshDatabase(): Promise<string> {
  server ??= startPostgres();
  const { url } = await server;
  const name = `t${++databases}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
  return url.replace(/\/postgres$/, `/${name}`);
}

after(async () => { if (server) await (await server).stop(); });

describe('Postgres store', { skip }, () => {
  storeContract('Postgres', async () => openStore(await freshDatabase(), { mode: 'write' }));

  test('four openers racing on a new database apply the migrations once, and all can write', async () => {
    const url = await freshDatabase();
    const stores = await Promise.all([1, 2, 3, 4].map(() => openStore(url, { mode: 'write' })));
    try {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const version = await client.query('SELECT version FROM sitrep_schema');
      await client.end();
      assert.equal(version.rowCount, 1);
      await stores[3].writeBatch([{ hash: 'h', source: 'a.txt', analysis: analysis('a', [{}]) }]);
      assert.deepEqual(await stores[0].countEvents(), { events: 1, documents: 1 });
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('reports of one event written at once by separate writers end as one event listing every source', async () => {
    const url = await freshDatabase();
    const writers: Store[] = await Promise.all(Array.from({ length: 6 }, () => openStore(url, { mode: 'write' })));
    try {
      // Six outlets report the same strike; each writer stores one, all at the same moment.
      const outcomes = await Promise.all(writers.map((w, i) => w.writeBatch([
        { hash: `h${i}`, source: `outlet${i}.txt`, analysis: analysis(`doc${i}`, [{ fatalities: 10 + i, day: '2023-03-03', lat: 31.2 + i * 0.01 }]) },
      ])));
      const created = outcomes.flat().reduce((n, o) => n + o.newEvents, 0);
      assert.equal(created, 1, 'exactly one writer starts the event');
      const events: string[][] = [];
      for await (const e of writers[0].queryEvents({})) events.push(e.event.sources.map((s) => s.document_id).sort());
      assert.deepEqual(events, [['doc0', 'doc1', 'doc2', 'doc3', 'doc4', 'doc5']]);
    } finally {
      await Promise.all(writers.map((w) => w.close()));
    }
  });

  test('one document written twice at once (a job redone) is stored once, with its reports once', async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([openStore(url, { mode: 'write' }), openStore(url, { mode: 'write' })]);
    try {
      const item = { hash: 'same', source: 'a.txt', analysis: analysis('a', [{ fatalities: 3 }, { type: 'Battles', sub: 'Armed clash', day: '2023-03-05', fatalities: 1 }]) };
      const [x, y] = await Promise.all([a.writeBatch([item]), b.writeBatch([{ ...item, hash: 'same-2' }])]);
      assert.equal([x[0], y[0]].filter((o) => o.newDocument).length, 1);
      assert.deepEqual(await a.countEvents(), { events: 2, documents: 1 });
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const counts = await client.query('SELECT (SELECT count(*) FROM event_sources) AS sources, (SELECT count(*) FROM mentions) AS mentions, (SELECT count(*) FROM inputs) AS inputs');
      await client.end();
      assert.deepEqual(counts.rows[0], { sources: 2, mentions: 1, inputs: 2 });
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });

  test('a store of schema 1 gets certainty and review columns from its records and reviews', async () => {
    const url = await freshDatabase();
    const writer = await openStore(url, { mode: 'write' });
    await writer.writeBatch([
      { hash: 'a', source: 'a.txt', analysis: analysis('a', [{ fatalities: 3 }]) },
      { hash: 'b', source: 'b.txt', analysis: analysis('b', [{ fatalities: 5, day: '2023-05-01', lat: 20 }]) },
    ]);
    await writer.reviewEvent('a-r0', { status: 'accepted', set: { certainty: 'claimed' }, who: 'ana' });
    await writer.close();
    // Back to schema 1, as a store written before the columns came would be.
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`DROP INDEX events_newest; DROP INDEX events_by_certainty; DROP INDEX events_by_review;
        ALTER TABLE events DROP COLUMN certainty; ALTER TABLE events DROP COLUMN review; UPDATE sitrep_schema SET version = 1`);
      const store = await openStore(url, { mode: 'write' });
      try {
        assert.deepEqual((await client.query('SELECT id, certainty, review FROM events ORDER BY id')).rows,
          [{ id: 'a-r0', certainty: 'claimed', review: 'accepted' }, { id: 'b-r0', certainty: 'reported', review: 'unreviewed' }]);
        const page = await store.eventPage({ certainty: ['claimed'], review: ['accepted'] }, { offset: 0, limit: 10, countCap: 100 });
        assert.deepEqual(page.events.map((e) => e.event.id), ['a-r0']);
      } finally {
        await store.close();
      }
    } finally {
      await client.end();
    }
  });

  test('box queries use PostGIS where installed, the same answers either way, across the antimeridian too', async () => {
    const url = await freshDatabase();
    const store = await openStore(url, { mode: 'write' });
    const FIJI = { ...SIRTE, name: 'Labasa', admin1: 'Northern', country: 'Fiji', country_code: 'FJ', lat: -16.43, lon: 179.36, geonames_id: 2204506 };
    try {
      await store.writeBatch([
        { hash: 'a', source: 'a.txt', analysis: analysis('a', [{}]) },
        { hash: 'f', source: 'f.txt', analysis: analysis('f', [{ place: FIJI, day: '2023-05-01' }]) },
      ]);
      const names = async (bbox: [number, number, number, number]) => {
        const out: string[] = [];
        for await (const e of store.queryEvents({ bbox })) out.push(e.event.location!.name);
        return out;
      };
      assert.deepEqual(await names([16, 31, 17, 32]), ['Sirte']);
      assert.deepEqual(await names([179, -17, -179, -16]), ['Labasa']);
      assert.deepEqual(await names([10, -20, 12, 40]), []);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const postgis = (await client.query("SELECT 1 FROM pg_available_extensions WHERE name = 'postgis'")).rowCount === 1;
      const plan = (await client.query("EXPLAIN SELECT id FROM events e WHERE e.geom && ST_MakeEnvelope(16, 31, 17, 32, 4326)").catch(() => null));
      await client.end();
      if (postgis) assert.ok(plan, 'the events table has its PostGIS point column');
    } finally {
      await store.close();
    }
  });

  test('full-text search finds the events of documents holding the words', async () => {
    const store = await openStore(await freshDatabase(), { mode: 'write' });
    try {
      await store.writeBatch([
        { hash: 'a', source: 'a.txt', analysis: analysis('a', [{}], 'Strike on Sirte market') },
        { hash: 'c', source: 'c.txt', analysis: analysis('c', [{ type: 'Battles', sub: 'Armed clash', day: '2023-04-10', fatalities: 3 }], 'Clash at dawn') },
      ]);
      const titles = async (q: string) => {
        const out: string[] = [];
        for await (const e of store.queryEvents({ q })) out.push(e.event.sources[0].title ?? '');
        return out;
      };
      assert.deepEqual(await titles('strike'), ['Strike on Sirte market']);
      assert.deepEqual(await titles('market'), ['Strike on Sirte market', 'Clash at dawn'], 'every document says market');
      assert.deepEqual(await titles('"clash at dawn"'), ['Clash at dawn']);
      assert.deepEqual(await titles('nothing-like-this'), []);
    } finally {
      await store.close();
    }
  });

  test('reading needs an existing store; a server that does not answer is one clear message', async () => {
    const url = await freshDatabase();
    await assert.rejects(openStore(url, { mode: 'read' }), (e) => e instanceof InputError && /no sitrep store in .*sitrep ingest/.test(e.message));
    await assert.rejects(openStore('postgres://nobody:secret@127.0.0.1:1/none', { mode: 'read' }),
      (e) => e instanceof InputError && /^cannot connect to postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/.test(e.message) && !e.message.includes('secret'));
  });
});

describe('sitrep with a Postgres store', { skip }, () => {
  test('ingest --db postgres://... and events through SITREP_DB give the same events as the SQLite store', async () => {
    const url = await freshDatabase();
    const files = ['marib-drone-strike.txt', 'sukhnah-clash.txt', 'nairobi-protest-teargas.txt', 'tsafe-abduction.txt'].map((f) => join(root, 'examples', f));
    const sqlite = join(tempFolder(), 'sitrep.db');
    for (const db of [url, sqlite]) {
      const r = sitrep(['ingest', '--quiet', '--workers', '1', '--db', db, ...files]);
      assert.equal(r.status, 0, r.stderr);
      assert.match(r.stdout, /^4 new documents stored in /);
    }
    const listed = (env: Record<string, string>) => {
      const r = spawnSync(join(root, 'bin', 'sitrep'), ['events', '--format', 'jsonl'], { cwd: tempFolder(), encoding: 'utf8', env: { ...process.env, ...env } });
      assert.equal(r.status, 0, r.stderr);
      return r.stdout.trim().split('\n').map((l) => JSON.parse(l)).map((e) => [e.sub_event_type, e.event_date ?? e.date?.start, e.location?.name, e.fatalities, e.sources.length]);
    };
    const fromPostgres = listed({ SITREP_DB: url });
    assert.ok(fromPostgres.length >= 4, 'the four reports give events');
    assert.deepEqual(fromPostgres, listed({ SITREP_DB: sqlite }));
  });
});
