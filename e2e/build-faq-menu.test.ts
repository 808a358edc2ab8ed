import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineEvent, messagesDelivered, postback, startTestRuntime, testAdminToken, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

/** Drags a connection from a step's port to another step's entry, as a person does. */
async function connect(page: Page, from: string, port: string, to: string): Promise<void> {
  await page.click('.react-flow__controls-fitview');
  await page.waitForTimeout(300);
  const source = await page.locator(`[data-testid="step-${from}"] .port-${port}`).boundingBox();
  const target = await page.locator(`[data-testid="step-${to}"] .handle-in`).boundingBox();
  if (!source || !target) throw new Error(`cannot find the handles of ${from}.${port} or ${to}`);
  await page.mouse.move(source.x + source.width / 2, source.y + source.height / 2);
  await page.mouse.down();
  await page.mouse.move(target.x + target.width / 2, target.y + target.height / 2, { steps: 12 });
  await page.mouse.up();
}

async function selectStep(page: Page, id: string): Promise<void> {
  await page.click('.react-flow__controls-fitview');
  await page.locator(`[data-testid="step-${id}"] .step-header`).click();
}

describe('building the FAQ menu in the browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    t = await startTestRuntime();
    // Assign steps pick from the team records (the Teams screen).
    expect((await t.api('POST', '/api/teams', { name: 'Support' })).status).toBe(201);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken);
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('from an empty canvas, through palette, inspector and ports, to a published workflow LINE answers', async () => {
    await page.getByText('No workflows yet').waitFor();
    await screenshot(page, '01-workflows-empty');
    await page.getByRole('button', { name: 'New workflow' }).click();
    const named = page.getByRole('dialog', { name: 'New workflow' });
    await named.getByLabel('Name').fill('FAQ menu');
    await named.getByRole('button', { name: 'Create' }).click();
    await page.locator('[data-testid="step-n1"]').waitFor();

    // The trigger: its keyword starts as the name ("faq menu"); the admin makes it "menu". Then "Multiple choice" is added after it.
    await selectStep(page, 'n1');
    await expect(page.inputValue('#field-keywords-0')).resolves.toBe('faq menu');
    await page.fill('#field-keywords-0', 'menu');
    await page.getByTestId('palette-multiple-choice').click();
    await page.locator('[data-testid="step-n2"]').waitFor();
    await page.fill('#field-question', 'How can we help?');
    await page.fill('#field-choices-0-id', 'hours');
    await page.fill('#field-choices-0-label', 'Business hours');
    await page.fill('#field-choices-1-id', 'pricing');
    await page.fill('#field-choices-1-label', 'Pricing');
    await page.getByRole('button', { name: '+ Add choice' }).click();
    await page.fill('#field-choices-2-id', 'agent');
    await page.fill('#field-choices-2-label', 'Talk to an agent');
    await page.fill('#field-timeoutMinutes', '10');

    // A validation error appears on the node and in the problems list, then clears.
    await page.fill('#field-question', '');
    await page.getByRole('region', { name: 'Problems' }).getByText('node n2 (Multiple choice): options.question must not be empty').waitFor();
    await expect(page.locator('[data-testid="step-n2"] .badge.error').textContent()).resolves.toBe('1');
    await screenshot(page, '02-validation-error');
    await page.fill('#field-question', 'How can we help?');
    await page.getByRole('region', { name: 'Problems' }).getByText('No errors').waitFor();
    expect(await page.locator('[data-testid="step-n2"] .badge.error').count()).toBe(0);

    // Business hours: added after the selected choice step, on its first free port.
    await selectStep(page, 'n2');
    await page.getByTestId('palette-send-message').click();
    await page.fill('#field-messages-0-text', 'We are open Monday to Friday, 9:00–18:00 (JST).');

    // Pricing: added on its own, then connected by dragging from the "Pricing" port.
    await page.locator('.react-flow__pane').click({ position: { x: 20, y: 20 } });
    await page.getByTestId('palette-send-message').click();
    await page.fill('#field-messages-0-text', 'Plans start at ¥5,000 a month. Details: https://example.com/pricing');
    await connect(page, 'n2', 'pricing', 'n4');
    await page.locator('.react-flow__edge').nth(2).waitFor();

    // Talk to an agent: assign to Support, then tell the customer.
    await selectStep(page, 'n2');
    await page.getByTestId('palette-assign').click();
    await page.getByRole('combobox', { name: 'Team', exact: true }).selectOption({ label: 'Support' });
    await selectStep(page, 'n5');
    await page.getByTestId('palette-send-message').click();
    await page.fill('#field-messages-0-text', 'An agent will be with you shortly.');
    await page.getByRole('region', { name: 'Problems' }).getByText('No errors').waitFor();
    await page.getByTestId('save-state').getByText('All changes saved').waitFor();
    await page.click('.react-flow__controls-fitview');
    await screenshot(page, '03-faq-menu-built');

    const saved = await t.api('GET', '/api/workflows/faq-menu');
    expect(saved.body.document.edges.map((e: any) => `${e.source}.${e.sourceHandle}->${e.target}`).sort()).toEqual([
      'n1.next->n2',
      'n2.agent->n5',
      'n2.hours->n3',
      'n2.pricing->n4',
      'n5.assigned->n6',
    ]);

    // The test chat runs the draft.
    await page.getByRole('button', { name: 'Test' }).click();
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.getByLabel('Message').fill('menu');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.locator('.bubble.from-bot').getByText('How can we help?').waitFor();
    await expect(page.locator('[data-testid="step-n2"].active').count()).resolves.toBe(1);
    await chat.getByRole('button', { name: 'Business hours' }).click();
    await chat.locator('.bubble.from-bot').getByText('We are open Monday to Friday, 9:00–18:00 (JST).').waitFor();
    await chat.getByText('n2 → hours').waitFor();
    await screenshot(page, '04-test-chat');
    expect(t.line?.calls).toEqual([]);

    // Publish, then a real (signed) LINE webhook gets the same answers from the fake LINE API.
    await page.getByRole('button', { name: 'Publish' }).click();
    await page.locator('.toast').getByText('Published as version 1').waitFor();
    const user = 'Ubrowser0000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    const [menu] = await messagesDelivered(t.line, user, 1);
    expect(menu.text).toBe('How can we help?');
    const hours = menu.quickReply.items.find((i: any) => i.action.label === 'Business hours').action.data;
    await t.webhook([lineEvent(t.line, user, postback(hours))]);
    await messagesDelivered(t.line, user, 2);
    expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'We are open Monday to Friday, 9:00–18:00 (JST).']);
  }, 120_000);
});
