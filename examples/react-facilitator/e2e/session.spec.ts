import { expect, test } from '@playwright/test';
import { advanceTo, contribute, downloadReport, expectAccessible, join, openReport, press, screenshot, sessionIdOf, startWithTopic } from './helpers.js';

const ADVICE = 'Have you tried talking to HR?';
/** Typed in the browser like any other text: it must reach every screen and the report as text, never as markup. */
const HOSTILE = 'I kept a list <script>alert(1)</script><img src=x onerror="alert(2)"> of what I dropped.';

test('a whole generic four-phase session, with disguised advice blocked and overridden, ending in a report', async ({ browser, page }, testInfo) => {
  // The facilitator sets the session up on the start screen.
  await page.goto('/');
  await expect(page.getByLabel('Method', { exact: true })).toHaveValue('generic-four-phase');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByText('Live')).toBeVisible();
  const fay = page;
  const id = sessionIdOf(fay);
  const [ian, pia, paul] = await Promise.all([join(browser, id, 'ian'), join(browser, id, 'pia'), join(browser, id, 'paul')]);
  const controls = fay.getByRole('toolbar', { name: 'Facilitator controls' });

  // Phase 1: topic. Ian proposes, Fay chooses, Ian tells the story.
  await press(controls.getByRole('button', { name: 'Start' }));
  await expect(ian.getByRole('heading', { level: 2, name: 'Topic and introduction' })).toBeVisible();
  await ian.getByLabel('Your topic').fill('How do I deal with the extra workload since the merger?');
  await ian.getByRole('button', { name: 'Propose' }).click();
  await press(fay.getByRole('button', { name: 'Choose this topic' }));
  await expect(pia.getByText('Topic: How do I deal with the extra workload since the merger?')).toBeVisible();
  await contribute(ian, 'Since the merger my team has doubled and I work every evening.');
  await expect(pia.getByRole('listitem').filter({ hasText: 'I work every evening' })).toBeVisible();
  await expect(fay.getByRole('timer')).toContainText('left');
  await screenshot(fay, testInfo, 'phase-1-topic');

  // Phase 2: clarification. A disguised-advice question is caught while typing, blocked, then overridden.
  await advanceTo(fay, 'Clarification round');
  await expect(pia.getByRole('heading', { level: 2, name: 'Clarification round' })).toBeVisible();
  const composer = pia.getByRole('form', { name: 'Contribute' });
  await composer.getByLabel('Your contribution').fill(ADVICE);
  const suggestion = composer.getByRole('button', { name: /^Use “/ }).first();
  await expect(suggestion).toBeVisible();
  await expect(composer.locator('mark[data-rule="no-advice"]')).toBeVisible();
  await expect(composer.getByLabel('Your contribution')).toHaveAttribute('aria-invalid', 'true');
  await screenshot(pia, testInfo, 'phase-2-clarification-draft-feedback');
  await expectAccessible(pia, 'a peer’s composer with rule feedback');
  await press(composer.getByRole('button', { name: 'Send' }));
  await expect(composer.getByRole('alert')).toHaveAttribute('data-code', 'rule-violation');

  const blocked = fay.getByRole('region', { name: 'Blocked by the rules' });
  await expect(blocked).toContainText(ADVICE);
  await expectAccessible(fay, 'the facilitator’s controls with a blocked input');
  await press(blocked.getByRole('button', { name: 'Accept Pia’s input anyway' }));
  await expect(pia.getByRole('listitem').filter({ hasText: ADVICE })).toContainText('accepted by the facilitator');
  await expect(blocked).toBeHidden();

  // Taking the suggested rewording sends an open question that passes.
  await composer.getByLabel('Your contribution').fill(ADVICE);
  await composer
    .getByRole('button', { name: /^Use “/ })
    .first()
    .click();
  const reworded = await composer.getByLabel('Your contribution').inputValue();
  expect(reworded).not.toBe(ADVICE);
  await press(composer.getByRole('button', { name: 'Send' }));
  await expect(ian.getByRole('listitem').filter({ hasText: reworded })).toBeVisible();
  await contribute(ian, 'I asked for more staff, but nothing happened.', 'answer');
  await screenshot(fay, testInfo, 'phase-2-clarification');

  // A double click on "Next phase" advances once: the second click is ignored or refused as stale.
  await expect(controls.getByRole('button', { name: 'Next phase' })).not.toHaveAttribute('aria-disabled', 'true');
  await controls.getByRole('button', { name: 'Next phase' }).dblclick();
  await expect(fay.getByRole('heading', { level: 2, name: 'Sharing experiences' })).toBeVisible();
  await expect(fay.getByRole('navigation', { name: 'Phases' }).locator('[aria-current="step"]')).toHaveText('Sharing experiences');

  // Phase 3: experiences. The introducer only listens here: no composer kind is open to him.
  await contribute(paul, 'When our departments merged I kept a list of what I dropped, and shared it weekly.');
  await expect(ian.getByRole('listitem').filter({ hasText: 'shared it weekly' })).toBeVisible();
  await contribute(pia, HOSTILE);
  await expect(ian.getByRole('listitem').filter({ hasText: HOSTILE })).toBeVisible();
  await screenshot(fay, testInfo, 'phase-3-experiences');

  // Phase 4: back to the introducer. Ian makes a plan; everyone can see it.
  await advanceTo(fay, 'Back to the introducer');
  const plan = ian.getByRole('form', { name: 'Add action' });
  await plan.getByLabel('Action').fill('Ask my manager for a priority list');
  await plan.getByLabel('Due').fill('2026-12-15');
  await plan.getByRole('button', { name: 'Add action' }).click();
  await expect(pia.getByRole('listitem').filter({ hasText: 'Ask my manager for a priority list' })).toContainText('Ian, by 2026-12-15');
  await contribute(ian, 'I learned that I never asked what to drop.', 'reflection');
  await screenshot(ian, testInfo, 'phase-4-back-to-introducer');

  // Finish, then download the report and check what it holds.
  await press(controls.getByRole('button', { name: 'End session' }));
  await expect(ian.getByRole('heading', { name: 'Finished' })).toBeVisible();
  await screenshot(ian, testInfo, 'finished');
  // The introducer's copy, as HTML, opened in the browser: the minutes, with every typed text as text.
  const html = await downloadReport(ian, 'Download the report');
  expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt;');
  expect(html).not.toMatch(/<(script|img)\b/i);
  const report = await openReport(ian, html);
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Minutes: Generic four-phase intervision');
  for (const phase of ['Topic and introduction', 'Clarification round', 'Sharing experiences', 'Back to the introducer'])
    await expect(report.getByRole('heading', { level: 3, name: phase, exact: true })).toBeVisible();
  await expect(report.locator('body')).toContainText('How do I deal with the extra workload since the merger?');
  const overridden = report.getByRole('listitem').filter({ hasText: ADVICE });
  await expect(overridden).toContainText('Pia');
  await expect(overridden).toContainText('let through by the facilitator');
  await expect(report.getByRole('listitem').filter({ hasText: reworded })).toContainText('Pia');
  await expect(report.getByRole('row').filter({ hasText: 'Ask my manager for a priority list' })).toHaveText(
    /Ask my manager for a priority list\s*Ian\s*December 15, 2026/,
  );
  await expect(report.getByRole('listitem').filter({ hasText: 'alert(1)' })).toContainText(HOSTILE);
  expect(await report.locator('script, img, [onerror]').count()).toBe(0);
  // A participant's copy has no rule findings per participant; the facilitator's Markdown copy has them.
  await expect(report.getByRole('columnheader', { name: 'Rules' })).toHaveCount(0);
  const markdown = await downloadReport(fay, 'as Markdown');
  expect(markdown).toMatch(/^# Minutes: Generic four-phase intervision\n/);
  expect(markdown).toMatch(/\| Participant \| Turns \| Words \| Warnings \| Stopped \| Rules \|/);
  expect(markdown).toContain('I kept a list \\<script\\>alert(1)\\</script\\>\\<img src=x onerror="alert(2)"\\> of what I dropped.');
  expect(markdown).not.toMatch(/(?<!\\)<(script|img)\b/);
  // A screenshot of each phase (and of the finished page) is attached to this test's output.
  const shots = testInfo.attachments.filter((a) => a.contentType === 'image/png').map((a) => a.name);
  expect(shots).toEqual(expect.arrayContaining(['phase-1-topic', 'phase-2-clarification', 'phase-3-experiences', 'phase-4-back-to-introducer', 'finished']));
});

