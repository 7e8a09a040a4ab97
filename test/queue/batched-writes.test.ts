// Group commit in a queue worker: documents analysed while a write is in flight reach the store
// together, every one gets its own outcome, and one the store refuses fails alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openStore, type WriteItem } from '../../src/corpus/store/index.js';
import { analyseItem } from '../../src/corpus/analysis.js';
import { BatchedWrites } from '../../src/queue/batched-writes.js';
import { tempFolder } from '../corpus/fixtures.js';

function item(n: number): WriteItem {
  const text = `Gunmen attacked a police post in Gao on 3 May 2024, killing ${n + 2} officers, the army said.`;
  const analysis = analyseItem({ what: `report ${n}`, text, format: 'text', id: null, published: '2024-05-04', title: null, url: null });
  return { hash: `hash-${n}`, source: `report ${n}`, analysis };
}

test('writes that arrive while one is in flight go to the store as one batch, each with its outcome', async () => {
  const store = await openStore(join(tempFolder(), 'batched.db'), { mode: 'write' });
  const batches: number[] = [];
  const writeBatch = store.writeBatch.bind(store);
  store.writeBatch = async (items) => { batches.push(items.length); return writeBatch(items); };
  try {
    const writes = new BatchedWrites(store);
    const outcomes = await Promise.all([0, 1, 2, 3, 4].map((n) => writes.write(item(n))));
    // The first goes alone (nothing else is waiting yet); the four that came during it go together.
    assert.deepEqual(batches, [1, 4]);
    assert.equal(outcomes.length, 5);
    assert.ok(outcomes.every((o) => o.newDocument));
    assert.equal((await store.countEvents()).documents, 5);
    // The same document again: stored once, and its outcome says so.
    assert.equal((await writes.write(item(2))).newDocument, false);
  } finally {
    await store.close();
  }
});

test('a document the store refuses fails alone; the others of its batch are stored', async () => {
  const store = await openStore(join(tempFolder(), 'refused.db'), { mode: 'write' });
  try {
    const writes = new BatchedWrites(store);
    const bad = item(9);
    (bad.analysis.document as { text: unknown }).text = null; // the documents table requires a text
    const results = await Promise.allSettled([item(0), item(1), bad, item(3)].map((i) => writes.write(i)));
    assert.deepEqual(results.map((r) => r.status), ['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    assert.equal((await store.countEvents()).documents, 3);
  } finally {
    await store.close();
  }
});
