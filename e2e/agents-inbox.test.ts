import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../runtime/testing/fake-crm';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

const example = (name: string) => JSON.parse(readFileSync(new URL(`../examples/${name}.json`, import.meta.url), 'utf8'));

describe('an admin and an agent, each in their own browser', () => {
  let t: TestRuntime;
  let browser: Browser;
  let admin: Page;
  let agent: Page;
  let crm: FakeCrm;

  beforeAll(async () => {
    crm = await startFakeCrm();
    t = await startTestRuntime({ env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}` } });
    await t.publishExample('faq-menu');
    await t.publishExample('csat-on-close');
    const escalate = example('shortcut-escalate');
    escalate.settings.variables[0].defaultValue = crm.ticketsUrl;
    await t.api('POST', '/api/workflows', escalate);
    await t.api('POST', '/api/workflows/shortcut-escalate/publish');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', {
      email: 'aoi@example.com',
      name: 'Aoi',
      role: 'agent',
      teams: ['Support'],
      status: 'online',
      password: 'agent password 1',
    });
    await t.api('POST', '/api/users', { email: 'sora@example.com', name: 'Sora', role: 'agent', teams: ['Senior'], status: 'online' });
    // A team with nobody in it yet: the transfer list offers it all the same (teams are records, not people's words).
    expect((await t.api('POST', '/api/teams', { name: 'Night shift' })).status).toBe(201);
    browser = await launchBrowser();
    admin = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');
    agent = await signInAs(browser, t.url, 'aoi@example.com', 'agent password 1');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
    await crm?.stop();
  });

  it('the admin manages people; agents do not see that screen', async () => {
    await admin.goto(`${t.url}/#/admin`);
    await admin.getByLabel("New user's email").fill('kai@example.com');
    await admin.getByLabel("New user's name").fill('Kai');
    await admin.getByLabel("New user's teams").fill('English, Support');
    await admin.getByLabel("New user's password").fill('kai password 12');
    await admin.getByRole('button', { name: 'Add', exact: true }).click();
    await admin.getByText('kai@example.com can now sign in').waitFor();
    await admin.getByRole('cell', { name: 'English, Support' }).waitFor();
    await screenshot(admin, 'admin-people');
    expect(await agent.getByRole('link', { name: 'People and channel' }).count()).toBe(0);
    const kai = (await t.api('GET', '/api/users')).body.users.find((u: any) => u.email === 'kai@example.com');
    expect(kai).toMatchObject({ name: 'Kai', role: 'agent', teams: ['English', 'Support'], canSignIn: true });
    await t.api('PATCH', `/api/users/${kai.id}`, { teams: ['English'] });
    await admin.getByRole('button', { name: 'Save business hours' }).click();
    await admin.getByText('Business hours saved').waitFor();
    expect((await t.api('GET', '/api/settings/business-hours')).body.businessHours.timezone).toBe('Asia/Tokyo');
  });

  it('the admin can publish; the agent cannot (no button, and 403 from the API)', async () => {
    await admin.goto(`${t.url}/#/workflows/faq-menu`);
    await admin.getByRole('button', { name: 'Publish' }).waitFor();
    // The test chat works for a signed-in admin too (cookie, no token).
    await admin.getByRole('button', { name: 'Test' }).click();
    const chat = admin.getByRole('complementary', { name: 'Test chat' });
    await chat.getByLabel('Message').fill('menu');
    await chat.getByRole('button', { name: 'Send' }).click();
    await chat.locator('.bubble.from-bot').getByText('How can we help?').waitFor();
    await admin.getByRole('button', { name: 'Close test chat' }).click();
    await agent.goto(`${t.url}/#/workflows/faq-menu`);
    await agent.getByText('Read only: agents can look, admins change').waitFor();
    expect(await agent.getByRole('button', { name: 'Publish' }).count()).toBe(0);
    await screenshot(agent, 'agent-read-only-workflow');
    const answer = await agent.evaluate(async () => {
      const { csrfToken } = await (await fetch('/api/session')).json();
      const response = await fetch('/api/workflows/faq-menu/publish', { method: 'POST', headers: { 'x-csrf-token': csrfToken } });
      return { status: response.status, body: await response.json() };
    });
    expect(answer).toEqual({ status: 403, body: { error: 'Only admins may do this' } });
  });

  it('a customer asks for an agent; the agent sees it live, escalates, replies and closes; the customer gets the survey', async () => {
    await agent.goto(`${t.url}/#/inbox`);
    await agent.getByText('No conversations here.').waitFor();
    const user = 'Ucustomer00000000000000000000001';
    t.line?.profiles.set(user, { userId: user, displayName: 'Niran', language: 'th' });
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await t.webhook([lineEvent(t.line, user, postback('choice=agent'))]);
    await messagesDelivered(t.line, user, 2);

    // Assigned by round robin to Aoi, the only Support agent: it appears without a reload.
    const item = agent.getByTestId(`conversation-${user}`);
    await item.waitFor({ timeout: 15_000 });
    await screenshot(agent, 'agent-inbox-live');
    await item.click();
    await agent.getByTestId('transcript').getByText('An agent will be with you shortly.').waitFor();

    // The Escalate shortcut asks for its field, then runs: CRM ticket, team Senior, customer told.
    await agent.keyboard.press('Control+k');
    await agent.getByLabel('Find a shortcut').fill('esc');
    await agent.keyboard.press('Enter');
    await agent.getByLabel('Reason for escalating').fill('Wants a refund');
    await agent.getByRole('button', { name: 'Run' }).click();
    await messagesDelivered(t.line, user, 3);
    expect(t.line?.textsTo(user)[2]).toBe('Your case has been escalated to a senior agent.');
    expect(crm.calls.at(-1)?.body).toMatchObject({ lineUserId: user, name: 'Niran', reason: 'Wants a refund' });
    await expect.poll(() => agent.getByLabel('Team', { exact: true }).inputValue(), { timeout: 10_000 }).toBe('Senior');
    expect(await agent.getByLabel('Team', { exact: true }).locator('option').allInnerTexts()).toEqual(
      expect.arrayContaining(['Night shift', 'Senior', 'Support']),
    );
    await agent.getByTestId('transcript').getByText('CRM ticket CRM-1 created for this escalation.').waitFor();

    await agent.getByLabel('Reply to the customer').fill('A senior colleague is looking at it now.');
    await agent.getByRole('button', { name: 'Send' }).click();
    await messagesDelivered(t.line, user, 4);
    expect(t.line?.textsTo(user)[3]).toBe('A senior colleague is looking at it now.');
    await screenshot(agent, 'agent-conversation');

    await agent.getByRole('button', { name: 'Close', exact: true }).click();
    const [, , , , survey] = await messagesDelivered(t.line, user, 5);
    expect(survey.text).toBe('How satisfied are you with our support?');
    await t.webhook([lineEvent(t.line, user, postback(survey.quickReply.items[4].action.data))]);
    await messagesDelivered(t.line, user, 6);
    expect(t.line?.textsTo(user)[5]).toBe('Thank you for your rating!');
    const [rating] = await eventually(async () => {
      const found = await t.runtime.services.store.csatResponses.find({ contactId: user });
      return found.length ? found : null;
    });
    expect(rating).toMatchObject({ score: 5, scale: 5, workflowId: 'csat-on-close' });
  }, 120_000);

  it('merges a second profile of the customer after a preview', async () => {
    const user = 'Ucustomer00000000000000000000001';
    const other = 'Ucustomer00000000000000000000002';
    t.line?.profiles.set(other, { userId: other, displayName: 'Niran (work phone)' });
    await t.webhook([lineEvent(t.line, other, textMessage('hello'))]);
    await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${other}`)).body.conversations.length === 1);
    const mine = (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations[0];
    await agent.goto(`${t.url}/#/inbox/${mine.id}`);
    await agent.getByRole('button', { name: 'Merge another profile into this one…' }).click();
    await agent.getByLabel('Find a contact').fill('work');
    await agent.getByRole('button', { name: 'Niran (work phone)' }).click();
    await agent.getByText('Moves 1 conversation(s)').waitFor();
    await screenshot(agent, 'merge-preview');
    await agent.getByRole('button', { name: 'Merge', exact: true }).click();
    await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${user}`)).body.conversations.length === 2);
    expect((await t.runtime.services.store.contacts.get(other))?.mergedInto).toBe(user);
  });
});
