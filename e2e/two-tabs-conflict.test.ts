import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot, signInAs } from './browser';

const tabOneText = 'Tab one: we are open every day.';
const tabTwoText = 'Tab two: plans start at ¥4,000 a month.';

/** Changes the first text message of a step in the inspector, as a person types it. */
async function typeMessage(page: Page, stepId: string, text: string): Promise<void> {
  await page.click('.react-flow__controls-fitview');
  await page.locator(`[data-testid="step-${stepId}"] .step-header`).click();
  await page.fill('#field-messages-0-text', text);
}

const sentText = (document: { nodes: { id: string; data: { messages?: { text?: string }[] } }[] }, stepId: string) =>
  document.nodes.find((n) => n.id === stepId)?.data.messages?.[0]?.text;

/** Two people (two browser windows) edit one workflow: the second save meets the conflict dialog, and nothing is lost. */
describe('two tabs on one workflow', () => {
  let t: TestRuntime;
  let browser: Browser;
  let ann: Page;
  let admin: Page;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('faq-menu');
    await t.api('POST', '/api/users', { email: 'ann@example.com', name: 'Ann', role: 'admin', password: 'ann-password-123' });
    browser = await launchBrowser();
    admin = await openEditor(browser, t.url, testAdminToken, '#/workflows/faq-menu');
    ann = await signInAs(browser, t.url, 'ann@example.com', 'ann-password-123');
    await ann.goto(`${t.url}/#/workflows/faq-menu`);
    for (const page of [admin, ann]) {
      page.setDefaultTimeout(10_000);
      await page.locator('[data-testid="step-send-pricing"]').waitFor();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows who else is there, and the draft against the live version, field by field', async () => {
    await ann.getByTestId('presence').getByText('Also open by Admin').waitFor();
    await ann.getByText('Draft = live').waitFor();
    await typeMessage(ann, 'send-hours', tabOneText);
    await ann.getByTestId('save-state').getByText('All changes saved').waitFor();
    await ann.getByRole('button', { name: '1 unpublished change' }).click();
    const changes = ann.getByRole('dialog', { name: 'Unpublished changes' });
    await changes.getByText(`~ step send-hours (Send message): messages[0].text "We are open Monday to Friday, 9:00–18:00 (JST)." → "${tabOneText}"`).waitFor();
    await screenshot(ann, 'draft-vs-live');
    await changes.getByRole('button', { name: 'Close' }).click();
    // The admin's tab hears of Ann at its next heartbeat.
    await admin.getByTestId('presence').getByText('Also open by Ann').waitFor({ timeout: 15_000 });
  }, 60_000);

  it("gives the second save the conflict dialog, and keeping mine as a copy loses neither tab's change", async () => {
    await typeMessage(admin, 'send-pricing', tabTwoText);
    const dialog = admin.getByRole('dialog', { name: 'Ann saved this workflow meanwhile' });
    await dialog.waitFor();
    await admin.getByTestId('save-state').getByText('Not saved').waitFor();
    // Nothing of the admin's draft reached the server.
    const original = (await t.api('GET', '/api/workflows/faq-menu')).body;
    expect(sentText(original.document, 'send-hours')).toBe(tabOneText);
    expect(sentText(original.document, 'send-pricing')).not.toBe(tabTwoText);

    await dialog.getByRole('button', { name: 'Compare' }).click();
    await dialog.getByText(`"${tabTwoText}"`, { exact: false }).waitFor();
    await dialog.getByText(`"${tabOneText}" → "We are open Monday to Friday`, { exact: false }).waitFor();
    await screenshot(admin, 'conflict-dialog');

    await dialog.getByRole('button', { name: 'Keep mine as a copy' }).click();
    await admin.waitForURL(/#\/workflows\/faq-menu-copy$/);
    await admin.getByRole('heading', { name: 'FAQ menu (my copy)' }).waitFor();
    const copy = (await t.api('GET', '/api/workflows/faq-menu-copy')).body;
    expect(sentText(copy.document, 'send-pricing')).toBe(tabTwoText);
    const kept = (await t.api('GET', '/api/workflows/faq-menu')).body;
    expect(sentText(kept.document, 'send-hours')).toBe(tabOneText);
    expect(kept.revision).toBe(original.revision);
  }, 60_000);
});
