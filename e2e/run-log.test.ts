import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../runtime/testing/fake-crm';
import { runLogWorkflow } from '../runtime/testing/run-log-workflow';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

const [aoi, ken] = ['Ue2erunlog00000000000000000000001', 'Ue2erunlog00000000000000000000002'];

/** The run log and replay, in a real browser against a real runtime and the fake LINE API. */
describe('run log and replay', () => {
  let t: TestRuntime;
  let crm: FakeCrm;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    t.line?.profiles.set(aoi, { displayName: 'Aoi Tanaka' });
    t.line?.profiles.set(ken, { displayName: 'Ken Sato' });
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', { email: 'sue@example.com', name: 'Sue', role: 'agent', teams: ['Support'], password: 'agent password 1' });
    const secrets = { header: 'e2e-header-secret', inUrl: 'e2e-url-secret', inVariable: 'e2e-variable-secret' };
    expect((await t.api('POST', '/api/workflows', runLogWorkflow(`http://127.0.0.1:${crm.port}`, secrets))).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/orders/publish')).status).toBe(201);
    await t.publishExample('faq-menu');

    // Aoi files a ticket (completed), then asks for a status the CRM cannot give (failed).
    await t.webhook([lineEvent(t.line, aoi, textMessage('order'))]);
    await messagesDelivered(t.line, aoi, 1);
    await t.webhook([lineEvent(t.line, aoi, textMessage('A-100'))]);
    await messagesDelivered(t.line, aoi, 2);
    await t.webhook([lineEvent(t.line, aoi, textMessage('status'))]);
    await eventually(async () => (await t.api('GET', '/api/workflows/orders/runs?status=failed')).body.runs.length === 1);
    // Ken asks the FAQ for the opening hours.
    await t.webhook([lineEvent(t.line, ken, textMessage('menu'))]);
    await messagesDelivered(t.line, ken, 1);
    await t.webhook([lineEvent(t.line, ken, postback('node=ask-topic&choice=hours'))]);
    await messagesDelivered(t.line, ken, 2);

    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await crm?.stop();
  });

  it("lists the runs with the failed ones counted, opens a failed run and shows its step's error on the path", async () => {
    await page.goto(`${t.url}/#/workflows/orders`);
    await page.getByRole('button', { name: 'Runs', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Runs' });
    const runs = panel.getByRole('list', { name: 'Runs of this workflow' });
    const failedFilter = panel.locator('.run-log-header').getByRole('button', { name: /^Failed/ });
    await expect.poll(() => runs.getByRole('listitem').count()).toBe(2);
    await expect.poll(() => failedFilter.textContent()).toBe('Failed 1');
    expect(await runs.getByRole('listitem').first().textContent()).toContain('step look-up: The server answered 500');
    await screenshot(page, 'run-log');

    await failedFilter.click();
    await expect.poll(() => runs.getByRole('listitem').count()).toBe(1);
    await runs.getByRole('button').first().click();
    const steps = panel.getByRole('list', { name: 'Steps of the run' });
    const failedStep = steps.locator('li[data-step="look-up"]').last();
    await expect.poll(() => failedStep.locator('.run-step-error').textContent()).toBe('The server answered 500');
    // Opened by itself: what the step got back.
    await failedStep.getByRole('region', { name: 'Input' }).getByText('"status": 500').waitFor();
    await panel.getByRole('alert').getByText('step look-up: The server answered 500 (nothing is connected to its failure port)').waitFor();
    // The path: the trigger and the failed step are on it, numbered, the failed one in red; the rest fades.
    const node = (id: string) => page.locator(`.react-flow__node[data-id="${id}"]`);
    const ring = (id: string) =>
      node(id)
        .locator('.step-node')
        .evaluate((el) => getComputedStyle(el).boxShadow);
    const badge = (id: string) => node(id).evaluate((el) => getComputedStyle(el, '::after').content);
    await expect.poll(() => ring('look-up')).toContain('rgb(217, 48, 37)');
    // --green: the app's accessible green (5.2:1 on white), not LINE's #06c755 (2.3:1).
    expect(await ring('status')).toContain('rgb(6, 125, 58)');
    expect([await badge('status'), await badge('look-up'), await badge('ask-order')]).toEqual(['"1"', '"2"', 'none']);
    expect(await node('ask-order').evaluate((el) => getComputedStyle(el).opacity)).toBe('0.35');
    expect(await node('look-up').evaluate((el) => getComputedStyle(el).opacity)).toBe('1');
    const edgeWidth = (id: string) =>
      page.locator(`.react-flow__edge[data-id="${id}"] .react-flow__edge-path`).evaluate((el) => getComputedStyle(el).strokeWidth);
    expect([await edgeWidth('e-status'), await edgeWidth('e-start')]).toEqual(['3px', '1px']);
    await screenshot(page, 'run-log-failed');

    // The completed run: each step's input and output.
    await panel.getByRole('button', { name: 'All runs' }).click();
    await failedFilter.click();
    await expect.poll(() => runs.getByRole('listitem').count()).toBe(2);
    await runs.getByRole('button').nth(1).click();
    const ticket = steps.locator('li[data-step="file-ticket"]').last();
    await ticket.getByText('Input and output').click();
    await ticket.getByText('"status": 201').waitFor();
    const tell = steps.locator('li[data-step="tell-ticket"]');
    await tell.getByText('Input and output').click();
    await tell.getByText('Ticket CRM-1 for order A-100').waitFor();
    expect(await tell.getByRole('region', { name: 'Input' }).textContent()).toContain('vars.orderId');
    expect(await panel.textContent()).not.toContain('e2e-url-secret');
    await screenshot(page, 'run-log-steps');
  }, 60_000);

  it('replays a conversation against a changed draft and shows where it answers differently', async () => {
    await page.goto(`${t.url}/#/workflows/faq-menu`);
    await page.getByTestId('step-send-hours').locator('.step-header').click();
    await page.fill('#field-messages-0-text', 'We are open every day, 8:00–20:00.');
    await expect.poll(() => page.getByTestId('save-state').textContent(), { timeout: 10_000 }).toBe('All changes saved');

    await page.getByRole('button', { name: 'Runs', exact: true }).click();
    const panel = page.getByRole('complementary', { name: 'Runs' });
    const runs = panel.getByRole('list', { name: 'Runs of this workflow' });
    await runs.getByRole('button').first().click();
    await panel.getByRole('button', { name: 'Replay against draft' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replay against the draft' });
    await dialog.getByText("The draft answers differently from the customer's input 2, at “Send message · send-hours”.").waitFor({ timeout: 30_000 });
    await dialog.getByText('The customer tapped “Business hours”').waitFor();
    const changed = dialog.locator('li[data-first-divergence] tr.change-changed');
    expect(await changed.locator('td').first().textContent()).toContain('We are open Monday to Friday, 9:00–18:00 (JST).');
    expect(await changed.locator('td').last().textContent()).toContain('We are open every day, 8:00–20:00.');
    expect(await dialog.locator('tr.change-same').count()).toBe(1);
    await screenshot(page, 'replay');
    // Nothing reached LINE for the replay: Ken still has his two answers.
    expect(t.line?.messagesTo(ken)).toHaveLength(2);
  }, 60_000);
});
