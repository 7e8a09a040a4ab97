// `--q` is SQLite FTS5 query syntax. It is tried against an empty in-memory table with the
// store's searchable columns before any store is opened, so a bad search is explained to the
// user instead of surfacing as an SQLite error halfway through a listing.
import { createRequire } from 'node:module';
import type Database from 'better-sqlite3';

// Loaded on first use: extract never needs SQLite.
const require = createRequire(import.meta.url);

/** The columns of the store's full-text index (documents_fts). */
const COLUMNS = ['title', 'text'];

let probe: Database.Statement | null = null;

/** Why `q` is not a valid search, in words a user can act on; null when it is valid. */
export function checkSearch(q: string): string | null {
  if (!probe) {
    const Sqlite = require('better-sqlite3') as typeof Database;
    const db = new Sqlite(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(${COLUMNS.join(', ')})`);
    probe = db.prepare('SELECT count(*) FROM t WHERE t MATCH ?').pluck();
  }
  try {
    probe.get(q);
    return null;
  } catch (err) {
    return explain((err as Error).message, q);
  }
}

function explain(message: string, q: string): string {
  const quote = 'put words and phrases in double quotes to search for them as written ("drone strike")';
  if (/unterminated string/.test(message)) return `a double quote is not closed; ${quote}`;
  if (/unknown special query/.test(message)) return '"*" cannot stand alone: it ends a word to match words starting so (drone*)';
  const column = /no such column: (.*)/.exec(message);
  if (column) {
    const name = column[1];
    return q.includes(`${name}:`)
      ? `"${name}:" would limit the search to a column named ${name}, and the searchable columns are ${COLUMNS.join(' and ')}; ${quote}`
      : `a "-" before "${name}" reads as a column filter; ${quote}`;
  }
  const near = /syntax error near "(.*)"/.exec(message);
  if (near) {
    return `${near[1] ? `unexpected "${near[1]}"` : 'the search ends too early'} (AND, OR and NOT need a word on each side, brackets must pair); ${quote}`;
  }
  return `${message.replace(/^fts5: /, '')}; ${quote}`;
}
