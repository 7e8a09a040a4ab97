// Where sitrep's own files live, whether it runs from src/ (tsx) or dist/ (compiled).
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** A file under data/; SITREP_DATA_DIR points at a user's own copy of that folder. */
export function dataPath(...parts: string[]): string {
  return join(process.env.SITREP_DATA_DIR || join(packageRoot, 'data'), ...parts);
}