test('switching the viewer shows what each participant may do', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByRole('toolbar', { name: 'Facilitator controls' })).toBeVisible();
  await page.getByLabel('Viewing as').selectOption('observer');
  await expect(page.getByLabel('Viewing as')).toHaveValue('observer');
  await expect(page.getByText('Live')).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Facilitator controls' })).toHaveCount(0);
  await expect(page.getByRole('form', { name: 'Contribute' })).toHaveCount(0);
});

test('an anonymous round never shows its authors to other viewers', async ({ browser, page }, testInfo) => {
  // A designer's variant pasted as JSON: the experiences round is anonymous.
  await page.goto('/');
  const variant = {
    extends: 'generic-four-phase',
    id: 'anonymous-experiences',
    version: '1.0.0',
    name: { en: 'Anonymous experiences' },
    changes: [{ op: 'update', phase: 'experiences', set: { anonymous: true } }],
  };
  await page.getByLabel('…or paste a method (JSON)').fill(JSON.stringify(variant));
  await page.getByRole('button', { name: 'Create session' }).click();
  await expect(page.getByText('Live')).toBeVisible();
  const fay = page;
  const id = sessionIdOf(fay);
  const [ian, pia, paul] = await Promise.all([join(browser, id, 'ian'), join(browser, id, 'pia'), join(browser, id, 'paul')]);
  const controls = fay.getByRole('toolbar', { name: 'Facilitator controls' });
  await startWithTopic(fay, ian, 'How do I keep my evenings free?');
  await advanceTo(fay, 'Clarification round');
  await advanceTo(fay, 'Sharing experiences');
  await contribute(pia, 'Zeta story: I blocked my calendar every evening.');
  await contribute(paul, 'Alpha story: I told my team when I log off.');
  // Neither the facilitator, nor the introducer, nor the other peer sees who wrote which story.
  for (const [viewer, other] of [
    [fay, 'Pia'],
    [ian, 'Pia'],
    [paul, 'Pia'],
    [pia, 'Paul'],
  ] as const) {
    const item = viewer
      .getByRole('listitem')
      .filter({ hasText: other === 'Pia' ? 'Zeta story' : 'Alpha story' })
      .first();
    await expect(item).toBeVisible();
    await expect(item).toContainText('Anonymous');
    await expect(item).not.toContainText(other);
  }
  await screenshot(fay, testInfo, 'anonymous-round-facilitator');

  // Finished: a peer's downloaded report keeps the round anonymous too, and counts no turns for it.
  await press(controls.getByRole('button', { name: 'End session' }));
  await expect(pia.getByRole('heading', { name: 'Finished' })).toBeVisible();
  const report = await openReport(pia, await downloadReport(pia, 'Download the report'));
  await expect(report.getByRole('heading', { level: 1 })).toHaveText('Minutes: Anonymous experiences');
  for (const [story, author] of [
    ['Zeta story', 'Pia'],
    ['Alpha story', 'Paul'],
  ] as const) {
    const item = report.getByRole('listitem').filter({ hasText: story });
    await expect(item).toContainText('Anonymous');
    await expect(item).not.toContainText(author);
  }
  for (const author of ['Pia', 'Paul']) await expect(report.getByRole('row').filter({ hasText: author })).toHaveText(new RegExp(`^${author}\\s*0\\s*0$`));
  await expect(report.locator('body')).toContainText('Not counted: 2 contributions whose author is not shown');
});
