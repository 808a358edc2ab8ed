import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';
import { selectStep } from './canvas-helpers';

/** What a person with a screen reader or a keyboard cannot get past: axe's serious and critical findings. */
async function blockingViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}  ${n.failureSummary?.split('\n').slice(1).join(' ') ?? ''}`).join('\n')}`,
    );
}

/** Fails naming every finding (rule, impact, elements, how to fix), not just the count. */
async function expectAccessible(page: Page, screen: string): Promise<void> {
  const found = await blockingViolations(page);
  expect(found, `${screen}:\n${found.join('\n')}`).toEqual([]);
}

const customer = 'Ue2eaxe0000000000000000000000001';

/** axe-core on every main screen, as an admin and as an agent, in Chromium. */
describe('accessibility of every main screen', () => {
  let t: TestRuntime;
  let browser: Browser;
  let admin: Page;
  let agent: Page;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', {
      email: 'aoi@example.com',
      name: 'Aoi',
      role: 'agent',
      teams: ['Support'],
      status: 'online',
      password: 'agent password 1',
    });
    // A customer asks for an agent: Aoi, the only Support agent, gets the conversation.
    t.line?.profiles.set(customer, { userId: customer, displayName: 'Niran' });
    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
    await messagesDelivered(t.line, customer, 1);
    await t.webhook([lineEvent(t.line, customer, postback('choice=agent'))]);
    await messagesDelivered(t.line, customer, 2);
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('the sign-in screen', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${t.url}/#/`);
    await page.getByLabel('Email').waitFor();
    await expectAccessible(page, 'sign-in');
    await page.context().close();
  });

  it('the workflows list, as an admin', async () => {
    admin = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    admin.setDefaultTimeout(10_000);
    await admin.getByRole('link', { name: 'FAQ menu' }).waitFor();
    await expectAccessible(admin, 'workflows');
    // The row's actions menu, by keyboard: Enter opens it on its first item, arrows move, Escape closes.
    const more = admin.getByRole('button', { name: 'Actions for FAQ menu' });
    await more.focus();
    await admin.keyboard.press('Enter');
    const menu = admin.getByRole('menu');
    await expect.poll(() => menu.getByRole('menuitem', { name: 'Rename…' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await admin.keyboard.press('ArrowDown');
    await expect.poll(() => menu.getByRole('menuitem', { name: 'Duplicate' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await expectAccessible(admin, 'workflows with the row menu open');
    await screenshot(admin, 'kit-workflows');
    await admin.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    await expect.poll(() => more.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('the workflow editor: canvas, inspector, then the test chat', async () => {
    await admin.goto(`${t.url}/#/workflows/faq-menu`);
    await admin.locator('.react-flow__node').first().waitFor();
    await selectStep(admin, 'ask-topic');
    await admin.getByRole('complementary', { name: 'Step settings' }).waitFor();
    await expectAccessible(admin, 'editor with the inspector');
    await admin.getByRole('button', { name: 'Test', exact: true }).click();
    const chat = admin.getByRole('complementary', { name: 'Test chat' });
    await chat.getByLabel('Message').fill('menu');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.locator('.bubble.from-bot').getByText('How can we help?').waitFor();
    await expectAccessible(admin, 'editor with the test chat');
    // An icon-only button shows its name on hover; a publish says what it did in a toast, which axe checks too.
    await admin.getByRole('button', { name: 'Keyboard shortcuts' }).hover();
    await admin.getByRole('tooltip').getByText('Keyboard shortcuts (?)').waitFor();
    await admin.getByRole('button', { name: 'Publish' }).click();
    const notice = admin.locator('.toast');
    await notice.getByText('Nothing to publish: the draft is version 1, which is live.').waitFor();
    // The pointer on it holds it (Radix pauses the 6 s timer) while axe looks.
    await notice.hover();
    await expectAccessible(admin, 'editor with a toast');
    await screenshot(admin, 'kit-toast');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await notice.waitFor({ state: 'detached' });
    // Two axe runs over a canvas, and a test chat run: longer than the default on a busy machine.
  }, 90_000);

  it('a dialog of the component kit', async () => {
    await admin.goto(`${t.url}/#/`);
    await admin.getByRole('button', { name: 'New workflow' }).click();
    const dialog = admin.getByRole('dialog', { name: 'New workflow' });
    await dialog.getByLabel('Name').waitFor();
    await expectAccessible(admin, 'new workflow dialog');
    await screenshot(admin, 'kit-dialog');
    // Tab stays inside the dialog; Escape cancels and gives the focus back to the button that opened it.
    for (let i = 0; i < 4; i++) await admin.keyboard.press('Tab');
    expect(await dialog.evaluate((el) => el.contains(document.activeElement))).toBe(true);
    await admin.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => admin.getByRole('button', { name: 'New workflow' }).evaluate((el) => el === document.activeElement)).toBe(true);
  });

  for (const [screen, hash, ready] of [
    ['people and channel', '#/admin', 'People'],
    ['reports (overview)', '#/reports', 'Reports'],
    ['channels', '#/channels', 'LINE channels'],
    ['rich menus', '#/rich-menus', 'Rich menus'],
    ['account', '#/account', 'My account'],
    ['contacts', '#/contacts', 'Contacts'],
    ['teams', '#/teams', 'Teams'],
  ] as const) {
    it(`${screen}, as an admin`, async () => {
      await admin.goto(`${t.url}/${hash}`);
      await admin.getByRole('heading', { name: ready }).first().waitFor();
      // Screens load their data after the heading: wait until nothing says it is loading.
      await admin.waitForLoadState('networkidle');
      await expectAccessible(admin, screen);
    });
  }

  it('the inbox, as an agent, with a conversation open', async () => {
    agent = await signInAs(browser, t.url, 'aoi@example.com', 'agent password 1');
    agent.setDefaultTimeout(10_000);
    await agent.goto(`${t.url}/#/inbox`);
    await agent.getByTestId(`conversation-${customer}`).click();
    await agent.getByTestId('transcript').getByText('An agent will be with you shortly.').waitFor();
    await expectAccessible(agent, 'inbox');
  });
});
