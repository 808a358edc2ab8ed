import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiRoute } from '../../shared/api/api-route';
import { routes } from '../../shared/api/routes';
import { eventually, lineEvent, startTestRuntime, testAdminToken, textMessage, type TestRuntime } from '../testing/test-runtime';
import { fakeChat } from '../testing/fake-line/chat-routes';
import { findSecrets } from '../testing/find-secrets';
import { sampleBody, samplePath, sampleQuery, type SampleValues } from '../testing/route-samples';

const table = routes as Record<string, ApiRoute>;
const secret = (what: string) => `${what}-${randomBytes(12).toString('hex')}`;
const encryptionKey = randomBytes(32);
const customer = `U${'a'.repeat(32)}`;
const otherCustomer = `U${'b'.repeat(32)}`;

/** The fields a route may answer with the caller's own credential, which they need: nobody else's. */
const ownFields: Record<string, string[]> = {
  signIn: ['csrfToken'],
  signInCode: ['csrfToken'],
  getSession: ['csrfToken'],
  startTwoFactor: ['secret', 'uri'],
  confirmTwoFactor: ['recoveryCodes'],
};

/** Bodies for routes whose fields would otherwise do something else (here: change the agent's password). */
const bodies: Record<string, unknown> = { updateUser: { status: 'online' } };

/** Sign-in and sign-out change the walker's own session: they go last, in this order. */
const last = ['signIn', 'signInCode', 'signOut'];

