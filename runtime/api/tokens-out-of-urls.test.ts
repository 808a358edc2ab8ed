import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';

const hookWorkflow = {
  schemaVersion: 1,
  id: 'shop-hook',
  name: 'Order shipped',
  settings: { timezone: 'Asia/Tokyo' },
  nodes: [
    { id: 'hook', type: 'trigger-incoming-webhook', position: { x: 0, y: 0 }, data: { variables: ['orderId'] } },
    { id: 'note', type: 'add-note', position: { x: 300, y: 0 }, data: { text: 'Order {{vars.orderId}} shipped' } },
  ],
  edges: [{ id: 'e1', source: 'hook', sourceHandle: 'next', target: 'note' }],
};

describe('tokens out of URLs, and hook tokens that can be rotated', () => {
  let t: TestRuntime;
  let agent: { cookie: string; csrf: string };
  let admin: { cookie: string; csrf: string };

  async function signIn(email: string, password: string) {
    const answer = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    return { cookie: (answer.headers.get('set-cookie') ?? '').split(';')[0], csrf: ((await answer.json()) as { csrfToken: string }).csrfToken };
  }
  const callHook = (token: string) =>
    fetch(`${t.url}/hooks/shop-hook`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ userId: `U${'c'.repeat(32)}`, variables: { orderId: 'A-1' } }),
    });

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'admin password 1' });
    await t.api('POST', '/api/users', { email: 'aoi@example.com', name: 'Aoi', role: 'agent', password: 'agent password 1' });
    expect((await t.api('POST', '/api/workflows', hookWorkflow)).status).toBe(201);
    expect((await t.api('POST', '/api/workflows/shop-hook/publish')).status).toBe(201);
    agent = await signIn('aoi@example.com', 'agent password 1');
    admin = await signIn('ada@example.com', 'admin password 1');
  });
  afterAll(() => t.stop());

  it('refuses the API token in the query string, even the right one, on any method, saying what to do instead', async () => {
    for (const [method, path] of [
      ['GET', `/api/conversations?token=${testAdminToken}`],
      ['GET', `/api/events?token=${testAdminToken}`],
      ['GET', `/api/reports/conversations.csv?from=2024-01-01&to=2024-01-31&token=${testAdminToken}`],
      ['POST', `/api/workflows/shop-hook/publish?token=${testAdminToken}`],
      ['GET', `/api/workflows?access_token=${testAdminToken}`],
    ] as const) {
      const answer = await fetch(`${t.url}${path}`, { method });
      expect(answer.status, `${method} ${path}`).toBe(401);
      expect(((await answer.json()) as { error: string }).error).toMatch(/not accepted in the URL.*Authorization: Bearer.*sign in/);
    }
    // Not even beside a good session or a good header: a URL that carries a token is refused.
    const withCookie = await fetch(`${t.url}/api/conversations?token=${testAdminToken}`, { headers: { cookie: admin.cookie } });
    expect(withCookie.status).toBe(401);
  });

  it('takes the API token in the Authorization header, and a session cookie for the live stream', async () => {
    const withHeader = await fetch(`${t.url}/api/conversations`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    expect(withHeader.status).toBe(200);
    const controller = new AbortController();
    const stream = await fetch(`${t.url}/api/events`, { headers: { cookie: agent.cookie }, signal: controller.signal });
    expect(stream.status).toBe(200);
    expect(stream.headers.get('content-type')).toBe('text/event-stream');
    controller.abort();
    const csv = await fetch(`${t.url}/api/reports/conversations.csv?from=2024-01-01&to=2024-01-31`, { headers: { cookie: admin.cookie } });
    expect(csv.status).toBe(200);
  });

  it('never gives an agent the hook token, nor lets one rotate it', async () => {
    const seen = await fetch(`${t.url}/api/workflows/shop-hook`, { headers: { cookie: agent.cookie } });
    expect(((await seen.json()) as { hookToken: unknown }).hookToken).toBeNull();
    const rotate = await fetch(`${t.url}/api/workflows/shop-hook/hook-token`, {
      method: 'POST',
      headers: { cookie: agent.cookie, 'x-csrf-token': agent.csrf },
    });
    expect(rotate.status).toBe(403);
  });

  it('rotates the hook token: the old one stops working at once, the new one works', async () => {
    const old = (await t.api('GET', '/api/workflows/shop-hook')).body.hookToken as string;
    expect((await callHook(old)).status).toBe(202);

    const rotated = await fetch(`${t.url}/api/workflows/shop-hook/hook-token`, {
      method: 'POST',
      headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrf },
    });
    expect(rotated.status).toBe(200);
    const { hookToken } = (await rotated.json()) as { hookToken: string };
    expect(hookToken).not.toBe(old);
    expect(hookToken.length).toBeGreaterThanOrEqual(32);

    expect((await callHook(old)).status).toBe(401);
    expect((await callHook(hookToken)).status).toBe(202);
    expect((await t.api('GET', '/api/workflows/shop-hook')).body.hookToken).toBe(hookToken);
    expect((await t.api('POST', '/api/workflows/nope/hook-token')).status).toBe(404);
  });
});
