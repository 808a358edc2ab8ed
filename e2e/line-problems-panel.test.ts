import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chainWorkflow, steps } from '../runtime/testing/chain-workflow';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

/** The editor runs LINE's vendored schemas in the browser: a flex typo is named in the problems panel at its step. */
describe("LINE's rules in the editor's problems panel", () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('names a flex typo and a bad size at the step and option, then clears when fixed', async () => {
    const card = (type: string, size: string) => ({
      type: 'flex',
      altText: 'Opening hours',
      contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type, text: 'Mon–Fri 9:00–18:00', size }] } },
    });
    const document = chainWorkflow('hours-card', 'hours', [steps.send('card', [card('txt', 'md')]), steps.send('pic', [card('text', 'Large')])]);
    const created = await t.api('POST', '/api/workflows?allowInvalid=true', document);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    page = await openEditor(browser, t.url, testAdminToken, '#/workflows/hours-card');
    const problems = page.getByRole('region', { name: 'Problems' });
    await problems
      .getByText(
        'node card (Send message): options.messages.0.contents.body.contents.0.type is "txt", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
      )
      .waitFor();
    await problems.getByText(/node pic \(Send message\): options\.messages\.0\.contents\.body\.contents\.0\.size must be one of xxs/).waitFor();
    await expect(page.locator('[data-testid="step-card"] .badge.error').textContent()).resolves.toBe('1');
    await screenshot(page, 'line-problems-panel');

    // Fixed in the inspector, the panel follows at once: LINE's rules run in the browser.
    await page.click('.react-flow__controls-fitview');
    await page.locator('[data-testid="step-card"] .step-header').click();
    const contents = page.locator('#field-messages-0-contents');
    await contents.waitFor();
    await screenshot(page, 'line-problems-inspector');
    await contents.fill(JSON.stringify(card('text', 'md').contents, null, 2));
    await contents.blur();
    await problems.getByText('1 error').waitFor();
    expect(await problems.getByText(/node card/).count()).toBe(0);
    await problems.getByText(/node pic \(Send message\)/).waitFor();
  });
});
