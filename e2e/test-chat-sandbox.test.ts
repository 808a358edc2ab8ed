import { readFileSync } from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sandboxWorkflow } from '../runtime/testing/sandbox-workflow';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, openEditor, screenshot } from './browser';

interface ExampleNode {
  id: string;
  data: { question?: string; scale?: number; highLabel?: string; messages?: { text: string }[] };
}
const csatOnClose = JSON.parse(readFileSync(new URL('../examples/csat-on-close.json', import.meta.url), 'utf8')) as { nodes: ExampleNode[] };
// The example's own words, so the test follows the example when it is reworded.
const step = (id: string) => csatOnClose.nodes.find((n) => n.id === id)?.data ?? {};
const question = step('rate-support').question as string;
const topScore = `${step('rate-support').scale as number} ${step('rate-support').highLabel as string}`;
const thanks = step('send-thanks').messages?.[0]?.text as string;

/** axe's serious and critical findings inside the test chat (the rest of the editor has tests of its own). */
async function chatViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).include('aside[aria-label="Test chat"]').analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** The editor's test chat as a sandbox, in a real browser: firing the draft's triggers from its menu. */
describe('test chat sandbox', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    expect((await t.api('POST', '/api/workflows', csatOnClose)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows', sandboxWorkflow())).status).toBe(201);
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/workflows/csat-on-close');
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  const openChat = async () => {
    // The first load of the editor's bundle can be slow on a busy machine.
    await page.getByRole('button', { name: 'Test', exact: true }).click({ timeout: 30_000 });
    const chat = page.getByRole('complementary', { name: 'Test chat' });
    await chat.getByRole('button', { name: 'Trigger' }).and(page.locator(':enabled')).waitFor();
    return chat;
  };
  const pickTrigger = async (chat: ReturnType<Page['getByRole']>, name: RegExp) => {
    await chat.getByRole('button', { name: 'Trigger' }).click();
    await page.getByRole('menuitem', { name }).click();
  };

  it('closing the test conversation asks the CSAT question; a tapped score gets the thanks', async () => {
    const chat = await openChat();
    await pickTrigger(chat, /^Conversation closed/);
    // No conversation was open: the customer's "Hello" opened one, then it was closed.
    await chat.locator('.bubble.from-customer').getByText('Hello').waitFor();
    await chat.locator('.bubble.from-bot').getByText(question).waitFor();
    await chat.getByText('No conversation was open', { exact: false }).waitFor();
    // The waiting step lights up on the canvas, and the trace says where the run waits.
    await expect.poll(() => page.locator('[data-testid="step-rate-support"].active').count()).toBe(1);
    await chat.locator('.trace summary').getByText('run waiting', { exact: false }).waitFor();
    await chat.locator('.quick-replies').getByRole('button', { name: topScore }).click();
    await chat.locator('.bubble.from-bot').getByText(thanks, { exact: true }).waitFor();
    await chat.locator('.trace summary').getByText('run completed', { exact: false }).waitFor();
    await chat
      .getByRole('table', { name: 'Variables' })
      .getByRole('row', { name: /csat\s*5/ })
      .waitFor();
    await screenshot(page, 'test-chat-csat');
    await page.getByRole('button', { name: 'Close test chat' }).click();
  }, 60_000);

  it('fires a shortcut with its form and a webhook with JSON; sets the contact; skips a wait', async () => {
    await page.goto(`${t.url}/#/workflows/sandbox`);
    const chat = await openChat();

    await chat.getByRole('button', { name: 'Contact' }).click();
    const panel = chat.getByRole('form', { name: 'Test contact' });
    await panel.getByLabel('Display name').fill('Tess Tester');
    await panel.getByRole('button', { name: 'Add field' }).click();
    await panel.getByLabel('Field 1 name').fill('tier');
    await panel.getByLabel('Field 1 value').fill('gold');
    expect(await chatViolations(page)).toEqual([]);
    await panel.getByRole('button', { name: 'Save contact' }).click();
    await panel.getByText('Saved', { exact: false }).waitFor();
    await panel.getByRole('button', { name: 'Done' }).click();

    await pickTrigger(chat, /^Conversation opened/);
    const opened = chat.getByRole('form', { name: 'Open a conversation' });
    await opened.getByRole('button', { name: 'Fire' }).click();
    await chat.locator('.bubble.from-bot').getByText('Welcome, Tess Tester (tier gold)').waitFor();

    await pickTrigger(chat, /^Shortcut: Refund/);
    const shortcut = chat.getByRole('form', { name: 'Shortcut: Refund' });
    await shortcut.getByRole('button', { name: 'Fire' }).click();
    await chat.getByRole('alert').getByText('Order number (orderId) is required', { exact: false }).waitFor();
    await shortcut.getByLabel('Order number').fill('A-7');
    await shortcut.getByLabel('Amount').fill('3,000');
    await shortcut.getByRole('button', { name: 'Fire' }).click();
    await chat.locator('.bubble.from-bot').getByText('Refund for order A-7: 3000 yen').waitFor();

    await pickTrigger(chat, /^Incoming webhook/);
    const hook = chat.getByRole('form', { name: 'Incoming webhook' });
    const body = hook.getByRole('textbox');
    expect(JSON.parse(await body.inputValue())).toEqual({ orderId: '', status: '' });
    await body.fill('{\n  "orderId": "B-9",\n  "status": shipped\n}');
    await hook.getByRole('button', { name: 'Fire' }).click();
    await hook.getByRole('alert').getByText('line 3', { exact: false }).waitFor();
    await screenshot(page, 'test-chat-webhook-json-error');
    expect(await chatViolations(page)).toEqual([]);
    await body.fill('{\n  "orderId": "B-9",\n  "status": "shipped"\n}');
    await hook.getByRole('button', { name: 'Fire' }).click();
    await chat.locator('.bubble.from-bot').getByText('Order B-9 is shipped').waitFor();
    await chat
      .getByRole('table', { name: 'Variables' })
      .getByRole('row', { name: /status\s*shipped/ })
      .waitFor();
    await screenshot(page, 'test-chat-triggers');

    // "Timeout now" ends the wait; the timeout sends nothing, yet the trace moves on.
    await chat.getByLabel('Message').fill('wait');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.locator('.bubble.from-bot').getByText('Your order number?').waitFor();
    await chat.locator('.trace summary').getByText('run waiting', { exact: false }).waitFor();
    await chat.getByRole('button', { name: 'Timeout now' }).click();
    await chat.locator('.trace summary').getByText('run completed', { exact: false }).waitFor();
    await chat.locator('.trace').getByText('ask-order → timeout', { exact: false }).waitFor();
    expect(await chat.getByRole('button', { name: 'Timeout now' }).isDisabled()).toBe(true);
  }, 90_000);
});
