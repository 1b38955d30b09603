import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { type Browser, expect, type Locator, type Page, type TestInfo } from '@playwright/test';

/** Opens the session in a new browser context (its own cookies) signed in as `as`; `origin` defaults to the configured server. */
export async function join(browser: Browser, sessionId: string, as: string, origin = ''): Promise<Page> {
  const context = await browser.newContext({ acceptDownloads: true });
  const page = await context.newPage();
  await page.goto(`${origin}/s/${encodeURIComponent(sessionId)}?as=${encodeURIComponent(as)}`);
  await expect(page.getByText('Live')).toBeVisible();
  return page;
}

/** The session id of a page at `/s/<id>`. */
export function sessionIdOf(page: Page): string {
  const match = /\/s\/([^/?]+)/.exec(page.url());
  if (!match) throw new Error(`not a session page: ${page.url()}`);
  return decodeURIComponent(match[1]!);
}

/** Saves a full-page screenshot into this test's output folder (under test-results/) and attaches it. */
export async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

/** Runs axe-core on the page and fails on serious or critical violations (listing them). */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const bad = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(summary, `axe on ${what}`).toEqual([]);
}

/**
 * Clicks a button once it is usable. Playwright waits for `disabled` but not for `aria-disabled`, which the
 * components use so that refused buttons stay focusable and say why; a click on one does nothing.
 */
export async function press(button: Locator): Promise<void> {
  await expect(button).not.toHaveAttribute('aria-disabled', 'true');
  await button.click();
}

/** Sends a contribution through the composer. */
export async function contribute(page: Page, text: string, kind?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Contribute' });
  if (kind) await form.getByLabel('Kind').selectOption(kind);
  await form.getByLabel('Your contribution').fill(text);
  await press(form.getByRole('button', { name: 'Send' }));
  await expect(form.getByLabel('Your contribution')).toHaveValue('');
}

/** The facilitator's "Next phase", and waits until the page shows `phase`. */
export async function advanceTo(page: Page, phase: string): Promise<void> {
  await press(page.getByRole('toolbar', { name: 'Facilitator controls' }).getByRole('button', { name: 'Next phase' }));
  await expect(page.getByRole('heading', { level: 2, name: phase })).toBeVisible();
}

/** Clicks a report download link on a finished session's page and answers the downloaded file's text. */
export async function downloadReport(page: Page, link: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link, exact: true }).click()]);
  return readFile((await download.path())!, 'utf8');
}

/**
 * Opens a downloaded HTML report in a new tab of the same browser context, as a reader would, and fails
 * the test if anything in it tries to open a dialog (an injected `alert`).
 */
export async function openReport(page: Page, html: string): Promise<Page> {
  const tab = await page.context().newPage();
  const dialogs: string[] = [];
  tab.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await tab.setContent(html, { waitUntil: 'load' });
  expect(dialogs, 'dialogs the report opened').toEqual([]);
  return tab;
}

/** The facilitator starts the session, the introducer proposes `topic` and the facilitator chooses it. */
export async function startWithTopic(fay: Page, ian: Page, topic: string): Promise<void> {
  await press(fay.getByRole('toolbar', { name: 'Facilitator controls' }).getByRole('button', { name: 'Start' }));
  await ian.getByLabel('Your topic').fill(topic);
  await ian.getByRole('button', { name: 'Propose' }).click();
  await press(fay.getByRole('button', { name: 'Choose this topic' }));
}
