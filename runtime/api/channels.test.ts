import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelIdPattern, contactIdFor } from '../channels/contact-address';
import { fakeChannels, type FakeChannels } from '../testing/fake-line/channel-routes';
import { fakeBot, postChannelWebhook } from '../testing/fake-line/fake-bot';
import { signInClient } from '../testing/sign-in-client';
import { eventually, lineEvent, startTestRuntime, testChannelSecret, textMessage, type TestRuntime } from '../testing/test-runtime';

describe('connecting a LINE channel', () => {
  let t: TestRuntime;
  let line: FakeChannels;
  beforeAll(async () => {
    t = await startTestRuntime();
    line = fakeChannels(t.line!);
    // LINE reaches this server at its own address (the fake takes http for loopback only: see channel-routes.ts).
    t.config.publicUrl = t.url;
  });
  afterAll(() => t.stop());

  const connect = (bot: { secret: string; token: string }, name = 'Japan') =>
    t.api('POST', '/api/channels', { name, channelSecret: bot.secret, channelAccessToken: bot.token });

  it("checks the token with LINE, shows the account, sets the webhook URL and LINE's test reaches LineFlow", async () => {
    const bot = line.register(fakeBot('LineFlow Japan'));
    const answer = await connect(bot);
    expect(answer.status).toBe(201);
    const channel = answer.body;
    expect(channel.id).toMatch(/^c[a-z2-7]{7}$/);
    expect(channel.id).toMatch(channelIdPattern);
    const url = `${t.url}/webhook/line/${channel.id}`;
    expect(channel).toMatchObject({
      name: 'Japan',
      source: 'stored',
      webhookUrl: url,
      bot: { displayName: 'LineFlow Japan', basicId: bot.basicId, userId: bot.userId, pictureUrl: bot.pictureUrl },
      webhook: { url, active: true, test: { success: true, statusCode: 200, reason: 'OK' } },
      webhookOk: true,
      webhookSummary: `LINE reached ${url} and got 200. Webhooks work.`,
    });
    // LINE was told the URL, and its signed test body really reached LineFlow's webhook, which took it.
    expect(bot.endpoint).toBe(url);
    expect(line.webhookTests.at(-1)).toMatchObject({ token: bot.token, endpoint: url, statusCode: 200 });

    // Sealed at rest, never answered back, never in the audit log.
    const stored = JSON.stringify(await t.runtime.services.store.channels.get(channel.id));
    const listed = await t.api('GET', '/api/channels');
    const audit = await eventually(async () => {
      const { body } = await t.api('GET', `/api/audit-log?target=${channel.id}`);
      return body.entries.find((e: any) => e.action === 'channel.connected');
    });
    expect(audit).toMatchObject({ target: { type: 'channel', id: channel.id }, changes: { fields: ['name', 'channelSecret', 'channelAccessToken'] } });
    for (const text of [stored, JSON.stringify(listed.body), JSON.stringify(audit)]) {
      expect(text).not.toContain(bot.secret);
      expect(text).not.toContain(bot.token);
    }
    expect(listed.body.channels.map((c: any) => [c.id, c.source])).toEqual([
      ['default', 'environment'],
      [channel.id, 'stored'],
    ]);

    // The channel works: an event on its URL becomes a contact of that channel, answered with its token.
    const customer = `U${'1'.repeat(32)}`;
    await t.publishExample('faq-menu');
    expect(await postChannelWebhook(t.url, channel.id, bot.secret, [lineEvent(t.line, customer, textMessage('menu'))])).toBe(200);
    await eventually(() => t.line?.delivered.find((d) => d.userId === customer && d.token === bot.token));
    expect(await t.runtime.services.store.contacts.get(contactIdFor(channel.id, customer))).not.toBeNull();
  });

  it('names a token LINE refuses, and a secret that is not one, storing nothing', async () => {
    const before = (await t.api('GET', '/api/channels')).body.channels.length;
    const refused = await t.api('POST', '/api/channels', { name: 'Typo', channelSecret: 'a'.repeat(32), channelAccessToken: 'not-a-real-token' });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatch(/^LINE refused this channel access token/);
    const badSecret = await connect({ ...fakeBot('Other'), secret: 'my-secret' });
    expect(badSecret.status).toBe(400);
    expect(badSecret.body.error).toContain('channelSecret must be the 32 hexadecimal digits');
    expect((await t.api('GET', '/api/channels')).body.channels.length).toBe(before);
  });

  it('refuses the same LINE account twice', async () => {
    const bot = line.register(fakeBot('Twice'));
    expect((await connect(bot, 'Once')).status).toBe(201);
    const again = await connect(bot, 'Twice');
    expect(again.status).toBe(409);
    expect(again.body.error).toContain('already connected as the channel “Once”');
  });

  it('connects without PUBLIC_URL, and the webhook step says what to do', async () => {
    t.config.publicUrl = undefined;
    try {
      const bot = line.register(fakeBot('No URL'));
      const answer = await connect(bot, 'No URL');
      expect(answer.status).toBe(201);
      expect(answer.body).toMatchObject({ webhookUrl: null, webhook: null, webhookOk: false, bot: { displayName: 'No URL' } });
      expect(answer.body.webhookSummary).toMatch(/^PUBLIC_URL is not set: LINE cannot reach this server\. Set it to the HTTPS address/);
      expect(bot.endpoint).toBeUndefined();
      const test = await t.api('POST', `/api/channels/${answer.body.id}/webhook-test`);
      expect(test.status).toBe(409);
      expect(test.body.error).toMatch(/^PUBLIC_URL is not set/);
    } finally {
      t.config.publicUrl = t.url;
    }
  });

  it('passes on LINE refusing an http:// webhook URL, saying to put HTTPS in front', async () => {
    t.config.publicUrl = 'http://lineflow.example.com';
    try {
      const bot = line.register(fakeBot('Plain HTTP'));
      const answer = await connect(bot, 'Plain HTTP');
      expect(answer.status).toBe(201);
      expect(answer.body.webhookOk).toBe(false);
      expect(answer.body.webhookSummary).toContain(`LINE refused the webhook URL http://lineflow.example.com/webhook/line/${answer.body.id}`);
      expect(answer.body.webhookSummary).toContain('LINE only sends webhooks to HTTPS addresses');
      expect(bot.endpoint).toBeUndefined();
    } finally {
      t.config.publicUrl = t.url;
    }
  });

  it('renames without asking LINE; a wrong secret fails the webhook test in words, the right one passes', async () => {
    const bot = line.register(fakeBot('Thailand'));
    const { id } = (await connect(bot, 'Thailand')).body;
    const calls = t.line!.calls.length;
    const renamed = await t.api('PATCH', `/api/channels/${id}`, { name: 'Thailand (TH)' });
    expect(renamed.body.name).toBe('Thailand (TH)');
    expect(t.line!.calls.length).toBe(calls);

    const wrong = await t.api('PATCH', `/api/channels/${id}`, { channelSecret: 'f'.repeat(32) });
    expect(wrong.status).toBe(200);
    expect(wrong.body.webhook.test).toMatchObject({ success: false, statusCode: 401 });
    expect(wrong.body.webhookSummary).toContain("got 401: LineFlow could not verify LINE's signature");
    const right = await t.api('PATCH', `/api/channels/${id}`, { channelSecret: bot.secret });
    expect(right.body).toMatchObject({ webhookOk: true, webhook: { test: { statusCode: 200 } } });

    const other = line.register(fakeBot('Someone else'));
    const foreign = await t.api('PATCH', `/api/channels/${id}`, { channelAccessToken: other.token });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error).toContain('belongs to the LINE account “Someone else”');
    const reissued = line.register({ ...bot, token: `${bot.token}-reissued` });
    const replaced = await t.api('PATCH', `/api/channels/${id}`, { channelAccessToken: reissued.token });
    expect(replaced.status).toBe(200);
    expect(t.line!.calls.at(-1)?.token).toBe(reissued.token);
  });

  it('tests the default channel from the environment, and refuses to change or remove it here', async () => {
    line.register(fakeBot('Default OA', { token: 'test-access-token', secret: testChannelSecret }));
    const tested = await t.api('POST', '/api/channels/default/webhook-test');
    expect(tested.status).toBe(200);
    expect(tested.body).toMatchObject({ id: 'default', source: 'environment', bot: { displayName: 'Default OA' }, webhookOk: true });
    expect(tested.body.webhookSummary).toBe(`LINE reached ${t.url}/webhook/line and got 200. Webhooks work.`);
    const listed = (await t.api('GET', '/api/channels')).body.channels[0];
    expect(listed).toMatchObject({ id: 'default', bot: { displayName: 'Default OA' } });
    for (const [method, body] of [
      ['PATCH', { name: 'x' }],
      ['DELETE', undefined],
    ] as const) {
      const answer = await t.api(method, '/api/channels/default', body);
      expect(answer.status).toBe(400);
      expect(answer.body.error).toContain('LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN');
    }
  });

  it('removes a channel: its webhook URL answers 404, its contacts stay', async () => {
    const bot = line.register(fakeBot('Leaving'));
    const { id } = (await connect(bot, 'Leaving')).body;
    const customer = `U${'2'.repeat(32)}`;
    expect(await postChannelWebhook(t.url, id, bot.secret, [lineEvent(t.line, customer, textMessage('hello'))])).toBe(200);
    await eventually(() => t.runtime.services.store.contacts.get(contactIdFor(id, customer)));
    expect((await t.api('DELETE', `/api/channels/${id}`)).status).toBe(204);
    expect((await t.api('GET', '/api/channels')).body.channels.map((c: any) => c.id)).not.toContain(id);
    expect(await postChannelWebhook(t.url, id, bot.secret, [lineEvent(t.line, customer, textMessage('hello'))])).toBe(404);
    expect(await t.runtime.services.store.contacts.get(contactIdFor(id, customer))).not.toBeNull();
    expect((await t.api('DELETE', `/api/channels/${id}`)).status).toBe(404);
  });

  it('is for admins only', async () => {
    await t.api('POST', '/api/users', { email: 'agent-ch@example.com', name: 'Agent', role: 'agent', password: 'agent-password-1' });
    const agent = signInClient(t.url);
    expect((await agent.signIn('agent-ch@example.com', 'agent-password-1')).status).toBe(200);
    for (const [method, path] of [
      ['GET', '/api/channels'],
      ['POST', '/api/channels'],
      ['GET', '/api/channels/default/quota'],
      ['POST', '/api/channels/default/webhook-test'],
    ] as const) {
      expect((await agent.call(method, path, method === 'POST' ? {} : undefined)).status, `${method} ${path}`).toBe(403);
    }
  });
});
