import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshotDir, signInAs } from './browser';

/** An agent's own API session (cookie + CSRF token), so replies and closes are theirs in the reports. */
async function signInApi(url: string, email: string, password: string) {
  const answer = await fetch(`${url}/api/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (answer.headers.get('set-cookie') ?? '').split(';')[0];
  const { csrfToken, user } = await answer.json();
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${url}${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };
  return { id: user.id as string, call };
}

// No business hours are set, so the company's days are UTC days.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const aroundToday = { from: day(-1), to: day(1) };

const customers = [
  { id: 'sim-report-hana', name: 'Hana', agent: 'aoi', team: 'Support', category: 'Billing', score: 5 },
  { id: 'sim-report-ken', name: 'Ken', agent: 'aoi', team: 'Support', category: 'Shipping', score: 4 },
  { id: 'sim-report-mai', name: 'Mai', agent: 'sora', team: 'Senior', category: 'Billing', score: 2 },
  // Stays open and unanswered.
  { id: 'sim-report-yui', name: 'Yui', agent: null, team: null, category: null, score: null },
] as const;

describe('the reports screens, with real conversations', () => {
  let t: TestRuntime;
  let browser: Browser;
  let admin: Page;
  let agentPage: Page;
  const conversationOf: Record<string, string> = {};

  const simulated = (id: string) => t.api('GET', `/api/simulator/contacts/${id}/messages`).then((r) => r.body.messages as any[]);
  const shot = async (page: Page, name: string) => page.screenshot({ path: `${screenshotDir}${name}.png`, fullPage: true });
  const openReport = async (tab: string, extra = '') => {
    await admin.goto(`${t.url}/#/reports/${tab}?preset=today${extra}`);
    await admin.locator('.report-body[aria-busy="false"]').first().waitFor({ timeout: 15_000 });
  };

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('csat-on-close');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', teams: ['Support'], status: 'online', password: 'agent password 1' });
    await t.api('POST', '/api/users', { email: 'sora@example.com', name: 'Sora', teams: ['Senior'], status: 'online', password: 'agent password 2' });
    browser = await launchBrowser();
    admin = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    agentPage = await signInAs(browser, t.url, 'aoi@example.com', 'agent password 1');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('the admin keeps the categories, and closing requires one', async () => {
    await admin.goto(`${t.url}/#/admin`);
    for (const name of ['Billing', 'Shipping', 'Other']) {
      await admin.getByLabel('New category').fill(name);
      await admin.getByRole('button', { name: 'Add category' }).click();
    }
    // The API's refusal is shown as it says it.
    await admin.getByLabel('Category 3').fill('Billing');
    await admin.getByRole('button', { name: 'Save categories' }).click();
    await admin.getByRole('alert').getByText('categories lists "Billing" twice').waitFor();
    await admin.getByLabel('Category 3').fill('Other, misc');
    await admin.getByLabel('Required when closing a conversation').check();
    await admin.getByRole('button', { name: 'Save categories' }).click();
    await admin.getByText('Categories saved').waitFor();
    expect((await t.api('GET', '/api/settings/categories')).body).toMatchObject({ categories: ['Billing', 'Shipping', 'Other, misc'], required: true });
    await admin.getByRole('heading', { name: 'Conversation categories' }).scrollIntoViewIfNeeded();
    await admin.screenshot({ path: `${screenshotDir}admin-categories.png` });
  });

  it('customers write, agents answer and close with categories, customers rate', async () => {
    const agents = {
      aoi: await signInApi(t.url, 'aoi@example.com', 'agent password 1'),
      sora: await signInApi(t.url, 'sora@example.com', 'agent password 2'),
    };
    for (const c of customers) {
      await t.api('PUT', `/api/simulator/contacts/${c.id}/profile`, { displayName: c.name });
      await t.api('POST', `/api/simulator/contacts/${c.id}/messages`, { text: `Hello, this is ${c.name}` });
      conversationOf[c.id] = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${c.id}`)).body.conversations[0]?.id);
    }
    for (const c of customers) {
      if (!c.agent) continue;
      const agent = agents[c.agent];
      const id = conversationOf[c.id];
      expect((await t.api('POST', `/api/conversations/${id}/assign`, { userId: agent.id, team: c.team })).status).toBeLessThan(300);
      await eventually(async () => (await t.api('GET', `/api/conversations/${id}`)).body.conversation.assignee === agent.id);
      expect((await agent.call('POST', `/api/conversations/${id}/messages`, { text: `Hi ${c.name}, how can I help?` })).status).toBe(202);
      await eventually(async () => (await simulated(c.id)).some((m) => m.author === 'agent'));
    }

    // Hana's conversation is closed in the inbox: the dialog offers the categories and will not close without one.
    await agentPage.goto(`${t.url}/#/inbox/${conversationOf['sim-report-hana']}`);
    await agentPage.getByRole('button', { name: 'Close', exact: true }).click();
    const dialog = agentPage.getByRole('dialog', { name: 'Close the conversation' });
    await dialog.getByText('Other, misc').waitFor();
    expect(await dialog.getByRole('button', { name: 'Close conversation' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Billing').check();
    await dialog.getByLabel('Summary (optional)').fill('Refunded the double charge');
    await agentPage.screenshot({ path: `${screenshotDir}inbox-close-dialog.png` });
    await dialog.getByRole('button', { name: 'Close conversation' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The others through the API; a close without a category is refused while one is required.
    const ken = conversationOf['sim-report-ken'];
    expect((await agents.aoi.call('POST', `/api/conversations/${ken}/close`, {})).status).toBe(400);
    expect((await agents.aoi.call('POST', `/api/conversations/${ken}/close`, { category: 'Shipping' })).status).toBe(202);
    const mai = conversationOf['sim-report-mai'];
    expect((await agents.sora.call('POST', `/api/conversations/${mai}/close`, { category: 'Billing', summary: 'Asked twice, "urgent"' })).status).toBe(202);

    // The CSAT workflow asks each closed conversation's customer; they answer by tapping a score.
    for (const c of customers) {
      if (c.score === null) continue;
      const survey = await eventually(async () => (await simulated(c.id)).find((m) => m.direction === 'out' && m.content?.quickReply));
      const item = survey.content.quickReply.items.find((i: any) => i.action.data.endsWith(`rating=${c.score}`));
      await t.api('POST', `/api/simulator/contacts/${c.id}/messages`, { postbackData: item.action.data, displayText: String(c.score) });
    }
    await eventually(
      async () => (await t.api('GET', `/api/reports/csat?from=${aroundToday.from}&to=${aroundToday.to}`)).body?.csat?.responses === 3,
      15_000,
      'three CSAT answers',
    );
  }, 120_000);

  it('Overview shows the numbers, beside the previous period', async () => {
    await openReport('overview');
    await expect.poll(() => admin.getByTestId('stat-opened-value').textContent()).toBe('4');
    expect(await admin.getByTestId('stat-closed-value').textContent()).toBe('3');
    expect(await admin.getByTestId('stat-open-value').textContent()).toBe('1');
    expect(await admin.getByTestId('stat-new-contacts-value').textContent()).toBe('4');
    expect(await admin.getByTestId('stat-csat-value').textContent()).toBe('3.7');
    expect(await admin.getByTestId('stat-first-response-value').textContent()).toMatch(/^\d+s$|^\d+m \d\ds$/);
    await admin.getByText('previous 0').first().waitFor();
    await admin.getByText('How these numbers are counted').waitFor();
    expect(await admin.getByRole('img', { name: 'Conversations over time' }).count()).toBe(1);
    await shot(admin, 'reports-overview');
  });

  it('a day without conversations says so instead of drawing empty charts', async () => {
    await admin.goto(`${t.url}/#/reports/overview?preset=yesterday`);
    await expect.poll(() => admin.getByTestId('stat-opened-value').textContent()).toBe('0');
    await expect.poll(() => admin.getByText('No data in this range').count()).toBe(2);
  });

  it('a filter is kept in the URL and narrows the numbers', async () => {
    await openReport('overview', '&team=Support');
    await expect.poll(() => admin.getByTestId('stat-opened-value').textContent()).toBe('2');
    expect(await admin.getByLabel('Team').inputValue()).toBe('Support');
    // Custom starts from the range shown (today), and keeps its days in the URL.
    await admin.getByLabel('Dates').selectOption('custom');
    await expect.poll(() => admin.url()).toMatch(/preset=custom&from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
    expect(await admin.getByLabel('From', { exact: true }).inputValue()).toBe(await admin.getByLabel('To', { exact: true }).inputValue());
    await expect.poll(() => admin.getByTestId('stat-opened-value').textContent()).toBe('2');
    await admin.getByLabel('Category').selectOption('Billing');
    await expect.poll(() => admin.url()).toContain('category=Billing');
    await expect.poll(() => admin.getByTestId('stat-closed-value').textContent()).toBe('1');
    await admin.reload();
    await expect.poll(() => admin.getByTestId('stat-closed-value').textContent()).toBe('1');
    expect(await admin.getByLabel('Category').inputValue()).toBe('Billing');
  });

  it('Responses shows the buckets and the weekday × hour heatmap', async () => {
    await openReport('responses');
    await expect.poll(() => admin.getByTestId('stat-responded-value').textContent()).toBe('3');
    expect(await admin.getByRole('img', { name: 'Conversations by first response time' }).count()).toBe(1);
    const cells = await admin.getByTestId('heatmap').locator('td').allTextContents();
    expect(cells.map((c) => Number(c || 0)).reduce((a, b) => a + b, 0)).toBe(4);
    await shot(admin, 'reports-responses');
  });

  it('Agents & teams shows each agent and team', async () => {
    await openReport('agents');
    const aoi = admin.getByTestId('agents-table').getByRole('row', { name: /Aoi/ });
    await expect.poll(() => aoi.locator('td').allTextContents()).toEqual(expect.arrayContaining(['Aoi']));
    const cells = await aoi.locator('td').allTextContents();
    expect(cells.slice(0, 4)).toEqual(['Aoi', '2', '2', '2']);
    await admin
      .getByTestId('teams-table')
      .getByRole('row', { name: /Senior/ })
      .waitFor();
    await shot(admin, 'reports-agents');
  });

  it('CSAT shows the distribution and the answers, filterable by score', async () => {
    await openReport('csat');
    await expect.poll(() => admin.getByTestId('stat-csat-responses-value').textContent()).toBe('3');
    expect(await admin.getByTestId('csat-table').locator('tbody tr').count()).toBe(3);
    await shot(admin, 'reports-csat');
    await admin.getByLabel('Only responses with score').selectOption('2');
    await expect.poll(() => admin.getByTestId('csat-table').locator('tbody tr').count()).toBe(1);
    const row = admin.getByTestId('csat-table').locator('tbody tr');
    expect(await row.locator('td').nth(2).textContent()).toBe('Mai');
    expect(await row.getByRole('link', { name: 'Open in inbox' }).getAttribute('href')).toBe(`#/inbox/${conversationOf['sim-report-mai']}`);
  });

  it('Workflows shows runs per version and a funnel', async () => {
    await openReport('workflows');
    const row = admin.getByTestId('workflows-table').getByRole('row', { name: /CSAT on close/ });
    await row.waitFor();
    await row.getByRole('button', { name: 'Show funnel' }).click();
    const funnel = admin.getByTestId('funnel');
    await funnel.getByRole('row', { name: /rate-support/ }).waitFor();
    const rating = await funnel
      .getByRole('row', { name: /rate-support/ })
      .locator('td')
      .allTextContents();
    expect(rating[2]).toBe('3');
    await shot(admin, 'reports-workflows');
  });

  it('Contacts & messages shows new contacts and traffic', async () => {
    await openReport('contacts-messages');
    await expect.poll(() => admin.getByTestId('stat-contacts-new-value').textContent()).toBe('4');
    expect(await admin.getByTestId('stat-messages-agents-value').textContent()).toBe('3');
    await shot(admin, 'reports-contacts-messages');
  });

  it('Conversations log lists every conversation and downloads the CSV', async () => {
    await openReport('conversations');
    await expect.poll(() => admin.getByTestId('conversations-table').locator('tbody tr').count()).toBe(4);
    await admin.getByTestId('conversations-table').getByRole('cell', { name: 'Refunded the double charge' }).waitFor();
    const href = (await admin.getByRole('link', { name: 'Download CSV' }).getAttribute('href')) as string;
    const csv = await admin.evaluate(async (url) => (await fetch(url)).text(), href);
    expect(csv.trim().split(/\r?\n/)).toHaveLength(5);
    const download = admin.waitForEvent('download');
    await admin.getByTestId('conversations-table').getByRole('button', { name: 'Export CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('conversations-log.csv');
    const exported = readFileSync(await file.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(exported).toHaveLength(5);
    expect(exported[0]).toMatch(/^Opened,Conversation,Contact,Opened by,Closed,Closed by,Category,Summary,/);
    expect(exported.find((line) => line.includes(',Mai,'))).toContain(',Billing,"Asked twice, ""urgent""",');
    await shot(admin, 'reports-conversations');
  });
});
