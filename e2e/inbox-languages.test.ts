import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

const customers = { yuki: 'Uinboxlang0000000000000000000001', somchai: 'Uinboxlang0000000000000000000002' };
let seq = 0;
const message = (content: Record<string, unknown>) => ({ type: 'message', message: { id: `lang-${seq++}`, quoteToken: 'q', ...content } });

/** The same inbox in Japanese and in Thai: the screen's words, a photo's preview and the timeline come out translated. */
describe('the inbox in the agent’s language', () => {
  let t: TestRuntime;
  let browser: Browser;
  let agent: Page;
  let conversationId: string;

  /** The language the agent picks; the editor keeps it in localStorage (see editor/i18n/i18n.ts) and reads it on load. */
  const useLanguage = async (language: string) => {
    await agent.evaluate((lang) => localStorage.setItem('lineflow.language', lang), language);
    await agent.reload();
  };

  beforeAll(async () => {
    t = await startTestRuntime();
    const hanaId = (
      await t.api('POST', '/api/users', {
        email: 'hana@example.com',
        name: 'Hana Sato',
        role: 'agent',
        teams: ['Support'],
        status: 'online',
        password: 'hana password 1',
      })
    ).body.id;
    t.line?.profiles.set(customers.yuki, { userId: customers.yuki, displayName: 'Yuki Tanaka' });
    t.line?.profiles.set(customers.somchai, { userId: customers.somchai, displayName: 'Somchai' });
    await t.webhook([lineEvent(t.line, customers.somchai, message({ type: 'image', contentProvider: { type: 'line' } }))]);
    await t.webhook([lineEvent(t.line, customers.yuki, message({ type: 'text', text: 'Where is my parcel?' }))]);
    const conversations = await eventually(async () => {
      const { body } = await t.api('GET', '/api/conversations?status=all');
      return body.conversations.length === 2 ? body.conversations : null;
    });
    conversationId = conversations.find((c: any) => c.contactId === customers.yuki).id;
    for (const c of conversations) await t.api('POST', `/api/conversations/${c.id}/assign`, { userId: hanaId, team: 'Support' });
    await eventually(async () => (await t.api('GET', `/api/conversations?assignee=${hanaId}`)).body.conversations.length === 2);
    browser = await launchBrowser();
    agent = await signInAs(browser, t.url, 'hana@example.com', 'hana password 1');
    await agent.goto(`${t.url}/#/inbox/${conversationId}`);
    await agent.getByText('Where is my parcel?').first().waitFor();
    // The desktop-notification offer would cover the list's foot in the screenshots.
    await agent.evaluate(() => localStorage.setItem('lineflow.notifications.asked', 'yes'));
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('shows the inbox in Japanese', async () => {
    await useLanguage('ja');
    await agent.getByRole('button', { name: '送信' }).waitFor();
    await agent.getByRole('group', { name: 'ステータス' }).getByRole('button', { name: '対応中' }).waitFor();
    expect(await agent.getByLabel('メッセージを検索').getAttribute('placeholder')).toBe('メッセージを検索');
    // The photo's preview is stored in English ("[Photo]") and shown in the agent's language; the customer's words stay as written.
    await agent.getByTestId(`conversation-${customers.somchai}`).getByText('[写真]').waitFor();
    await agent.getByTestId(`conversation-${customers.yuki}`).getByText('Where is my parcel?').waitFor();
    expect(await agent.getByTestId('timeline-entry').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('APIでHana Satoに割り当てました（チーム：Support）')]),
    );
    expect(await agent.getByText('[Photo]').count()).toBe(0);
    await screenshot(agent, 'inbox-ja');
  });

  it('shows the inbox in Thai', async () => {
    await useLanguage('th');
    await agent.getByRole('button', { name: 'ส่ง', exact: true }).waitFor();
    await agent.getByRole('group', { name: 'สถานะ' }).getByRole('button', { name: 'กำลังดำเนินการ' }).waitFor();
    await agent.getByTestId(`conversation-${customers.somchai}`).getByText('[รูปภาพ]').waitFor();
    expect(await agent.getByTestId('timeline-entry').allInnerTexts()).toEqual(
      expect.arrayContaining([expect.stringContaining('มอบหมายให้ Hana Sato (ทีม Support) ผ่าน API')]),
    );
    expect(await agent.getByRole('button', { name: 'Send' }).count()).toBe(0);
    await screenshot(agent, 'inbox-th');
  });
});
