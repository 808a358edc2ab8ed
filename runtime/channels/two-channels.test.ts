import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const examplesDir = new URL('../../examples/', import.meta.url);
const taiwan = { id: 'tw', secret: 'b'.repeat(32), token: 'taiwan-channel-access-token' };
const user = 'U2c0ffee00000000000000000000000a1';

/**
 * Two LINE Official Accounts in one LineFlow: the environment's default channel and a stored
 * one. The same LINE user id on each is two contacts; each channel's webhooks are checked with
 * its own secret and answered with its own token; a workflow limited to one channel runs only there.
 */
describe('two channels side by side', () => {
  let t: TestRuntime;

  beforeAll(async () => {
    t = await startTestRuntime();
    const { store, secrets } = t.runtime.services;
    const at = new Date().toISOString();
    await store.channels.put({
      id: taiwan.id,
      name: 'LineFlow Taiwan',
      channelSecret: secrets.seal(taiwan.secret),
      channelAccessToken: secrets.seal(taiwan.token),
      createdAt: at,
      updatedAt: at,
    });
    await t.runtime.services.channelsChanged();
    // The FAQ menu only for Taiwan; the default channel has no workflow for "menu".
    const faq = JSON.parse(readFileSync(new URL('faq-menu.json', examplesDir), 'utf8'));
    faq.settings.channels = [taiwan.id];
    expect((await t.api('POST', '/api/workflows', faq)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/faq-menu/publish')).status).toBe(201);
  });
  afterAll(() => t?.stop());

  const post = async (path: string, secret: string, events: unknown[]) => {
    const raw = JSON.stringify({ destination: 'Ubot', events });
    const response = await fetch(`${t.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': createHmac('sha256', secret).update(raw).digest('base64') },
      body: raw,
    });
    return response.status;
  };

  it("answers each channel's customer with that channel's token, and keeps the contacts apart", async () => {
    const line = t.line!;
    expect(await post(`/webhook/line/${taiwan.id}`, taiwan.secret, [lineEvent(line, user, textMessage('menu'))])).toBe(200);
    const reply = await eventually(() => line.calls.find((c) => c.endpoint === 'reply' && c.status === 200), 10_000, 'the reply on the Taiwan channel');
    expect(reply.token).toBe(taiwan.token);
    expect(reply.body.messages[0].text).toBe('How can we help?');

    // The same user id on the default channel: another contact, and the Taiwan-only workflow does not run.
    expect(await t.webhook([lineEvent(line, user, textMessage('menu'))])).toMatchObject({ status: 200 });
    const contacts = await eventually(async () => {
      const listed = (await t.api('GET', '/api/contacts')).body.contacts as { id: string; channelId?: string }[];
      return listed.length === 2 ? listed : null;
    });
    expect(contacts.map((c) => [c.id, c.channelId]).sort()).toEqual([
      [user, 'default'],
      [`${taiwan.id}~${user}`, taiwan.id],
    ]);
    const defaultConversations = await eventually(async () => {
      const listed = (await t.api('GET', '/api/conversations?channel=default')).body.conversations as { contactId: string }[];
      return listed.length === 1 ? listed : null;
    });
    expect(defaultConversations[0].contactId).toBe(user);
    // Once the default channel's event is handled (not merely filed), nothing went out on it.
    await eventually(async () => {
      const { events } = (await t.api('GET', `/api/inbound-events?contactId=${user}`)).body as { events: { outcome: string }[] };
      return events.length === 1 && events[0].outcome === 'applied';
    });
    expect(line.delivered.filter((d) => d.token !== taiwan.token)).toEqual([]);

    const taiwanConversations = (await t.api('GET', `/api/conversations?channel=${taiwan.id}`)).body.conversations as { id: string; contactId: string }[];
    expect(taiwanConversations.map((c) => c.contactId)).toEqual([`${taiwan.id}~${user}`]);
    const listedContacts = (await t.api('GET', `/api/contacts?channel=${taiwan.id}`)).body.contacts as { id: string }[];
    expect(listedContacts.map((c) => c.id)).toEqual([`${taiwan.id}~${user}`]);

    // An agent's reply goes out through the conversation's channel, to the LINE user id.
    const sent = await t.api('POST', `/api/conversations/${taiwanConversations[0].id}/messages`, { text: 'An agent here' });
    expect(sent.status).toBe(202);
    const agentMessage = await eventually(() => line.delivered.find((d) => d.messages.some((m) => m.text === 'An agent here')));
    expect(agentMessage).toMatchObject({ userId: user, token: taiwan.token });
  });

  it("refuses a body signed with another channel's secret, and names an unknown channel", async () => {
    const event = lineEvent(t.line, user, textMessage('hello'));
    expect(await post(`/webhook/line/${taiwan.id}`, 'c'.repeat(32), [event])).toBe(401);
    expect(await post('/webhook/line/nowhere', taiwan.secret, [event])).toBe(404);
  });

  it('never merges contacts of two channels', async () => {
    const merged = await t.api('POST', `/api/contacts/${encodeURIComponent(`${taiwan.id}~${user}`)}/merge`, { into: user });
    expect(merged.status).toBe(400);
    expect(merged.body.error).toContain('two LINE channels');
  });

  it('counts a channel in reports only where its conversations are', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const opened = async (channel: string) =>
      (await t.api('GET', `/api/reports/overview?from=${today}&to=${today}&channel=${channel}`)).body.conversations.opened as number;
    expect(await opened(taiwan.id)).toBe(1);
    expect(await opened('default')).toBe(1);
    expect(await opened('elsewhere')).toBe(0);
  });
});
