// Picks the backend from the location: a URL scheme with a registered backend, else a file
// path (SQLite). Backends load on demand, so a driver such as `pg` is never loaded for SQLite.
import { InputError } from '../../errors.js';
import type { Store, StoreOptions } from './store.js';

type Loader = (location: string, options: StoreOptions) => Promise<Store>;

const openPostgres: Loader = async (url, o) => (await import('./postgres/index.js')).openPostgresStore(url, o.mode);

/** URL scheme → backend. A new backend is one line here. */
const BACKENDS: Record<string, Loader> = {
  'postgres:': openPostgres,
  'postgresql:': openPostgres,
};

const openSqlite: Loader = async (path, o) => (await import('./sqlite/index.js')).openSqliteStore(path, o.mode);

/** The store used without --db: $SITREP_DB (a path or a postgres:// URL), else sitrep.db here. */
export const DEFAULT_DB = process.env.SITREP_DB || 'sitrep.db';

/** A location fit to print: a URL's password masked. */
export function displayLocation(location: string): string {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(location)) return location;
  try {
    const u = new URL(location);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return location.replace(/:[^:@/]*@/, ':***@');
  }
}

export async function openStore(location: string, options: StoreOptions): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(location)?.[1].toLowerCase();
  if (scheme) {
    const backend = BACKENDS[scheme];
    if (!backend) throw new InputError(`no store backend for ${scheme}// (known: ${Object.keys(BACKENDS).map((s) => `${s}//`).join(', ')}, or a file path)`);
    return backend(location, options);
  }
  return openSqlite(location, options);
}