describe("an agent's view of every route", () => {
  let t: TestRuntime;
  const secrets: string[] = [];
  const values: SampleValues = { params: {}, fields: {} };
  let agent: { cookie: string; csrf: string };

  async function signIn(email: string, password: string) {
    const answer = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    expect(answer.status).toBe(200);
    return { cookie: (answer.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await answer.json()) as { csrfToken: string }).csrfToken };
  }

  async function admin(method: string, path: string, body?: unknown, expected = [200, 201, 202, 204]) {
    const answer = await t.api(method, path, body);
    if (!expected.includes(answer.status)) throw new Error(`${method} ${path}: ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer.body;
  }

  beforeAll(async () => {
    // A LINE channel (the fake LINE API), so contacts hold reply tokens as they do in production.
    t = await startTestRuntime({ env: { ENCRYPTION_KEY: encryptionKey.toString('hex') } });
    const adminPassword = secret('admin-password');
    const agentPassword = secret('agent-password');
    await admin('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: adminPassword });
    const agentUser = await admin('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', role: 'agent', teams: ['Support'], password: agentPassword });

    // A workflow holding every kind of secret a person might paste into one.
    const planted = { header: secret('header'), apiKey: secret('api-key'), inUrl: secret('url'), inBody: secret('body'), inVariable: secret('variable') };
    await admin('POST', '/api/workflows', leakyWorkflow(planted));
    await admin('POST', '/api/workflows/leaky/publish');
    await t.publishExample('faq-menu');
    const { hookToken } = await admin('GET', '/api/workflows/leaky');
    expect(hookToken).toEqual(expect.any(String));

    await admin('PUT', '/api/settings/line', { channelSecret: randomBytes(16).toString('hex'), channelAccessToken: secret('channel-access-token') });
    const lineSettings = await t.runtime.services.store.settings.get('line-channel');
    const sealed = Object.values(lineSettings?.value ?? {});
    const line = sealed.map((value) => t.runtime.services.secrets.open(value));

    const { eventTypes } = await admin('GET', '/api/event-subscriptions');
    const subscription = await admin('POST', '/api/event-subscriptions', { url: 'https://example.com/lineflow-events', events: [eventTypes[0]] });
    const subscriptionSecret = (await t.runtime.services.store.eventSubscriptions.get(subscription.id))?.secret;

    let credential: string | undefined;
    if (table.createCredential) {
      credential = secret('credential');
      await admin('POST', '/api/credentials', { name: 'crm', kind: 'bearer', value: credential, allowedOrigin: 'https://crm.example.com' });
    }

    // A conversation with messages and a run, and a second contact to merge; the last reply token stays unused.
    const replyTokens: string[] = [];
    for (const contact of [customer, otherCustomer]) {
      const event = lineEvent(t.line, contact, textMessage('menu'));
      replyTokens.push(event.replyToken);
      expect((await t.webhook([event])).status).toBe(200);
    }
    const conversation = await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${customer}`)).body.conversations[0]);
    await eventually(async () => (await t.api('GET', `/api/conversations?contactId=${otherCustomer}`)).body.conversations[0]);
    // A customer's photo, so the walk reads its content as an agent.
    if (t.line) fakeChat(t.line).contents.set('walk-photo', { body: Buffer.from('a photo'), contentType: 'image/png' });
    const photo = lineEvent(t.line, customer, {
      type: 'message',
      message: { id: 'walk-photo', type: 'image', contentProvider: { type: 'line' }, quoteToken: 'q' },
    });
    replyTokens.push(photo.replyToken);
    await t.webhook([photo]);
    await eventually(async () =>
      (await t.api('GET', `/api/conversations/${conversation.id}`)).body.messages.some((m: { id: string }) => m.id === `in-${photo.webhookEventId}`),
    );
    const unused = lineEvent(t.line, customer, textMessage('are you there?'));
    replyTokens.push(unused.replyToken);
    await t.webhook([unused]);

    const adminSession = await signIn('ada@example.com', adminPassword);
    agent = await signIn('aoi@example.com', agentPassword);
    const users = await t.runtime.services.store.users.find({});
    const candidates: unknown[] = [
      ...Object.values(planted),
      ...[hookToken, testAdminToken, adminPassword, agentPassword, ...line, ...sealed, subscription.secret],
      ...[
        subscriptionSecret,
        credential,
        adminSession.cookie.split('=')[1],
        adminSession.csrf,
        encryptionKey.toString('hex'),
        encryptionKey.toString('base64'),
      ],
      ...users.map((u) => u.passwordHash),
      ...replyTokens,
    ];
    secrets.push(...candidates.filter((s): s is string => typeof s === 'string' && s.length >= 8));

    const savedReply = await admin('POST', '/api/saved-replies', { scope: 'shared', code: 'walk', text: 'Hello {{contact.displayName}}' });
    values.params = {
      'saved-replies/:id': savedReply.id,
      'saved-replies/:replyId': savedReply.id,
      'workflows/:id': 'leaky',
      'versions/:version': '1',
      'conversations/:id': conversation.id,
      'shortcuts/:workflowId': 'leaky',
      'tags/:tag': 'vip',
      'messages/:messageId': `in-${photo.webhookEventId}`,
      'contacts/:id': otherCustomer,
      'contacts/:userId': customer,
      'users/:id': 'me',
      'event-subscriptions/:id': subscription.id,
      'credentials/:name': 'crm',
      'hooks/:workflowId': 'leaky',
      ':workflowId': 'leaky',
    };
    values.fields = {
      text: 'Hello from the walk',
      tag: 'vip',
      userId: agentUser.id,
      into: customer,
      conversationId: conversation.id,
      from: '2020-01-01',
      to: '2030-12-31',
      email: 'aoi@example.com',
      password: agentPassword,
    };
  }, 60_000);
  afterAll(() => t.stop());

  it('is refused (403) for every admin route, and holds no secret in any 2xx answer', async () => {
    const order = (id: string) => (last.includes(id) ? 2 + last.indexOf(id) : table[id]?.method === 'GET' ? 0 : 1);
    const ids = Object.keys(table).sort((a, b) => order(a) - order(b));
    const leaks: string[] = [];
    const answered: Record<string, number> = {};
    let streamed = 0;
    for (const id of ids) {
      const route = table[id];
      const url = `${t.url}${samplePath(route, values)}${sampleQuery(route, values)}`;
      const body = id in bodies ? bodies[id] : sampleBody(route, values);
      const stream = route.contentType === 'text/event-stream';
      const controller = new AbortController();
      const response = await fetch(url, {
        method: route.method,
        headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: controller.signal,
      });
      answered[id] = response.status;
      let text: string;
      if (stream && response.ok) {
        // Read the live stream while something happens on it.
        const chunks: string[] = [];
        const reader = response.body?.getReader();
        await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
        const until = Date.now() + 1500;
        while (reader && Date.now() < until) {
          const next = await Promise.race([reader.read(), new Promise<null>((resolve) => setTimeout(() => resolve(null), until - Date.now()))]);
          if (!next || next.done) break;
          chunks.push(Buffer.from(next.value).toString('utf8'));
        }
        controller.abort();
        text = chunks.join('');
        for (const data of text.split('\n').filter((l) => l.startsWith('data: '))) {
          streamed++;
          for (const found of findSecrets(data.slice(6), secrets, ownFields[id])) leaks.push(`${id} (${route.method} ${route.path}): ${found}`);
        }
        continue;
      }
      text = await response.text();
      if (route.auth === 'admin') expect.soft(response.status, `${id} (${route.method} ${route.path}) must be refused to an agent`).toBe(403);
      if (!response.ok) continue;
      for (const found of findSecrets(text, secrets, ownFields[id])) leaks.push(`${id} (${route.method} ${route.path}): ${found}`);
    }
    expect(leaks).toEqual([]);
    // The walk reached the agents' routes for real: each of their GETs answered.
    const agentGets = ids.filter((id) => table[id]?.auth === 'agent' && table[id]?.method === 'GET');
    expect(agentGets.filter((id) => answered[id] !== 200).map((id) => `${id}: ${answered[id]}`)).toEqual([]);
    expect(agentGets.length).toBeGreaterThan(8);
    expect(answered.updateUser).toBe(200);
    expect(streamed).toBeGreaterThan(0);
  }, 60_000);

  it('while an admin reads the same workflow whole: the walk looked for secrets that are really there', async () => {
    const answer = await t.api('GET', '/api/workflows/leaky');
    expect(findSecrets(JSON.stringify(answer.body), secrets).length).toBeGreaterThanOrEqual(6);
  });
});

