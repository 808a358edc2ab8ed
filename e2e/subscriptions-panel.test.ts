import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openEditor, screenshot } from './browser';
import { eventually, startTestRuntime, testAdminToken, type TestRuntime } from '../runtime/testing/test-runtime';
import { startSignedReceiver, type SignedReceiver } from '../runtime/subscriptions/testing/signed-receiver';

/** The admin screen's "Event subscriptions" in a real browser against a real runtime (the built editor). */
describe('event subscriptions panel', () => {
  let t: TestRuntime;
  let receiver: SignedReceiver;
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    receiver = await startSignedReceiver();
    t = await startTestRuntime({ simulated: true, env: { HTTP_ALLOWLIST: `127.0.0.1:${receiver.port}`, EVENT_DELIVERY_RETRY_SECONDS: '0.1' } });
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/admin');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await receiver?.stop();
  });

  it('adds a subscription showing its secret once, tests it, shows the delivery log with resend, turns it off and deletes it', async () => {
    const panel = page.getByRole('region', { name: 'Event subscriptions' });
    await panel.getByText('No subscriptions').waitFor();
    await panel.getByLabel('Subscription URL').fill('http://10.1.2.3/hook');
    await panel.getByLabel('csat.answered').check();
    await panel.getByRole('button', { name: 'Add subscription' }).click();
    await panel
      .getByRole('alert')
      .getByText(/url is not allowed/)
      .waitFor();

    await panel.getByLabel('Subscription URL').fill(receiver.url);
    await panel.getByLabel('Subscription description').fill('Sheets bridge');
    await panel.getByRole('button', { name: 'Add subscription' }).click();
    const secret = (await panel.getByTestId('subscription-secret').textContent()) ?? '';
    expect(secret).toMatch(/^lfwhsec_/);
    receiver.secret = secret;
    await expect.poll(() => panel.getByRole('row').filter({ hasText: receiver.url }).count()).toBe(1);

    receiver.failNext = [500];
    await panel.getByRole('button', { name: 'Test' }).click();
    await panel.getByText(/Ping failed: the receiver answered 500/).waitFor();
    await panel.getByRole('button', { name: 'Deliveries' }).click();
    const log = panel.getByLabel('Delivery log');
    await log.getByRole('cell', { name: 'failed', exact: true }).waitFor();
    await log.getByRole('button', { name: 'Details' }).click();
    await log.getByText(/error \(500\)/).waitFor();
    await screenshot(page, 'event-subscriptions-log');

    await log.getByRole('button', { name: 'Resend' }).click();
    await log.getByRole('cell', { name: 'delivered', exact: true }).waitFor();
    expect(receiver.received.map((r) => [r.body.type, r.verified, r.answered])).toEqual([
      ['ping', true, 500],
      ['ping', true, 200],
    ]);

    await panel.getByRole('button', { name: `Turn off ${receiver.url}` }).click();
    await panel.getByRole('button', { name: `Turn on ${receiver.url}` }).waitFor();
    await eventually(async () => !t.runtime.services.eventSubscriptions.gate.wants('csat.answered'));

    await panel.getByRole('button', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: 'Delete this subscription?' }).getByRole('button', { name: 'Delete' }).click();
    await panel.getByText('No subscriptions').waitFor();
    expect(await t.runtime.services.store.eventSubscriptions.count()).toBe(0);
  });
});
