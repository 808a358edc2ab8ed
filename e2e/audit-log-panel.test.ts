import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openEditor, screenshotDir } from './browser';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';

/** The admin screen's audit log and encryption key warning, in a real browser against a real runtime (the built editor). */
describe('audit log panel', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/admin');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('lists who changed what, filters by action, and warns that the key lies in DATA_DIR', async () => {
    await page.getByRole('note', { name: 'Encryption key warning' }).getByText('a backup of DATA_DIR carries its own key').waitFor();
    await page.getByRole('button', { name: 'Save business hours' }).click();
    await page.getByText('Business hours saved').waitFor();
    await t.api('POST', '/api/users', { email: 'gus@example.com', name: 'Gus', role: 'agent', teams: ['Support'], password: 'agent password 123' });
    await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'gus@example.com', password: 'not the password' }),
    });

    const panel = page.getByRole('region', { name: 'Audit log' });
    await panel.getByRole('button', { name: 'Refresh' }).click();
    const rows = panel.getByLabel('Audit log entries').getByRole('row');
    await rows.filter({ hasText: 'session.sign-in-failed' }).waitFor();
    await rows.filter({ hasText: 'settings.business-hours-changed' }).filter({ hasText: 'Admin' }).waitFor();
    await rows.filter({ hasText: 'user.created' }).filter({ hasText: 'role: agent; teams: Support; password' }).waitFor();
    expect(await panel.textContent()).not.toContain('agent password 123');
    await panel.scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${screenshotDir}audit-log.png` });

    await panel.getByLabel('Audit log action').selectOption('session.sign-in-failed');
    await expect.poll(() => rows.count()).toBe(2);
    await rows.filter({ hasText: 'gus@example.com' }).waitFor();
  });
});