function leakyWorkflow(s: { header: string; apiKey: string; inUrl: string; inBody: string; inVariable: string }) {
  return {
    schemaVersion: 1,
    id: 'leaky',
    name: 'Order update from the shop',
    settings: { timezone: 'Asia/Tokyo', variables: [{ name: 'crmApiKey', defaultValue: s.inVariable }] },
    nodes: [
      { id: 'hook', type: 'trigger-incoming-webhook', position: { x: 0, y: 0 }, data: { variables: ['orderId'] } },
      { id: 'shortcut', type: 'trigger-shortcut', position: { x: 0, y: 200 }, data: { name: 'Look up the order', fields: [] } },
      {
        id: 'crm',
        type: 'http-request',
        position: { x: 300, y: 0 },
        data: {
          method: 'POST',
          url: `https://crm.example.com/api/orders?api_key=${s.inUrl}`,
          headers: [
            { name: 'Authorization', value: `Bearer ${s.header}` },
            { name: 'X-Api-Key', value: s.apiKey },
          ],
          body: JSON.stringify({ apiKey: s.inBody, order: '{{vars.orderId}}' }),
          timeoutSeconds: 10,
          responseMapping: [],
        },
      },
      { id: 'done', type: 'add-note', position: { x: 600, y: 0 }, data: { text: 'Order looked up' } },
    ],
    edges: [
      { id: 'e1', source: 'hook', sourceHandle: 'next', target: 'crm' },
      { id: 'e2', source: 'shortcut', sourceHandle: 'next', target: 'crm' },
      { id: 'e3', source: 'crm', sourceHandle: 'success', target: 'done' },
      { id: 'e4', source: 'crm', sourceHandle: 'failure', target: 'done' },
    ],
  };
}
