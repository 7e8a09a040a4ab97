// Runs bin/sitrep as a user would, from the project root.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function sitrep(args: string[], input?: string) {
  const r = spawnSync(join(root, 'bin', 'sitrep'), args, { cwd: root, encoding: 'utf8', input, maxBuffer: 64 << 20 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function tempFile(name: string, content: string | Uint8Array): string {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-test-'));
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

/** ACLED names carry a period ("Military Forces of Mali (2021-)"); expectations may leave it out. */
export function actorName(s: string | null | undefined): string | null {
  return (s ?? '').replace(/\s*\(\d{4}-(?:\d{4})?\)/, '').trim() || null;
}
