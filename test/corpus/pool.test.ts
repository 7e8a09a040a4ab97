// The worker pool hands each worker several jobs at once: every job still ends exactly once,
// with its own result, and the jobs queued behind one that is given up are run, not lost.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ExtractionPool } from '../../src/corpus/pool.js';
import type { SourceItem } from '../../src/corpus/sources.js';

function item(i: number): SourceItem {
  const town = ['Sirte', 'Gao', 'Marib'][i % 3];
  return { what: `doc ${i}`, text: `Clashes in ${town}\n\nGunmen attacked a checkpoint in ${town} on 4 March 2023, killing ${i + 2} soldiers.`,
    format: 'text', id: `d${i}`, published: '2023-03-05', title: null, url: null };
}

test('two workers holding several jobs each return every result once, each to its own document', async () => {
  const pool = new ExtractionPool(2);
  try {
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => pool.run(item(i))));
    assert.equal(pool.pending, 0);
    for (const [i, r] of results.entries()) {
      assert.equal(r.ok, true, `doc ${i}`);
      if (!r.ok) continue;
      assert.equal(r.analysis.document.id !== undefined, true);
      assert.equal(r.analysis.reports[0]?.record.fatalities, i + 2, `doc ${i} has its own toll`);
    }
  } finally {
    await pool.close();
  }
});

test('jobs queued behind one that runs out of time end too: each given up or done, none waiting forever', async () => {
  // 1 ms is shorter than any analysis: every job that reaches a worker is given up, and the
  // ones queued behind it are handed to the fresh worker in turn.
  const pool = new ExtractionPool(1, 1);
  try {
    const results = await Promise.all(Array.from({ length: 5 }, (_, i) => pool.run(item(i))));
    assert.equal(results.length, 5);
    for (const [i, r] of results.entries()) {
      assert.equal(r.ok, false);
      if (!r.ok) assert.match(r.error, new RegExp(`^doc ${i}: took longer than`));
    }
    assert.equal(pool.pending, 0);
  } finally {
    await pool.close();
  }
});
