import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadExample } from '../shared/testing/load-example';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';
import { savedDraft, selectStep } from './canvas-helpers';

/** Step names (on the node, in the problems and the test chat's trace), the branch editor, and the app's own dialogs. */
describe('naming steps and filling them in', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    expect((await t.api('POST', '/api/workflows', loadExample('faq-menu'))).status).toBe(201);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/workflows/faq-menu');
    page.setDefaultTimeout(10_000);
    await page.locator('.react-flow__node').first().waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('names steps: the name on the node over its type, in the problems, and in the test chat’s trace', async () => {
    const inspector = page.getByRole('complementary', { name: 'Step settings' });
    await selectStep(page, 'trigger-menu');
    await inspector.getByLabel('Step name').fill('Menu keyword');
    await selectStep(page, 'ask-topic');
    await inspector.getByLabel('Step name').fill('Main menu');
    const node = page.getByTestId('step-ask-topic');
    expect(await node.locator('.step-label').textContent()).toBe('Main menu');
    expect(await node.locator('.step-subtitle').textContent()).toBe('Multiple choice · ask-topic');
    const draft = await savedDraft(page, t, 'faq-menu');
    expect(draft.nodes.find((n) => n.id === 'ask-topic')?.name).toBe('Main menu');

    // A problem names the step as people call it.
    await page.fill('#field-question', '');
    await page
      .getByRole('region', { name: 'Problems' })
      .getByText('node ask-topic “Main menu” (Multiple choice): options.question must not be empty')
      .waitFor();
    await page.fill('#field-question', 'How can we help?');
    await page.getByRole('region', { name: 'Problems' }).getByText('No errors').waitFor();

    await page.getByRole('button', { name: 'Test' }).click();
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.getByLabel('Message').fill('menu');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.getByRole('button', { name: 'Business hours' }).click();
    await chat.locator('.bubble.from-bot').getByText('We are open Monday to Friday', { exact: false }).waitFor();
    await chat.getByText('Menu keyword → next').waitFor();
    await chat.getByText('Main menu → hours').waitFor();
    // An unnamed step is still called by its id.
    await chat.getByText('send-hours → next').waitFor();
    await screenshot(page, 'canvas-step-names');
    await chat.getByRole('button', { name: 'Close test chat' }).click();
  });

  it('marks what a branch needs, suggests the fields and variables the workflow knows, and says "+ Add branch"', async () => {
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    // An "Ask a question" saves `vars.answer`: a variable the branch can test.
    await page.getByTestId('palette-ask-question').click();
    const ask = page.getByRole('complementary', { name: 'Step settings' });
    await ask.getByText('Answers the customer may give. After this many wrong ones the step leaves by “Invalid”', { exact: false }).waitFor();
    await page.locator('.react-flow__pane').click({ position: { x: 10, y: 10 } });
    await page.getByTestId('palette-branch').click();
    const branch = page.getByRole('complementary', { name: 'Step settings' });
    await branch.getByRole('button', { name: '+ Add branch' }).waitFor();
    expect(await branch.getByText('Add branche').count()).toBe(0);
    // The default condition: contact.language starts with "ja". Its value is required, not "(optional)".
    const field = branch.locator('label[for="field-branches-0-conditions-0-field"]');
    expect(await field.textContent()).toBe('Contact field *');
    const value = branch.locator('label[for="field-branches-0-conditions-0-value"]');
    expect(await value.textContent()).toBe('Value *');
    const contactFields = await branch
      .getByTestId('field-branches-0-conditions-0-field-suggestions')
      .locator('option')
      .evaluateAll((o) => o.map((e) => e.getAttribute('value')));
    expect(contactFields).toEqual(expect.arrayContaining(['displayName', 'language']));
    // "is set" needs no value: the field goes away.
    await branch.locator('#field-branches-0-conditions-0-operator').selectOption('is-set');
    await value.waitFor({ state: 'detached' });
    await branch.locator('#field-branches-0-conditions-0-operator').selectOption('equals');
    await value.waitFor();
    await branch.getByLabel('Subject').first().selectOption('variable');
    expect(await branch.locator('label[for="field-branches-0-conditions-0-field"]').textContent()).toBe('Variable *');
    const variables = await branch
      .getByTestId('field-branches-0-conditions-0-field-suggestions')
      .locator('option')
      .evaluateAll((o) => o.map((e) => e.getAttribute('value')));
    expect(variables).toContain('answer');
    await branch.locator('#field-branches-0-conditions-0-field').click();
    await screenshot(page, 'canvas-branch-editor');
  });

  it('asks in the app’s own dialog, which Escape cancels and which keeps the keyboard inside', async () => {
    await page.goto(`${t.url}/#/`);
    await page.getByRole('button', { name: 'New workflow' }).click();
    const dialog = page.getByRole('dialog', { name: 'New workflow' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('prompt-value');
    await dialog.getByLabel('Name').fill('');
    await dialog.getByRole('button', { name: 'Create' }).click();
    await dialog.getByRole('alert').getByText('Name cannot be empty').waitFor();
    await screenshot(page, 'dialog-new-workflow');
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    expect((await t.api('GET', '/api/workflows')).body.workflows).toHaveLength(1);
  });
});
