import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newContact } from '../runtime/engine/new-contact';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

const aoi = 'Ue2econtacts000000000000000000001';
const people = ['Ken Sato', 'Mai Suzuki', 'สมชาย ใจดี', '王小明', 'Lisa Wong', 'Yuki Ito', 'Tom Baker', 'Nina Park'];

/** The contacts screen in a real browser: search on the server, open a contact, edit a field and see it saved. */
describe('contacts screen', () => {
  let t: TestRuntime;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', { email: 'sue@example.com', name: 'Sue', role: 'agent', teams: ['Support'], password: 'agent password 1' });
    t.line?.profiles.set(aoi, { userId: aoi, displayName: 'Aoi Tanaka', language: 'ja' });
    // Aoi writes through LINE (a conversation, a workflow waiting for her tap); the others come from the store.
    await t.webhook([lineEvent(t.line, aoi, textMessage('menu'))]);
    await messagesDelivered(t.line, aoi, 1);
    const { store } = t.runtime.services;
    for (const [i, name] of people.entries()) {
      await store.contacts.insert({
        ...newContact(`U${String(i).padStart(32, 'c')}`, new Date(Date.now() - (i + 1) * 3_600_000), 'message'),
        displayName: name,
        fields: { plan: i % 2 ? 'gold' : 'free' },
        tags: i % 3 === 0 ? ['vip'] : i % 3 === 1 ? ['newsletter', 'tokyo'] : [],
      });
    }
    await t.api('PATCH', `/api/contacts/${aoi}`, { fields: { plan: 'free', city: 'Osaka' }, addTags: ['vip'] });
    await eventually(async () => (await t.runtime.services.store.contacts.get(aoi))?.fields.plan === 'free');
    browser = await launchBrowser();
    page = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    page.setDefaultTimeout(10_000);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('lists every contact, newest first, and searches on the server', async () => {
    await page.goto(`${t.url}/#/contacts`);
    const rows = page.locator('.contacts-table tbody tr');
    await expect.poll(() => rows.count()).toBe(people.length + 1);
    expect(await rows.first().textContent()).toContain('Aoi Tanaka');
    await screenshot(page, 'contacts-list');
    await page.getByLabel('Search contacts').fill('osaka');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain(aoi);
    await page.getByLabel('Search contacts').fill('王小');
    await expect.poll(async () => (await rows.count()) === 1 && (await rows.first().textContent())?.includes('王小明')).toBe(true);
  });

  it('opens a contact, edits a field and a tag, and shows them saved', async () => {
    await page.getByLabel('Search contacts').fill('Aoi');
    await page.getByRole('link', { name: 'Aoi Tanaka' }).click();
    await page.getByLabel('Field plan', { exact: true }).waitFor();
    expect(await page.locator('.contact-run').textContent()).toContain('waiting');
    await page.getByLabel('Field plan', { exact: true }).fill('platinum');
    await page.getByRole('row', { name: /plan/ }).getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saving' }).count()).toBe(0);
    await expect.poll(async () => (await t.runtime.services.store.contacts.get(aoi))?.fields.plan).toBe('platinum');
    await page.getByLabel('New tag').fill('follow-up');
    await page.getByRole('button', { name: 'Add tag' }).click();
    await page.getByRole('button', { name: 'Remove tag follow-up' }).waitFor();
    await page.reload();
    await expect.poll(() => page.getByLabel('Field plan', { exact: true }).inputValue()).toBe('platinum');
    expect(await page.locator('.contact-conversations li').count()).toBe(1);
    expect(await page.locator('.contact-conversations a').first().getAttribute('href')).toMatch(/^#\/inbox\//);
    await screenshot(page, 'contact-page');
  });

  it('is in the agents’ menu too, without the CSV buttons, and opens a contact', async () => {
    const agent = await signInAs(browser, t.url, 'sue@example.com', 'agent password 1');
    await agent.getByRole('link', { name: 'Contacts' }).click();
    await agent.locator('.contacts-table tbody tr').first().waitFor();
    expect(await agent.getByText('Export CSV').count()).toBe(0);
    await agent.locator('.contacts-table tbody a').first().click();
    await agent.getByRole('heading', { name: 'Fields' }).waitFor();
    await agent.close();
  });
});
