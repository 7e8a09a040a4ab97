// The job queue end to end, with Redis and Postgres started here: two workers share 500
// documents, one is killed with SIGKILL midway and another takes its place, one is stopped
// with SIGTERM: every document ends in the store once. A document that always fails ends in the
// dead-letter list after its retries.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { root, sitrep } from '../helpers.js';
import { tempFolder } from '../corpus/fixtures.js';
import { skipUnless, startPostgres, startRedis, type Service } from '../services.js';
import { queueStatus } from '../../src/queue/index.js';
import { JOB_OPTIONS } from '../../src/queue/jobs.js';
import { QUEUE_NAME } from '../../src/queue/connection.js';

const skip = skipUnless('both');
let postgres: Service, redis: Service;

before(async () => { if (!skip) [postgres, redis] = await Promise.all([startPostgres(), startRedis()]); });
after(async () => { await Promise.all([postgres?.stop(), redis?.stop()]); });

async function database(name: string): Promise<string> {
  const admin = new pg.Client({ connectionString: postgres.url });
  await admin.connect();
  try { await admin.query(`CREATE DATABASE ${name}`); } finally { await admin.end(); }
  return postgres.url.replace(/\/postgres$/, `/${name}`);
}

async function scalar(url: string, sql: string): Promise<number> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try { return Number(Object.values((await c.query(sql)).rows[0] ?? { n: 0 })[0]); } catch { return 0; } finally { await c.end(); }
}

const TOWNS = ['Gao', 'Sirte', 'Marib', 'Goma', 'Kidal', 'Mosul', 'Taiz', 'Homs', 'Bunia', 'Kismayo'];

/** 500 short reports in our own words, each one different. */
function reports(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length];
    const day = 1 + (i % 28);
    lines.push(JSON.stringify({
      id: `r${i}`, published: `2023-05-${String(day).padStart(2, '0')}`,
      text: `Attack near ${town}\n\nGunmen attacked a village near ${town} on ${day} May 2023, killing ${2 + (i % 7)} people, officials said. Note ${i}.`,
    }));
  }
  return lines.join('\n') + '\n';
}

function startWorker(db: string, redisUrl: string): ChildProcess {
  return spawn(join(root, 'bin', 'sitrep'), ['worker', '--db', db, '--redis', redisUrl, '--concurrency', '1'], {
    cwd: root, stdio: ['ignore', 'ignore', 'ignore'], env: { ...process.env, SITREP_QUEUE_LOCK_MS: '2000' },
  });
}

async function until(what: string, ok: () => Promise<boolean>, seconds: number): Promise<void> {
  const end = Date.now() + seconds * 1000;
  while (!(await ok())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

describe('the job queue', { skip }, () => {
  test('2 workers on 500 documents, one killed midway: every document stored once, none lost', { timeout: 600_000 }, async () => {
    const db = await database('queue500');
    const redisUrl = `${redis.url}/0`;
    const file = join(tempFolder(), 'reports.jsonl');
    writeFileSync(file, reports(500));
    const queued = sitrep(['enqueue', '--redis', redisUrl, file]);
    assert.equal(queued.status, 0, queued.stderr);
    assert.match(queued.stdout, /^500 documents queued/);

    const a = startWorker(db, redisUrl);
    const b = startWorker(db, redisUrl);
    const documents = () => scalar(db, 'SELECT count(*) FROM documents');
    await until('a hundred documents stored', async () => (await documents()) >= 100, 300);
    a.kill('SIGKILL');
    await once(a, 'exit');
    const c = startWorker(db, redisUrl);
    await until('the queue to drain', async () => {
      const s = await queueStatus(redisUrl);
      return s.counts.waiting + s.counts.active + s.counts.delayed === 0 && (await documents()) === 500;
    }, 400);

    // SIGTERM: each remaining worker finishes what it holds and exits cleanly.
    const exits = [once(b, 'exit'), once(c, 'exit')];
    b.kill('SIGTERM');
    c.kill('SIGTERM');
    assert.deepEqual((await Promise.all(exits)).map(([code]) => code), [0, 0]);

    assert.equal(await documents(), 500);
    assert.equal(await scalar(db, 'SELECT count(*) FROM inputs'), 500);
    assert.equal(await scalar(db, 'SELECT count(*) FROM (SELECT document_id, kind, start FROM mentions GROUP BY 1, 2, 3 HAVING count(*) > 1) d'), 0, 'no mention twice');
    assert.equal(await scalar(db, 'SELECT count(DISTINCT document_id) FROM event_sources'), 500, 'every report coded');
    assert.equal(await scalar(db, 'SELECT count(*) FROM (SELECT document_id FROM event_sources GROUP BY 1 HAVING count(*) > 1) d'), 0, 'one report each, once');
    const s = await queueStatus(redisUrl);
    assert.equal(s.counts.failed, 0);
  });

  test('a document that always fails is retried, then listed as a dead letter by queue status', { timeout: 120_000 }, async () => {
    const db = await database('deadletter');
    const redisUrl = `${redis.url}/1`;
    const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const queue = new Queue(QUEUE_NAME, { connection });
    // A publication date that is no date: the document stage refuses it on every try.
    const item = { what: 'bad.jsonl line 1', text: 'Clash in Gao\n\nFighting in Gao.', format: 'text', id: 'bad', published: '2023-02-30', title: null, url: null };
    await queue.add('document', { hash: 'bad', item }, { ...JOB_OPTIONS, backoff: { type: 'fixed', delay: 50 }, jobId: 'bad' });
    await queue.close();
    connection.disconnect();
    const w = startWorker(db, redisUrl);
    try {
      await until('the job to fail for good', async () => (await queueStatus(redisUrl)).counts.failed === 1, 90);
    } finally {
      w.kill('SIGTERM');
      await once(w, 'exit');
    }
    const r = sitrep(['queue', 'status', '--redis', redisUrl]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /failed 1/);
    assert.match(r.stdout, /bad\.jsonl line 1 \(4 tries\): .*2023-02-30/);
  });
});

test('queue commands: bad usage exits 2, a Redis that does not answer is one line and exit 1', () => {
  const concurrency = sitrep(['worker', '--concurrency', '0']);
  assert.equal(concurrency.status, 2);
  assert.match(concurrency.stderr, /--concurrency must be a whole number/);
  const status = sitrep(['queue', 'stats']);
  assert.equal(status.status, 2);
  assert.match(status.stderr, /sitrep queue status/);
  const noFiles = sitrep(['enqueue']);
  assert.equal(noFiles.status, 2);
  const down = sitrep(['queue', 'status', '--redis', 'redis://:secret@127.0.0.1:1']);
  assert.equal(down.status, 1);
  assert.equal(down.stderr.trim().split('\n').length, 1);
  assert.match(down.stderr, /^sitrep: cannot connect to redis:\/\/:\*\*\*@127\.0\.0\.1:1.*ECONNREFUSED/);
});
