import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot } from './browser';

/** Before anyone is known, the sign-in form follows the browser's language, and its picker switches it in this browser only. */
describe('sign-in language', () => {
  let t: TestRuntime;
  let browser: Browser;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.api('POST', '/api/users', { email: 'nok@example.com', name: 'Nok', role: 'agent', teams: ['Support'], password: 'agent password 1' });
    browser = await launchBrowser();
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows Japanese to a Japanese browser, switches to Thai from the picker, keeps it after a reload and signs in in Thai', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'ja-JP' });
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    await page.goto(`${t.url}/#/`);
    await page.getByRole('button', { name: 'ログイン' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await screenshot(page, 'sign-in-ja');

    await page.getByRole('combobox', { name: '言語' }).selectOption('th');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).waitFor();
    await page.reload();
    await page.getByLabel('อีเมล').fill('nok@example.com');
    await page.getByLabel('รหัสผ่าน').fill('agent password 1');
    await page.getByRole('button', { name: 'เข้าสู่ระบบ' }).click();
    await page.getByTestId('viewer').waitFor();
    // No language saved for Nok: the one picked before signing in stays, and nothing was saved on the server.
    expect(await page.getByTestId('viewer').textContent()).toBe('Nok (เจ้าหน้าที่)');
    expect((await t.runtime.services.store.users.find({ email: 'nok@example.com' }))[0]?.language).toBeUndefined();
    await context.close();
  });
});
