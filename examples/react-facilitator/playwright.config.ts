import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = 5179;
// Every run keeps its sessions in a fresh SQLite file (workers load this file again: the folder is chosen once).
process.env.IV_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'iv-e2e-'));
/** The server's command line; the restart test starts a second server over the same folder. */
export const SERVER_COMMAND = `tsx src/server/main.ts --prod --data-dir ${process.env.IV_E2E_DATA_DIR}`;

/** Debian's Chromium (Playwright's own browsers cannot be downloaded here), with flags that work as root in CI. */
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'e2e',
  // Removes this run's temporary SQLite folder.
  globalTeardown: './e2e/teardown.ts',
  outputDir: 'test-results',
  // Generous for a loaded 2-core machine: opening a browser context there can take seconds.
  timeout: 180_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    headless: true,
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
    // Traces slow a loaded machine down a lot: PW_TRACE=1 keeps one for each failing test.
    trace: process.env.PW_TRACE ? 'retain-on-failure' : 'off',
    screenshot: 'only-on-failure',
  },
  webServer: {
    command: `${SERVER_COMMAND} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/api/methods`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
