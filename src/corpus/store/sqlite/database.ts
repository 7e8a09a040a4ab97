// Opens the SQLite file. Writing (ingest, review) creates the store if needed and brings its
// schema up to date; reading never creates or changes a file: it opens read-only and refuses
// anything that is not a sitrep store.
import Database from 'better-sqlite3';
import { existsSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../../../errors.js';
import { ForeignDatabase, SCHEMA_VERSION, migrate } from './migrations.js';
import type { StoreMode } from '../store.js';

export type Db = Database.Database;

export function openDatabase(path: string, mode: StoreMode): Db {
  if (existsSync(path) && statSync(path).isDirectory()) throw new InputError(`${path} is a folder, not a sitrep store`);
  if (mode === 'read') {
    if (!existsSync(path)) throw new InputError(`no store at ${path}: run "sitrep ingest" first, or point --db at one`);
    return openForReading(path);
  }
  const folder = dirname(path) || '.';
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new InputError(`cannot create ${path}: no folder ${folder}`);
  return guard(path, () => {
    const db = new Database(path);
    try {
      db.pragma('busy_timeout = 5000');
      // Before anything is written (even the journal mode): one snapshot, so a store being created by another process is not mistaken for a foreign database.
      if (db.transaction(() => version(db) === 0 && hasTables(db))()) throw new ForeignDatabase();
      db.pragma('journal_mode = WAL');
      // NORMAL in WAL mode: a committed transaction survives a crash of sitrep (not of the OS).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      migrate(db);
      return db;
    } catch (err) {
      db.close();
      throw err;
    }
  });
}

function openForReading(path: string): Db {
  const current = guard(path, () => {
    const db = new Database(path, { readonly: true, fileMustExist: true });
    try {
      const v = version(db);
      if (v === 0 || !hasTables(db, ['documents', 'events'])) throw new InputError(`${path} is not a sitrep store (it has no sitrep tables)`);
      if (v > SCHEMA_VERSION) throw new InputError(`${path}: schema version ${v} is newer than this sitrep knows (${SCHEMA_VERSION}); upgrade sitrep`);
      if (v === SCHEMA_VERSION) {
        db.pragma('busy_timeout = 5000');
        return db;
      }
      db.close();
      return v;
    } catch (err) {
      if (db.open) db.close();
      throw err;
    }
  });
  if (typeof current !== 'number') return current;
  // A store from an older sitrep: its schema is upgraded once (a write), then read as usual.
  try {
    openDatabase(path, 'write').close();
  } catch (err) {
    throw new InputError(`${path} was made by an older sitrep (schema ${current}, now ${SCHEMA_VERSION}) and cannot be upgraded here (${(err as Error).message}): run "sitrep ingest" on it where it can be written`);
  }
  return openForReading(path);
}

function version(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/** True when the database has all the named tables, or (no names) any table. */
function hasTables(db: Db, names?: string[]): boolean {
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  return names ? names.every((n) => tables.includes(n)) : tables.length > 0;
}

/** Runs an open step, turning SQLite's errors into one-line messages. */
function guard<T>(path: string, open: () => T): T {
  try {
    return open();
  } catch (err) {
    if (err instanceof InputError) throw err;
    if (err instanceof ForeignDatabase) throw new InputError(`${path} is an SQLite database but not a sitrep store: point --db at a new file`);
    const code = (err as { code?: string }).code ?? '';
    if (code === 'SQLITE_NOTADB') throw new InputError(`${path} is not a sitrep store (not an SQLite database)`);
    throw new InputError(`cannot open ${path}: ${(err as Error).message.split('\n')[0]}`);
  }
}
