import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

describe('sign-in, sessions and roles', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    await t.publishExample('faq-menu');
    expect((await t.api('POST', '/api/users', { email: 'admin@example.com', name: 'Ada', role: 'admin', password: 'correct horse battery' })).status).toBe(201);
    expect(
      (await t.api('POST', '/api/users', { email: 'agent@example.com', name: 'Aoi', role: 'agent', teams: ['Support'], password: 'agent password 123' }))
        .status,
    ).toBe(201);
  });
  afterAll(() => t.stop());

  async function signIn(email: string, password: string) {
    const response = await fetch(`${t.url}/api/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password }),
    });
    const body = await response.json();
    const cookie = response.headers.get('set-cookie') ?? '';
    return { status: response.status, body, cookie: cookie.split(';')[0], setCookie: cookie };
  }

  function as(cookie: string, csrf?: string) {
    return async (method: string, path: string, body?: unknown) => {
      const response = await fetch(`${t.url}${path}`, {
        method,
        headers: { cookie, 'content-type': 'application/json', ...(csrf ? { 'x-csrf-token': csrf } : {}) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      return { status: response.status, body: text ? JSON.parse(text) : undefined };
    };
  }

  it('never shows a password hash', async () => {
    const { body } = await t.api('GET', '/api/users');
    expect(JSON.stringify(body)).not.toContain('scrypt');
    expect(body.users.every((u: any) => u.canSignIn)).toBe(true);
  });

  it('signs in with an HttpOnly, SameSite cookie and a CSRF token; a new session id every time', async () => {
    const first = await signIn('Agent@Example.com', 'agent password 123');
    expect(first.status).toBe(200);
    expect(first.setCookie).toMatch(/^lf_session=[^;]+; HttpOnly; SameSite=Lax; Path=\/; Max-Age=43200/);
    expect(first.body.user).toMatchObject({ email: 'agent@example.com', role: 'agent' });
    expect(first.body.user.passwordHash).toBeUndefined();
    const second = await signIn('agent@example.com', 'agent password 123');
    expect(second.cookie).not.toBe(first.cookie);
  });

  it('lets an agent read workflows but not edit or publish them (403 from the API)', async () => {
    const { cookie, body } = await signIn('agent@example.com', 'agent password 123');
    const agent = as(cookie, body.csrfToken);
    expect((await agent('GET', '/api/workflows')).status).toBe(200);
    expect((await agent('GET', '/api/workflows/faq-menu')).status).toBe(200);
    expect((await agent('POST', '/api/workflows/faq-menu/publish')).status).toBe(403);
    expect((await agent('PUT', '/api/workflows/faq-menu', {})).status).toBe(403);
    expect((await agent('DELETE', '/api/workflows/faq-menu')).status).toBe(403);
    expect((await agent('POST', '/api/users', { email: 'x@example.com' })).status).toBe(403);
    expect((await agent('GET', '/api/conversations')).status).toBe(200);
    expect((await agent('PATCH', '/api/users/me', { status: 'online' })).body.status).toBe('online');
    expect((await agent('PATCH', '/api/users/me', { role: 'admin' })).status).toBe(403);
  });

  it('refuses a state-changing call without the CSRF token', async () => {
    const { cookie, body } = await signIn('admin@example.com', 'correct horse battery');
    expect((await as(cookie)('POST', '/api/workflows/faq-menu/publish')).status).toBe(403);
    expect((await as(cookie, 'not-the-token')('POST', '/api/workflows/faq-menu/publish')).status).toBe(403);
    // Accepted: 200, as the draft is the live version already (nothing new to publish).
    expect((await as(cookie, body.csrfToken)('POST', '/api/workflows/faq-menu/publish')).status).toBe(200);
  });

  it('answers a wrong password and an unknown email alike, and throttles brute force with 429', async () => {
    const wrong = await signIn('admin@example.com', 'nope nope nope');
    const unknown = await signIn('nobody@example.com', 'nope nope nope');
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    for (let i = 0; i < 3; i++) expect((await signIn('admin@example.com', `guess ${i}`)).status).toBe(401);
    const blocked = await signIn('admin@example.com', 'still wrong');
    expect(blocked.status).toBe(401);
    const throttled = await signIn('admin@example.com', 'correct horse battery');
    expect(throttled.status).toBe(429);
    expect(throttled.body.error).toBe('Too many failed sign-ins; wait 15 minutes and try again');
  });

  it('ends the session on the server at sign-out', async () => {
    const { cookie, body } = await signIn('agent@example.com', 'agent password 123');
    expect((await as(cookie)('GET', '/api/conversations')).status).toBe(200);
    const out = await fetch(`${t.url}/api/session`, { method: 'DELETE', headers: { cookie, 'x-csrf-token': body.csrfToken } });
    expect(out.status).toBe(204);
    expect((await as(cookie)('GET', '/api/conversations')).status).toBe(401);
    expect((await as(cookie)('GET', '/api/session')).status).toBe(401);
  });
});
