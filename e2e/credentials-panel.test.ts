import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshot, signInAs } from './browser';
import { startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';

const secret = 'browser-typed-secret-91c2';

/** Admin → Credentials and the HTTP step's credential choice, in a real browser against a real runtime. */
describe('credentials panel', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.api('POST', '/api/users', { email: 'cred-admin@example.com', name: 'Admin', role: 'admin', password: 'admin-password-1' });
    await t.publishExample('shortcut-escalate');
    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'cred-admin@example.com', 'admin-password-1');
    page.setDefaultTimeout(8000);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('adds a credential whose value is never shown again, and an HTTP step picks it by name', async () => {
    await page.goto(`${t.url}/#/admin`);
    const panel = page.getByRole('region', { name: 'Credentials for HTTP steps' });
    await panel.getByText('No credentials yet').waitFor();
    await panel.getByLabel('Credential name, e.g. crm').fill('crm');
    await panel.getByLabel('Credential kind').selectOption('header');
    await panel.getByLabel('Header name').fill('X-Api-Key');
    await panel.getByLabel('Header value').fill(secret);
    await panel.getByLabel('Sent only to, e.g. https://crm.example.com').fill('https://crm.example.com');
    await panel.getByRole('button', { name: 'Add credential', exact: true }).click();
    await panel.getByRole('cell', { name: 'https://crm.example.com' }).waitFor();
    await screenshot(page, 'credentials-panel');
    expect(await page.content()).not.toContain(secret);
    expect(await panel.getByLabel('Token').inputValue()).toBe('');

    await page.goto(`${t.url}/#/workflows/shortcut-escalate`);
    await page.getByTestId('step-create-ticket').locator('.step-header').click();
    const inspector = page.getByRole('complementary', { name: 'Step settings' });
    const select = inspector.getByLabel('Credential');
    await select.selectOption('crm');
    expect(await select.locator('option:checked').textContent()).toBe('crm → https://crm.example.com');
    await expect.poll(() => page.getByTestId('step-create-ticket').textContent()).toContain('· with crm');
    await screenshot(page, 'http-step-credential');
  }, 60_000);
});
