import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Worker } from 'node:worker_threads';
import { Gazetteer, sharedIndex } from '../../src/places/gazetteer.js';
import { placeKey } from '../../src/places/normalise.js';

test('a gazetteer over the shared index answers as one that reads its own files', () => {
  const own = new Gazetteer(), shared = new Gazetteer(undefined, sharedIndex());
  for (const name of ['Aleppo', 'Gao', 'Mosul', 'Kandahar', 'New York', 'Saint-Denis', 'Zzyzx Qwerty']) {
    assert.deepEqual(shared.lookup(placeKey(name)), own.lookup(placeKey(name)), name);
  }
  assert.ok(shared.lookup(placeKey('Mosul')).some((c) => c.entry.countryCode === 'IQ'));
  assert.equal(shared.hasLonger(placeKey('New')), own.hasLonger(placeKey('New')));
  assert.equal(shared.size, own.size);
});

test('the shared index is memory another thread reads without copying', async () => {
  const index = sharedIndex();
  assert.ok(index.keys instanceof SharedArrayBuffer && index.keys.byteLength > 1_000_000);
  // A worker sees the same bytes: it changes one, and this thread sees the change.
  const probe = new Uint8Array(index.keysOff);
  const before = probe[0];
  const worker = new Worker('const { workerData, parentPort } = require("node:worker_threads"); new Uint8Array(workerData.keysOff)[0] ^= 0xff; parentPort.postMessage("done");', { eval: true, workerData: index });
  await new Promise((resolve) => worker.once('message', resolve));
  await worker.terminate();
  assert.equal(probe[0], before ^ 0xff);
});
