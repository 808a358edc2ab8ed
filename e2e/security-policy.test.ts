import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot } from './browser';

const shopHook = {
  schemaVersion: 1,
  id: 'shop-hook',
  name: 'Order shipped',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'hook', type: 'trigger-incoming-webhook', position: { x: 0, y: 0 }, data: { variables: ['orderId'] } },
    { id: 'note', type: 'add-note', position: { x: 300, y: 0 }, data: { text: 'Order {{vars.orderId}} shipped' } },
  ],
  edges: [{ id: 'e1', source: 'hook', sourceHandle: 'next', target: 'note' }],
};

/**
 * The editor under its Content-Security-Policy, signed in with the session cookie only: every
 * screen draws without one violation, no request carries a token in its URL, and the hook token
 * is rotated from the step's inspector.
 */
describe('the editor under its security policy', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  const violations: string[] = [];
  const urls: string[] = [];

  const callHook = (token: string) =>
    fetch(`${t.url}/hooks/shop-hook`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: 'sim-csp-hook', variables: { orderId: 'A-1' } }),
    });

  /** A page that records every CSP violation (the DOM event, and Chromium's console report). */
  async function watchedPage(): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const watched = await context.newPage();
    await watched.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await watched.addInitScript(
      "document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective + ' ' + e.blockedURI));",
    );
    watched.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    watched.on('pageerror', (error) => process.stderr.write(`[browser] ${error.stack ?? error.message}\n`));
    watched.on('request', (request) => urls.push(request.url()));
    return watched;
  }

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('faq-menu');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    expect((await t.api('POST', '/api/workflows', shopHook)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/shop-hook/publish')).status).toBe(201);
    // A conversation, so the inbox has a row and the reports have something to chart.
    await t.api('POST', '/api/simulator/contacts/sim-csp/messages', { text: 'menu' });
    await eventually(async () => (await t.api('GET', '/api/conversations?contactId=sim-csp')).body.conversations[0]);
    browser = await launchBrowser();
    page = await watchedPage();
    await page.goto(`${t.url}/#/`);
    await page.getByLabel('Email').fill('ada@example.com');
    await page.getByLabel('Password').fill('admin password 1');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByTestId('viewer').waitFor();
    page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('draws the workflows list, the editor, the inbox and the reports (Chart.js) without a violation', async () => {
    await page.goto(`${t.url}/#/`);
    await page.getByText('Order shipped').first().waitFor();
    await page.goto(`${t.url}/#/workflows/faq-menu`);
    await page.locator('.react-flow__node').first().waitFor();
    await page.goto(`${t.url}/#/inbox`);
    await page.getByTestId('conversation-sim-csp').click();
    await page.getByTestId('transcript').getByText('menu').first().waitFor();
    await page.goto(`${t.url}/#/reports/overview?preset=today`);
    await page.locator('.report-body[aria-busy="false"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('canvas[role="img"]').count()).toBeGreaterThan(0);
    // Chart.js drew something: the canvas holds pixels that are not blank.
    const drawn = await page
      .locator('canvas[role="img"]')
      .first()
      .evaluate((canvas: HTMLCanvasElement) => {
        const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
        return data.some((value, i) => i % 4 === 3 && value !== 0);
      });
    expect(drawn).toBe(true);
    await screenshot(page, 'security-reports-under-csp');
    await page.goto(`${t.url}/#/admin`);
    await page.locator('[data-testid="viewer"]').waitFor();
    expect(violations).toEqual([]);
  }, 90_000);

  it('keeps the API token out of the browser: the session cookie only, no token in any URL or in localStorage', async () => {
    expect(urls.filter((url) => /[?&#](token|access_token)=/.test(url))).toEqual([]);
    expect(urls.some((url) => url.endsWith('/api/events'))).toBe(true);
    expect(await page.evaluate(() => localStorage.getItem('lineflow.apiToken'))).toBeNull();
    const cookies = await page.context().cookies();
    expect(cookies.find((c) => c.name === 'lf_session')).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
  });

  it('ignores an old #token= link: the token is wiped from the address and the sign-in form shows', async () => {
    const fresh = await watchedPage();
    await fresh.goto(`${t.url}/#token=${testAdminToken}`);
    await fresh.getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await fresh.evaluate(() => window.location.hash)).not.toContain('token');
    expect(await fresh.evaluate(() => localStorage.getItem('lineflow.apiToken'))).toBeNull();
    await fresh.context().close();
  });

  it("rotates the hook token from the trigger's inspector, after the app's own confirmation", async () => {
    const old = (await t.api('GET', '/api/workflows/shop-hook')).body.hookToken as string;
    expect((await callHook(old)).status).toBe(202);
    await page.goto(`${t.url}/#/workflows/shop-hook`);
    await page.click('.react-flow__controls-fitview');
    await page.locator('[data-testid="step-hook"] .step-header').click();
    const field = page.getByRole('textbox', { name: 'Hook token' });
    await expect.poll(() => field.inputValue()).toBe(old);
    expect(await field.getAttribute('type')).toBe('password');
    await page.getByRole('button', { name: 'Rotate', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Rotate hook token' });
    await dialog.getByText('stops working at once').waitFor();
    await screenshot(page, 'hook-token-rotate-confirm');
    await dialog.getByRole('button', { name: 'Rotate token' }).click();
    await page.getByRole('status').filter({ hasText: 'the old one no longer works' }).waitFor();
    const rotated = await field.inputValue();
    expect(rotated).not.toBe(old);
    expect(rotated).toBe((await t.api('GET', '/api/workflows/shop-hook')).body.hookToken);
    await screenshot(page, 'hook-token-rotated');
    expect((await callHook(old)).status).toBe(401);
    expect((await callHook(rotated)).status).toBe(202);
    expect(violations).toEqual([]);
  }, 60_000);
});
