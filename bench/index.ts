// npm run bench: runs every benchmark in bench/ (each a standalone script) and prints its
// figures. Speed goals live here, not in tests.
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// Names select scripts (`npm run bench -- scale corpus`); options go to every script
// (`npm run bench -- --corpus` runs the 100,000-document corpus instead of the default few thousand).
const only = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const scripts = readdirSync(here).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o))).sort();
let failed = 0;
for (const script of scripts) {
  process.stdout.write(`\n== ${script}\n`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(here, script), ...flags], { stdio: 'inherit', cwd: join(here, '..') });
  if (r.status !== 0) { failed++; process.stdout.write(`${script} failed (exit ${r.status})\n`); }
}
process.exit(failed ? 1 : 0);
