// Debian's chromium driven by playwright-core, on a workbench served from a fresh store.
// scripts/ensure-chromium.sh installs chromium (CI runs it before the tests).
import { existsSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { root } from '../helpers.js';

export const CHROMIUM = process.env.SITREP_CHROMIUM || '/usr/bin/chromium';
export const SHOTS = join(root, 'test-output', 'workbench');

/** Why the browser tests cannot run here, or null. On CI a missing browser is a failure, not a skip. */
export function missingBrowser(): string | null {
  if (existsSync(CHROMIUM)) return null;
  if (process.env.CI) throw new Error(`${CHROMIUM} is missing: run scripts/ensure-chromium.sh`);
  return `no chromium at ${CHROMIUM} (scripts/ensure-chromium.sh installs it)`;
}

export async function launch(): Promise<BrowserContext> {
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sitrep-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 850 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}
