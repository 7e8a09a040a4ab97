// The throwaway servers the store and queue tests rely on start, answer, and leave nothing behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { answersPing, skipUnless, startPostgres, startRedis } from '../services.js';

test('a throwaway PostgreSQL cluster answers SQL on its loopback port and is gone after stop', { skip: skipUnless('postgres') }, async () => {
  const server = await startPostgres();
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  try {
    const r = await client.query('SELECT current_setting($1) AS port, 6 * 7 AS answer', ['port']);
    assert.equal(r.rows[0].answer, 42);
    assert.equal(server.url.endsWith(`:${r.rows[0].port}/postgres`), true);
  } finally {
    await client.end();
  }
  await server.stop();
  const again = new pg.Client({ connectionString: server.url, connectionTimeoutMillis: 2000 });
  await assert.rejects(again.connect());
});

test('a throwaway redis-server answers PING and is gone after stop', { skip: skipUnless('redis') }, async () => {
  const server = await startRedis();
  const port = Number(new URL(server.url).port);
  assert.equal(await answersPing(port), true);
  await server.stop();
  assert.equal(await answersPing(port), false);
});
