import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openEditor, screenshot } from './browser';
import { fakeChannels, type FakeChannels } from '../runtime/testing/fake-line/channel-routes';
import { fakeBot } from '../runtime/testing/fake-line/fake-bot';
import { startTestRuntime, testAdminToken, testChannelSecret, type TestRuntime } from '../runtime/testing/test-runtime';

/** LINE's profile pictures live on LINE's CDN; the browser gets a drawn one instead (no network in tests). */
const picture = (letter: string, color: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96"><circle cx="48" cy="48" r="48" fill="${color}"/><text x="48" y="62" font-size="44" text-anchor="middle" fill="#fff" font-family="sans-serif">${letter}</text></svg>`;

/** Channels screen: connecting a channel against the fake LINE API, its webhook set and tested, and the quota meter. */
describe('channels screen', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;
  let line: FakeChannels;
  beforeAll(async () => {
    t = await startTestRuntime();
    t.config.publicUrl = t.url;
    line = fakeChannels(t.line!);
    line.register(fakeBot('LineFlow Japan', { token: 'test-access-token', secret: testChannelSecret, basicId: '@lineflowjp' }));
    browser = await launchBrowser();
    page = await openEditor(browser, t.url, testAdminToken, '#/');
    page.setDefaultTimeout(8000);
    await page.route('https://profile.line-scdn.net/**', (route) =>
      route.fulfill({ contentType: 'image/svg+xml', body: picture(route.request().url().includes('japan') ? 'J' : 'T', '#06c755') }),
    );
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('connects a channel: its name and picture shown, its webhook set and tested by LINE', async () => {
    const bot = line.register(fakeBot('LineFlow Thailand', { basicId: '@lineflowth', quota: { type: 'limited', value: 500 }, usedBefore: 410 }));
    await page.getByRole('link', { name: 'Channels' }).click();
    const defaultCard = page.getByRole('region', { name: 'Channel Default channel' });
    await defaultCard.getByText('from environment').waitFor();
    await defaultCard.getByRole('button', { name: 'Set and test webhook' }).click();
    await defaultCard.getByText(`LINE reached ${t.url}/webhook/line and got 200. Webhooks work.`).waitFor();
    await defaultCard.getByText('@lineflowjp').waitFor();

    const form = page.getByRole('form', { name: 'Connect a LINE channel' });
    await form.getByLabel('Name in LineFlow').fill('Thailand');
    await form.getByLabel('Channel secret').fill(bot.secret);
    await form.getByLabel('Channel access token').fill(bot.token);
    await form.getByRole('button', { name: 'Connect' }).click();

    const card = page.getByRole('region', { name: 'Channel Thailand' });
    await card.getByText('LineFlow Thailand').waitFor();
    const id = await card.getAttribute('data-channel');
    const url = `${t.url}/webhook/line/${id}`;
    await card.getByText(`LINE reached ${url} and got 200. Webhooks work.`).waitFor();
    expect(await card.getByText(url, { exact: true }).count()).toBe(1);
    expect(await card.getByText('@lineflowth').count()).toBe(1);
    const image = card.getByRole('img', { name: "LineFlow Thailand's picture" });
    await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.getByRole('status').textContent()).toContain('Connected “Thailand” (LINE account “LineFlow Thailand”)');
    // LINE was really told the URL, and its signed test webhook reached this LineFlow.
    expect(bot.endpoint).toBe(url);
    expect(line.webhookTests.at(-1)).toMatchObject({ endpoint: url, statusCode: 200 });
    expect(await page.content()).not.toContain(bot.token);
    await page.getByRole('heading', { name: 'LINE channels' }).scrollIntoViewIfNeeded();
    await screenshot(page, 'channels-connected');

    await form.getByLabel('Name in LineFlow').fill('Typo');
    await form.getByLabel('Channel secret').fill('0'.repeat(32));
    await form.getByLabel('Channel access token').fill('a-token-LINE-never-issued');
    await form.getByRole('button', { name: 'Connect' }).click();
    await form
      .getByRole('alert')
      .getByText(/^LINE refused this channel access token/)
      .waitFor();
    await form.scrollIntoViewIfNeeded();
    await screenshot(page, 'channels-refused');
  }, 60_000);

  it("shows each channel's quota with a bar, and warns at 80 %", async () => {
    await page.reload();
    const card = page.getByRole('region', { name: 'Channel Thailand' });
    const meter = card.getByRole('meter', { name: "Share of LINE's monthly quota used" });
    await meter.waitFor();
    expect(await meter.getAttribute('aria-valuenow')).toBe('410');
    expect(await meter.getAttribute('class')).toContain('warn');
    await card.getByText('410 of 500', { exact: true }).waitFor();
    await card
      .getByRole('alert')
      .getByText(/^82 % of this month's 500 messages are used/)
      .waitFor();
    // The default channel is far from its quota: a bar, no warning.
    const defaultCard = page.getByRole('region', { name: 'Channel Default channel' });
    await defaultCard.getByText('0 of 1,000', { exact: true }).waitFor();
    expect(await defaultCard.getByRole('alert').count()).toBe(0);
    await card.getByRole('group').scrollIntoViewIfNeeded();
    await screenshot(page, 'channels-quota');
  }, 60_000);

  it('renames a channel, and removes it after asking', async () => {
    const card = page.getByRole('region', { name: 'Channel Thailand' });
    await card.getByRole('button', { name: 'Rename or replace credentials' }).click();
    await card.getByLabel('Name in LineFlow').fill('Thailand (TH)');
    await card.getByRole('button', { name: 'Save' }).click();
    const renamed = page.getByRole('region', { name: 'Channel Thailand (TH)' });
    await renamed.waitFor();
    await renamed.getByRole('button', { name: 'Remove' }).click();
    // The app's own dialog asks, saying what stays and what stops.
    const asked = page.getByRole('dialog', { name: 'Remove the channel “Thailand (TH)”?' });
    await asked.getByText('Its contacts and conversations stay in LineFlow', { exact: false }).waitFor();
    await asked.getByRole('button', { name: 'Remove channel' }).click();
    await page.getByRole('status').getByText('Channel “Thailand (TH)” removed').waitFor();
    // The list is read again after the removal: the card goes once it arrives.
    await renamed.waitFor({ state: 'detached' });
  }, 60_000);

  it('says what to do while PUBLIC_URL is unset', async () => {
    t.config.publicUrl = undefined;
    try {
      await page.reload();
      await page.getByRole('alert').filter({ hasText: 'PUBLIC_URL is not set: LINE cannot reach this server' }).first().waitFor();
      const defaultCard = page.getByRole('region', { name: 'Channel Default channel' });
      await defaultCard.getByText('none until PUBLIC_URL is set').waitFor();
      expect(await defaultCard.getByRole('button', { name: 'Set and test webhook' }).isDisabled()).toBe(true);
      await page.getByRole('heading', { name: 'LINE channels' }).scrollIntoViewIfNeeded();
      await screenshot(page, 'channels-no-public-url');
    } finally {
      t.config.publicUrl = t.url;
    }
  }, 60_000);
});
