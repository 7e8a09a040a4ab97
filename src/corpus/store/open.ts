// Picks the backend from the location: a URL scheme with a registered backend, else a file
// path (SQLite). Backends load on demand, so a driver such as `pg` is never loaded for SQLite.
import { InputError } from '../../errors.js';
import type { Store, StoreOptions } from './store.js';

type Loader = (location: string, options: StoreOptions) => Promise<Store>;

const notInThisBuild: Loader = async () => { throw new InputError('Postgres store not available in this build'); };

/** URL scheme → backend. A new backend is one line here. */
const BACKENDS: Record<string, Loader> = {
  'postgres:': notInThisBuild,
  'postgresql:': notInThisBuild,
};

const openSqlite: Loader = async (path, o) => (await import('./sqlite/index.js')).openSqliteStore(path, o.mode);

export const DEFAULT_DB = 'sitrep.db';

export async function openStore(location: string, options: StoreOptions): Promise<Store> {
  const scheme = /^([a-z][a-z0-9+.-]*:)\/\//i.exec(location)?.[1].toLowerCase();
  if (scheme) {
    const backend = BACKENDS[scheme];
    if (!backend) throw new InputError(`no store backend for ${scheme}// (known: ${Object.keys(BACKENDS).map((s) => `${s}//`).join(', ')}, or a file path)`);
    return backend(location, options);
  }
  return openSqlite(location, options);
}
