// Reports and folders the corpus tests share.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';

export function tempFolder(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-corpus-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** Two differently worded reports of one drone strike, with different tolls. */
export const SIRTE_MARKET_A = `Drone strike hits market in Sirte

SIRTE, Libya, 4 March 2023 — A drone struck the vegetable market in Sirte on Friday afternoon, killing 14 civilians and wounding eleven, a hospital official said.
`;
export const SIRTE_MARKET_B = `Eighteen dead as drone attacks Sirte market

SIRTE, Libya, 4 March 2023 — An air strike by a drone on a crowded market in the Libyan city of Sirte killed 18 civilians on Friday, local officials said on Saturday.
`;
/** Another drone strike on the same town, a week later. */
export const SIRTE_HOUSE = `New drone strike on Sirte

SIRTE, Libya, 12 March 2023 — A drone struck a house in Sirte on 11 March 2023, killing two civilians, residents said.
`;
/** An agreement and a clash in one town on one day. */
export const SIRTE_TRUCE_AND_CLASH = `Ceasefire agreed in Sirte after clashes

SIRTE, Libya, 20 March 2023 — Rival militias signed a ceasefire agreement in Sirte on 19 March 2023. Earlier that day, fighters of the two militias clashed in Sirte, killing three fighters.
`;

const TOWNS = ['Sirte', 'Misrata', 'Benghazi', 'Derna', 'Sabha', 'Kidal', 'Gao', 'Mopti', 'Marib', 'Taiz', 'Aden', 'Homs', 'Idlib', 'Raqqa', 'Mosul', 'Kirkuk'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `n` distinct short reports as JSON lines. */
export function jsonLines(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    const town = TOWNS[i % TOWNS.length], day = 1 + (i % 28), month = MONTHS[Math.floor(i / 28) % 12], year = 2020 + Math.floor(i / 336);
    const text = `Clashes reported near ${town}\n\n${town.toUpperCase()}, ${day} ${month} ${year} — Gunmen attacked a checkpoint in ${town} on ${day} ${month} ${year}, killing ${1 + (i % 9)} soldiers, officials said. Report number ${i}.`;
    lines.push(JSON.stringify({ id: `r${i}`, text }));
  }
  return lines.join('\n') + '\n';
}
