import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, postback, startTestRuntime, textMessage, type TestRuntime } from '../runtime/testing/test-runtime';
import { launchBrowser, screenshot, signInAs } from './browser';

/** Keeps every desktop notification the page creates in `window.__notifications`, passing it on to the browser's own. */
const captureNotifications = `
  window.__notifications = [];
  const Real = window.Notification;
  class Captured extends Real {
    constructor(title, options) {
      super(title, options);
      window.__notifications.push({ title, body: options && options.body });
    }
  }
  Object.defineProperty(Captured, 'permission', { get: () => Real.permission });
  Captured.requestPermission = (...args) => Real.requestPermission(...args);
  window.Notification = Captured;
`;

describe('a conversation in the inbox: notifications, saved replies, the timeline', () => {
  let t: TestRuntime;
  let browser: Browser;
  let admin: Page;
  let agent: Page;
  let aoiId: string;
  const customer = 'Uinboxconv0000000000000000000001';

  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    aoiId = (await t.api('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', status: 'online', password: 'agent password 1' })).body.id;
    // The FAQ menu's assign step picks from the Support team: Ken, the one there.
    await t.api('POST', '/api/users', { email: 'ken@example.com', name: 'Ken', teams: ['Support'], status: 'online' });
    await t.api('POST', '/api/saved-replies', {
      scope: 'shared',
      code: 'thanks',
      title: 'Thank and check the order',
      text: 'Thank you, {{contact.displayName}}! I am checking your order now.',
    });
    await t.api('POST', '/api/saved-replies', { scope: 'shared', code: 'hours', title: 'Opening hours', text: 'We are open 9:00–18:00 on weekdays.' });
    t.line?.profiles.set(customer, { userId: customer, displayName: 'Sato Hanako', language: 'ja' });
    browser = await launchBrowser();
    admin = await signInAs(browser, t.url, 'ada@example.com', 'admin password 1');

    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(captureNotifications);
    agent = await context.newPage();
    agent.on('pageerror', (error) => process.stderr.write(`[browser] ${error.stack ?? error.message}\n`));
    await agent.goto(`${t.url}/#/`);
    await agent.getByLabel('Email').fill('aoi@example.com');
    await agent.getByLabel('Password').fill('agent password 1');
    await agent.getByRole('button', { name: 'Sign in' }).click();
    await agent.getByTestId('viewer').waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.stop();
  });

  it('the agent turns notifications on, is told of a transfer to them and of the customer’s new message', async () => {
    // Asked only when the agent says so: a banner, never a prompt on load.
    const banner = agent.getByRole('region', { name: 'Desktop notifications' });
    await banner.waitFor();
    await agent.context().grantPermissions(['notifications'], { origin: t.url });
    await banner.getByRole('button', { name: 'Turn on notifications' }).click();
    await banner.waitFor({ state: 'detached' });

    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
    const [menu] = await messagesDelivered(t.line, customer, 1);
    const talk = menu.quickReply.items.find((i: any) => i.action.label === 'Talk to an agent').action.data;
    await t.webhook([lineEvent(t.line, customer, postback(talk))]);
    const conversation = await eventually(async () =>
      (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations.find((c: any) => c.assignee),
    );

    // The admin transfers it from Ken (the workflow's pick) to Aoi, in the conversation view.
    await admin.goto(`${t.url}/#/inbox/${conversation.id}`);
    await admin.getByLabel('Agent').selectOption(aoiId);
    const notifications = () => agent.evaluate(() => (window as unknown as { __notifications: { title: string; body: string }[] }).__notifications);
    await eventually(async () => (await notifications()).find((n) => n.title === 'A conversation was assigned to you'), 10_000, 'the assignment notification');
    expect((await notifications()).at(-1)?.body).toBe('Sato Hanako is waiting for an answer');

    await t.webhook([lineEvent(t.line, customer, textMessage('Where is my order #1234?'))]);
    const message = await eventually(
      async () => (await notifications()).find((n) => n.title === 'New message from Sato Hanako'),
      10_000,
      'the message notification',
    );
    expect(message.body).toBe('Where is my order #1234?');
    await eventually(async () => (await agent.title()) === '(1) Inbox — LineFlow', 10_000, 'the unread count in the title');
  });

  it('the agent types “/” and inserts a saved reply with the contact’s name filled', async () => {
    const { id } = (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations[0];
    await agent.goto(`${t.url}/#/inbox/${id}`);
    await eventually(async () => (await agent.title()) === 'Inbox — LineFlow', 10_000, 'the count cleared once read');
    // The agent keeps one of their own beside the shared ones.
    await agent.getByRole('button', { name: 'Saved replies' }).click();
    const panel = agent.getByRole('dialog', { name: 'My saved replies' });
    await panel.getByRole('button', { name: 'Add a saved reply' }).click();
    await panel.getByLabel('Code (typed after “/”)').fill('bye');
    await panel.getByLabel('Text').fill('Goodbye, {{contact.displayName}}!');
    await panel.getByRole('button', { name: 'Save' }).click();
    await panel.getByRole('cell', { name: '/bye' }).waitFor();
    await panel.getByRole('button', { name: 'Done' }).click();
    await panel.waitFor({ state: 'detached' });

    const field = agent.getByLabel('Reply to the customer');
    await field.fill('Hello! /');
    const picker = agent.getByRole('listbox', { name: 'Saved replies' });
    await eventually(async () => (await picker.getByRole('option').count()) === 3, 10_000, 'the shared replies and the agent’s own');
    await field.pressSequentially('th');
    expect(await picker.getByRole('option').count()).toBe(1);
    await screenshot(agent, 'inbox-saved-reply');
    await field.press('Enter');
    await picker.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('Hello! Thank you, Sato Hanako! I am checking your order now.');
    await field.press('Enter');
    await eventually(
      async () => t.line?.textsTo(customer).includes('Hello! Thank you, Sato Hanako! I am checking your order now.'),
      10_000,
      'the reply on LINE',
    );

    // Escape closes the list without inserting anything.
    await field.fill('/ho');
    await picker.getByRole('option').first().waitFor();
    await field.press('Escape');
    await picker.waitFor({ state: 'detached' });
    expect(await field.inputValue()).toBe('/ho');
    await field.fill('');
  });

  it('the timeline tells the assignment by the workflow, then the transfer by the admin, and the tap by its label', async () => {
    const timeline = agent.getByTestId('timeline-entry');
    await agent.getByText('Transferred from Ken to Aoi (team Support) by Ada').waitFor();
    const texts = await timeline.allInnerTexts();
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Assigned to Ken (team Support) by the “FAQ menu” workflow (step “Assign”)'),
        expect.stringContaining('Transferred from Ken to Aoi (team Support) by Ada'),
      ]),
    );
    await agent.getByText('Chose “Talk to an agent”').waitFor();
    // A tag added in another browser appears here without a reload.
    const { id } = (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations[0];
    await admin.goto(`${t.url}/#/inbox/${id}`);
    await admin.getByLabel('Add a tag').fill('vip');
    await admin.getByLabel('Add a tag').press('Enter');
    await agent.getByText('Ada added the tag “vip”').waitFor();
    await agent.getByRole('button', { name: 'Remove tag vip' }).waitFor();
    await agent.getByText('Ada added the tag “vip”').scrollIntoViewIfNeeded();
    await screenshot(agent, 'inbox-timeline');
  });
});
