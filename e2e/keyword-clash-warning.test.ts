import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

const promo = {
  schemaVersion: 1,
  id: 'spring-promo',
  name: 'Spring promo',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'kw', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['menu'], match: 'exact', interruptsWaitingRun: false } },
    { id: 'say', type: 'send-message', position: { x: 320, y: 0 }, data: { messages: [{ type: 'text', text: 'Spring sale: 20% off this week.' }] } },
  ],
  edges: [{ id: 'e1', source: 'kw', sourceHandle: 'next', target: 'say' }],
};

const clash =
  'Keyword "menu" also starts "FAQ menu" (keyword "menu"): a customer who types "menu" gets "FAQ menu" only, as keyword triggers tie on priority and the workflow first by name wins';

describe("the editor's problems panel warns of a keyword another live workflow answers", () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    expect((await t.api('POST', '/api/workflows', promo)).status).toBe(201);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/workflows/spring-promo');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the clash as a warning before publishing, names it again after, and drops it once the keyword changes', async () => {
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems.getByText(clash).waitFor();
    await problems.getByText('No errors, 1 warning').waitFor();
    // Clicking the warning selects the trigger, whose keyword the inspector shows.
    await problems.getByText(clash).click();
    await page.locator('#field-keywords-0').waitFor();
    await screenshot(page, 'keyword-clash-warning');
    // A warning does not block: Publish goes through and its answer points at the warning.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('.toast').getByText('Published as version 1. New conversations use it now. 1 warning: see Problems.').waitFor();
    expect(await problems.getByText(clash).count()).toBe(1);

    await page.fill('#field-keywords-0', 'spring sale');
    await problems.getByText('No errors').waitFor();
    expect(await problems.getByText(clash).count()).toBe(0);
  });
});
