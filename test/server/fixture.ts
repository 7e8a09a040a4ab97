// A small store for the workbench tests: a drone strike told by two reports (one event with
// two sources) and a report of a truce and a clash.
import { join } from 'node:path';
import { ingest, openStore } from '../../src/corpus/index.js';
import { buildApp } from '../../src/server/index.js';
import { SIRTE_MARKET_A, SIRTE_MARKET_B, SIRTE_TRUCE_AND_CLASH, tempFolder } from '../corpus/fixtures.js';

export const TOKEN = 'test-token-123';

export async function storeFile(): Promise<string> {
  const dir = tempFolder({ 'a.txt': SIRTE_MARKET_A, 'b.txt': SIRTE_MARKET_B, 'c.txt': SIRTE_TRUCE_AND_CLASH });
  const db = join(dir, 'store.db');
  await ingest([dir], { db, workers: 1, maxBytes: 10 << 20 });
  return db;
}

export async function workbench(db: string, o: { tokenForReads?: boolean; bodyLimit?: number } = {}) {
  const store = await openStore(db, { mode: 'write' });
  const app = await buildApp({ store, token: TOKEN, tokenForReads: o.tokenForReads ?? false, bodyLimit: o.bodyLimit });
  return { app, store, close: async () => { await app.close(); await store.close(); } };
}

export const auth = { authorization: `Bearer ${TOKEN}` };
