import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

/** A person picks 日本語 in My account: the interface switches at once and the choice is kept on the server. */
describe('language switch', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.api('POST', '/api/users', { email: 'sue@example.com', name: 'Sue', role: 'agent', teams: ['Support'], password: 'agent password 1' });
    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'sue@example.com', 'agent password 1');
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('switches to Japanese in My account, and after a reload the saved language still applies', async () => {
    await page.goto(`${t.url}/#/account`);
    await page.locator('main.account-screen').getByRole('combobox', { name: 'Language' }).selectOption('ja');
    const nav = page.getByRole('navigation', { name: 'メイン' });
    await expect.poll(() => nav.getByRole('link', { name: '受信箱' }).count()).toBe(1);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expect.poll(async () => (await t.runtime.services.store.users.find({ email: 'sue@example.com' }))[0]?.language).toBe('ja');

    // A fresh browser profile has no localStorage: the Japanese can only come from the server.
    const other = await signInAs(browser, t.url, 'sue@example.com', 'agent password 1');
    await other.goto(`${t.url}/#/account`);
    await expect.poll(() => other.getByRole('link', { name: 'マイアカウント' }).count()).toBe(1);
    await screenshot(other, 'language-ja-account');
  });
});
