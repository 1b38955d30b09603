import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join as joinPath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { advanceTo, contribute, downloadReport, join, press, sessionIdOf, startWithTopic } from './helpers.js';
import { type ServerProcess, serverProcess } from './server-process.js';

/** A port of its own: this test stops and starts its server, which the configured one must not be. */
const PORT = 5181;

let server: ServerProcess | undefined;
let dataDir = '';
test.beforeAll(async () => {
  dataDir = mkdtempSync(joinPath(tmpdir(), 'iv-e2e-restart-'));
  server = serverProcess(fileURLToPath(new URL('..', import.meta.url)), PORT, dataDir);
  await server.start();
});
test.afterAll(async () => {
  await server?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

test('the server restarts mid-session: the open pages reconnect and the session carries on from the SQLite file', async ({ browser }) => {
  const origin = server!.origin;
  const setup = await (await browser.newContext()).newPage();
  await setup.goto(`${origin}/`);
  await setup.getByRole('button', { name: 'Create session' }).click();
  await expect(setup.getByText('Live')).toBeVisible();
  const id = sessionIdOf(setup);
  const [fay, ian, pia] = await Promise.all([join(browser, id, 'fay', origin), join(browser, id, 'ian', origin), join(browser, id, 'pia', origin)]);
  await startWithTopic(fay, ian, 'How do I keep my evenings free?');
  await contribute(ian, 'My calendar fills up after six.');
  await expect(pia.getByRole('listitem').filter({ hasText: 'after six' })).toBeVisible();

  // Restart: the process ends (every event stream drops) and a new one opens the same SQLite file.
  await server!.stop();
  await expect(fay.locator('[data-status]')).not.toHaveText('Live');
  await server!.start();

  // The pages reconnect by themselves and catch up; the restored session carries on.
  for (const page of [fay, ian, pia]) await expect(page.getByText('Live')).toBeVisible({ timeout: 30_000 });
  await advanceTo(fay, 'Clarification round');
  await expect(pia.getByRole('heading', { level: 2, name: 'Clarification round' })).toBeVisible();
  await contribute(pia, 'What happens at six?');
  await expect(ian.getByRole('listitem').filter({ hasText: 'What happens at six?' })).toBeVisible();
  // A page loaded after the restart sees the session from before and after it (the page lists the current phase's contributions).
  await pia.reload();
  await expect(pia.getByText('Topic: How do I keep my evenings free?')).toBeVisible();
  await expect(pia.getByRole('listitem').filter({ hasText: 'What happens at six?' })).toBeVisible();
  // The minutes hold both sides of the restart.
  await press(fay.getByRole('toolbar', { name: 'Facilitator controls' }).getByRole('button', { name: 'End session' }));
  const report = await downloadReport(pia, 'as Markdown');
  expect(report).toContain('My calendar fills up after six.');
  expect(report).toContain('What happens at six?');
});
