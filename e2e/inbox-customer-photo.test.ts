import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeChat } from '../runtime/testing/fake-line/chat-routes';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

const customer = `U${'7'.repeat(32)}`;

/** A "photo" of a damaged parcel, drawn by the browser itself: real PNG bytes for LINE's content API to hold. */
async function drawPhoto(browser: Browser): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 480, height: 360 } });
  await page.setContent(`<div id="photo" style="width:480px;height:360px;background:linear-gradient(160deg,#f5e6c8,#c9a36b);display:grid;place-items:center;
    font:bold 28px sans-serif;color:#5b3a12"><div style="width:220px;height:160px;background:#b07c3c;border:6px dashed #7a4f1d;transform:rotate(-8deg);
    display:grid;place-items:center;color:#fff">FRAGILE</div></div>`);
  const photo = await page.locator('#photo').screenshot();
  await page.close();
  return photo;
}

describe("a customer's photo in the inbox", () => {
  let t: TestRuntime;
  let browser: Browser;
  let agent: Page;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.api('POST', '/api/users', { email: 'mei@example.com', name: 'Mei', role: 'agent', teams: ['Support'], password: 'agent password 7' });
    browser = await launchBrowser();
    agent = await signInAs(browser, t.url, 'mei@example.com', 'agent password 7');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the photo inline (fetched from LINE once), opens it full size, and replies quoting it', async () => {
    const line = t.line as NonNullable<TestRuntime['line']>;
    line.profiles.set(customer, { userId: customer, displayName: 'Haruka Sato' });
    fakeChat(line).contents.set('parcel-photo', { body: await drawPhoto(browser), contentType: 'image/png' });
    fakeChat(line).contents.set('receipt', { body: Buffer.from('%PDF-1.4 receipt'), contentType: 'application/pdf' });
    const hello = { id: 'm-hello', type: 'text', text: 'Hi, my parcel arrived damaged. Photo below:', quoteToken: 'q-hello' };
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: hello })]);
    const conversation = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations[0]);
    const mei = (await t.api('GET', '/api/users')).body.users.find((u: { email: string }) => u.email === 'mei@example.com');
    await t.api('POST', `/api/conversations/${conversation.id}/assign`, { userId: mei.id, team: 'Support' });
    const photo = { id: 'parcel-photo', type: 'image', contentProvider: { type: 'line' }, quoteToken: 'q-photo', markAsReadToken: 'read-photo' };
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: photo })]);
    const receipt = { id: 'receipt', type: 'file', fileName: 'receipt-0042.pdf', fileSize: 48_213 };
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: receipt })]);
    const shown = async (lineId: string) =>
      (await t.api('GET', `/api/conversations/${conversation.id}`)).body.messages.some((m: { content: { id?: string } }) => m.content.id === lineId);
    await eventually(() => shown('receipt'), 10_000, 'the receipt in the transcript');

    await agent.goto(`${t.url}/#/inbox/${conversation.id}`);
    const image = agent.getByRole('img', { name: 'Photo from the customer' });
    await image.waitFor();
    await eventually(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0), 10_000, 'the photo to load');
    expect(await image.evaluate((img: HTMLImageElement) => [img.naturalWidth, img.naturalHeight])).toEqual([480, 360]);
    expect(line.calls.filter((c) => c.endpoint === 'content' && c.status === 200)).toHaveLength(1);
    // Full size in a new tab: the same route, served from what LineFlow kept.
    expect(await agent.getByRole('link', { name: /open full size/ }).getAttribute('href')).toMatch(/\/messages\/in-[^/]+\/content$/);
    // In the transcript: the list's preview of the conversation names the file too.
    await agent
      .locator('[data-message-id]')
      .getByRole('link', { name: /receipt-0042\.pdf/ })
      .waitFor();
    await agent.getByText('47 KB').waitFor();
    // Opening the conversation told LINE the customer's messages were read.
    await eventually(() => fakeChat(line).markedRead.some((m) => m.markAsReadToken === 'read-photo'), 10_000, 'mark as read');

    await agent.locator('[data-message-id]', { has: image }).getByRole('button', { name: 'Quote' }).click();
    await agent.getByText('Quoting: “a photo”').waitFor();
    await agent.getByLabel('Reply to the customer').fill('So sorry! A new one ships today.');
    await screenshot(agent, 'inbox-customer-photo');
    await agent.getByRole('button', { name: 'Send' }).click();
    const [sent] = await messagesDelivered(t.line, customer, 1);
    expect(sent).toMatchObject({ type: 'text', text: 'So sorry! A new one ships today.', quoteToken: 'q-photo' });
    await agent.locator('.quoted').getByText('↩ a photo').waitFor();
  });

  it('marks what came in standby mode, and hides what the customer unsent', async () => {
    const oops = { id: 'm-oops', type: 'text', text: 'my address is 1-2-3 Shibuya', quoteToken: 'q-oops' };
    await t.webhook([lineEvent(t.line, customer, { type: 'message', message: oops })]);
    // The list's preview shows the same words as the transcript: look in the transcript.
    const transcript = agent.getByTestId('transcript');
    await transcript.getByText('my address is 1-2-3 Shibuya').waitFor();
    await t.webhook([lineEvent(t.line, customer, { type: 'unsend', unsend: { messageId: 'm-oops' } })]);
    await transcript.getByText('Message unsent by the customer').waitFor();
    // Gone from the transcript and, once the list has read the new preview, from the whole page.
    expect(await transcript.getByText('1-2-3 Shibuya').count()).toBe(0);
    await expect.poll(() => agent.getByText('1-2-3 Shibuya').count(), { timeout: 10_000 }).toBe(0);
    const standby = {
      ...lineEvent(t.line, customer, { type: 'message', message: { id: 'm-sb', type: 'text', text: 'Hello? (to the other bot)', quoteToken: 'q-sb' } }),
    };
    await t.webhook([{ ...standby, mode: 'standby', replyToken: undefined }]);
    await transcript.getByText('Standby: another channel had the chat; nobody here answered').waitFor();
    await screenshot(agent, 'inbox-standby-and-unsent');
  });
});
