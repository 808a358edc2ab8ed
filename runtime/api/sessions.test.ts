import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClient } from '../testing/sign-in-client';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const password = 'right password 123';
let address = 0;
const browser = (t: TestRuntime, userAgent = 'Mozilla/5.0 (test)') => signInClient(t.url, { forwardedFor: `203.0.113.${++address}`, userAgent });

describe('sessions: listed, revocable, ended by a password change', () => {
  let t: TestRuntime;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: '1' } });
    for (const [name, role] of [
      ['ann', 'agent'],
      ['bob', 'agent'],
      ['cat', 'agent'],
      ['dee', 'admin'],
    ] as const) {
      const created = await t.api('POST', '/api/users', { email: `${name}@example.com`, name, role, password });
      expect(created.status).toBe(201);
      ids[name] = created.body.id;
    }
  });
  afterAll(() => t.stop());

  it("lists a person's sessions (when, which browser, from where, which is this one) and nobody else's", async () => {
    const laptop = browser(t, 'Laptop browser');
    const phone = browser(t, 'Phone browser');
    await laptop.signIn('ann@example.com', password);
    await phone.signIn('ann@example.com', password);
    await browser(t).signIn('bob@example.com', password);
    const { status, body } = await laptop.call('GET', '/api/users/me/sessions');
    expect(status).toBe(200);
    expect(body.sessions).toHaveLength(2);
    const [newest, older] = body.sessions;
    expect(newest).toMatchObject({ userAgent: 'Phone browser', current: false, awaitingSecondFactor: false });
    expect(older).toMatchObject({ userAgent: 'Laptop browser', current: true, address: `203.0.113.${address - 2}` });
    for (const s of body.sessions) expect(Date.parse(s.createdAt)).toBeLessThanOrEqual(Date.parse(s.lastSeenAt));
    // The ids are digests: no cookie value is ever shown.
    expect(JSON.stringify(body)).not.toContain(laptop.cookie.split('=')[1]);
    expect(JSON.stringify(body)).not.toContain(phone.cookie.split('=')[1]);
  });

  it("signs out another session of one's own; another person's cannot be touched", async () => {
    const laptop = browser(t);
    const lost = browser(t);
    await laptop.signIn('cat@example.com', password);
    await lost.signIn('cat@example.com', password);
    expect((await lost.call('GET', '/api/conversations')).status).toBe(200);
    const lostId = (await laptop.call('GET', '/api/users/me/sessions')).body.sessions.find((s: any) => !s.current).id;

    const bob = browser(t);
    await bob.signIn('bob@example.com', password);
    expect((await bob.call('DELETE', `/api/users/me/sessions/${encodeURIComponent(lostId)}`)).status).toBe(404);
    expect((await lost.call('GET', '/api/conversations')).status).toBe(200);

    expect((await laptop.call('DELETE', `/api/users/me/sessions/${encodeURIComponent(lostId)}`)).status).toBe(204);
    expect((await lost.call('GET', '/api/conversations')).status).toBe(401);
    expect((await laptop.call('GET', '/api/conversations')).status).toBe(200);
    // Without the CSRF token, no session is ended.
    const noCsrf = await fetch(`${t.url}/api/users/me/sessions/x`, { method: 'DELETE', headers: { cookie: laptop.cookie } });
    expect(noCsrf.status).toBe(403);
  });

  it('a password change (with the current one) ends every other session of that person; this one stays', async () => {
    const [here, other, third] = [browser(t), browser(t), browser(t)];
    for (const b of [here, other, third]) expect((await b.signIn('bob@example.com', password)).status).toBe(200);
    expect((await here.call('PATCH', '/api/users/me', { password: 'a new password 456' })).status).toBe(400);
    expect((await here.call('PATCH', '/api/users/me', { password: 'a new password 456', currentPassword: 'wrong one' })).body.error).toBe(
      'currentPassword is wrong',
    );
    expect((await other.call('GET', '/api/conversations')).status).toBe(200);
    const changed = await here.call('PATCH', '/api/users/me', { password: 'a new password 456', currentPassword: password });
    expect(changed.status).toBe(200);
    expect((await here.call('GET', '/api/conversations')).status).toBe(200);
    expect((await other.call('GET', '/api/conversations')).status).toBe(401);
    expect((await third.call('GET', '/api/conversations')).status).toBe(401);
    expect((await browser(t).signIn('bob@example.com', password)).status).toBe(401);
    expect((await browser(t).signIn('bob@example.com', 'a new password 456')).status).toBe(200);
    // An agent still changes nothing else of theirs.
    expect((await here.call('PATCH', '/api/users/me', { role: 'admin' })).status).toBe(403);
  });

  it("an admin setting someone's password, or signing them out everywhere, ends all of that person's sessions", async () => {
    const admin = browser(t);
    await admin.signIn('dee@example.com', password);
    const [a, b] = [browser(t), browser(t)];
    await a.signIn('ann@example.com', password);
    await b.signIn('ann@example.com', password);
    const ended = await admin.call('DELETE', `/api/users/${ids.ann}/sessions`);
    expect(ended.status).toBe(200);
    expect(ended.body.ended).toBeGreaterThanOrEqual(2);
    expect((await a.call('GET', '/api/conversations')).status).toBe(401);
    expect((await b.call('GET', '/api/conversations')).status).toBe(401);
    expect((await admin.call('GET', '/api/conversations')).status).toBe(200);
    // Agents cannot sign others out.
    const agent = browser(t);
    await agent.signIn('cat@example.com', password);
    expect((await agent.call('DELETE', `/api/users/${ids.ann}/sessions`)).status).toBe(403);

    const c = browser(t);
    await c.signIn('ann@example.com', password);
    expect((await admin.call('PATCH', `/api/users/${ids.ann}`, { password: 'set by the admin 1' })).status).toBe(200);
    expect((await c.call('GET', '/api/conversations')).status).toBe(401);
    expect((await browser(t).signIn('ann@example.com', 'set by the admin 1')).status).toBe(200);
  });
});
