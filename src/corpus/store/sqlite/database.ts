// Opens (or, for writing, creates) the SQLite file: write-ahead log, schema brought up to date.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../../errors.js';
import { migrate } from './migrations.js';
import type { StoreMode } from '../store.js';

export type Db = Database.Database;

export function openDatabase(path: string, mode: StoreMode): Db {
  if (mode === 'read' && !existsSync(path)) {
    throw new InputError(`no store at ${path}: run "sitrep ingest" first, or point --db at one`);
  }
  const folder = dirname(path) || '.';
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(`cannot create ${path}: no folder ${folder}`);
  let db: Db;
  try {
    db = new Database(path);
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    // NORMAL in WAL mode: a committed transaction survives a crash of sitrep (not of the OS).
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db);
  } catch (err) {
    if (err instanceof InputError) throw err;
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw new InputError(`${path} is not a sitrep store (not an SQLite database)`);
    throw new InputError(`cannot open ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
  return db;
}
