import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession } from '../auth/sessions';
import { requireAdminTwoFactor } from '../auth/two-factor-policy';
import { signInClient, totpCode, type SignInClient } from '../testing/sign-in-client';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const password = 'right password 123';
let address = 0;
const browser = (t: TestRuntime) => signInClient(t.url, { forwardedFor: `203.0.113.${++address}` });
/** A six-digit code that is not the right one (nor, but for a one-in-a-million chance, the next step's). */
const wrongCode = (right: string) => String((Number(right) + 500_000) % 1_000_000).padStart(6, '0');

describe('two-factor sign-in (TOTP)', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: '1', REQUIRE_ADMIN_2FA: 'true' } });
    for (const name of ['tia', 'uma', 'rex', 'vic', 'wes']) {
      expect((await t.api('POST', '/api/users', { email: `${name}@example.com`, name, role: 'agent', password })).status).toBe(201);
    }
    expect((await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password })).status).toBe(201);
  });
  afterAll(() => t.stop());

  /** Signs in and turns two-factor on; answers the secret, the recovery codes and the signed-in browser. */
  async function turnOn(email: string): Promise<{ secret: string; recoveryCodes: string[]; client: SignInClient }> {
    const client = browser(t);
    expect((await client.signIn(email, password)).status).toBe(200);
    const started = await client.call('POST', '/api/users/me/totp');
    expect(started.status).toBe(200);
    const confirmed = await client.call('POST', '/api/users/me/totp/confirm', { code: totpCode(started.body.secret) });
    expect(confirmed.status).toBe(200);
    return { secret: started.body.secret, recoveryCodes: confirmed.body.recoveryCodes, client };
  }

  it('sets up: a secret and its otpauth:// URI, a wrong code refused, the right one turns it on with 8 recovery codes; the secret is kept sealed and never shown again', async () => {
    const client = browser(t);
    await client.signIn('tia@example.com', password);
    const started = await client.call('POST', '/api/users/me/totp');
    expect(started.status).toBe(200);
    expect(started.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(started.body.uri);
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/LineFlow:tia@example.com');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ secret: started.body.secret, issuer: 'LineFlow', algorithm: 'SHA1', digits: '6', period: '30' });

    const wrong = await client.call('POST', '/api/users/me/totp/confirm', { code: wrongCode(totpCode(started.body.secret)) });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error).toMatch(/^code is wrong/);
    expect((await t.api('GET', '/api/users')).body.users.find((u: any) => u.email === 'tia@example.com').twoFactor).toBe(false);

    const confirmed = await client.call('POST', '/api/users/me/totp/confirm', { code: totpCode(started.body.secret) });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.recoveryCodes).toHaveLength(8);
    for (const code of confirmed.body.recoveryCodes) expect(code).toMatch(/^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$/);

    const users = await t.api('GET', '/api/users');
    expect(users.body.users.find((u: any) => u.email === 'tia@example.com').twoFactor).toBe(true);
    const stored = await t.runtime.services.store.users.find({ email: 'tia@example.com' });
    const everything = JSON.stringify([users.body, (await client.call('GET', '/api/session')).body, (await client.call('GET', '/api/users/me/sessions')).body]);
    expect(everything).not.toContain(started.body.secret);
    expect(everything).not.toContain(stored[0]?.totp?.secret);
    for (const code of confirmed.body.recoveryCodes) expect(everything).not.toContain(code);
    // At rest: sealed (AES-GCM), and the recovery codes only as digests.
    expect(t.runtime.services.secrets.open(stored[0].totp!.secret)).toBe(started.body.secret);
    expect(JSON.stringify(stored)).not.toContain(started.body.secret);
    expect(JSON.stringify(stored)).not.toContain(confirmed.body.recoveryCodes[0]);
    expect((await client.call('POST', '/api/users/me/totp')).status).toBe(409);
  });

  it('asks for the code after the password; the waiting session opens nothing else; the right code signs in once, a replay is refused', async () => {
    const { secret } = await turnOn('rex@example.com');
    const laptop = browser(t);
    const first = await laptop.signIn('rex@example.com', password);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ secondFactor: 'totp' });
    const pendingCookie = laptop.cookie;
    expect(pendingCookie).toMatch(/^lf_session=/);
    // Not signed in yet: the API, the session, the account routes all answer 401.
    for (const [method, path] of [
      ['GET', '/api/conversations'],
      ['GET', '/api/workflows'],
      ['GET', '/api/session'],
      ['GET', '/api/users/me/sessions'],
      ['POST', '/api/users/me/totp'],
      ['PATCH', '/api/users/me'],
    ] as const) {
      expect((await laptop.call(method, path, method === 'PATCH' ? { status: 'online' } : undefined)).status, `${method} ${path}`).toBe(401);
    }
    const wrong = await laptop.code(wrongCode(totpCode(secret, 1)));
    expect(wrong).toMatchObject({ status: 401, body: { error: 'Wrong code' } });

    // The next step's code: the confirm used this step's, and each step is taken once.
    const code = totpCode(secret, 1);
    const signedIn = await laptop.code(code);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user).toMatchObject({ email: 'rex@example.com', twoFactor: true });
    expect(laptop.cookie).not.toBe(pendingCookie);
    expect((await laptop.call('GET', '/api/conversations')).status).toBe(200);

    const thief = browser(t);
    expect((await thief.signIn('rex@example.com', password)).body).toEqual({ secondFactor: 'totp' });
    expect(await thief.code(code)).toMatchObject({ status: 401, body: { error: 'That code was used already; wait for the next one' } });
    // An earlier step's code is refused too (it is before the last one used).
    expect((await thief.code(totpCode(secret, 0))).status).toBe(401);
    expect((await thief.call('GET', '/api/conversations')).status).toBe(401);
  });

  it('accepts one code once when two sign-ins race with it', async () => {
    const { secret } = await turnOn('wes@example.com');
    const [a, b] = [browser(t), browser(t)];
    await a.signIn('wes@example.com', password);
    await b.signIn('wes@example.com', password);
    const code = totpCode(secret, 1);
    const answers = await Promise.all([a.code(code), b.code(code)]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it('takes a recovery code once (typed in capitals, without dashes)', async () => {
    const { recoveryCodes } = await turnOn('uma@example.com');
    const phoneLost = browser(t);
    await phoneLost.signIn('uma@example.com', password);
    const typed = recoveryCodes[0].replace(/-/g, '').toUpperCase();
    expect((await phoneLost.code(typed)).status).toBe(200);
    expect((await phoneLost.call('GET', '/api/conversations')).status).toBe(200);
    const again = browser(t);
    await again.signIn('uma@example.com', password);
    expect((await again.code(recoveryCodes[0])).status).toBe(401);
    expect((await again.code(recoveryCodes[1])).status).toBe(200);
  });

  it('throttles codes per person: 5 wrong ones, then 429 with Retry-After, from any address', async () => {
    const { secret } = await turnOn('vic@example.com');
    for (let i = 0; i < 5; i++) {
      const guesser = browser(t);
      await guesser.signIn('vic@example.com', password);
      expect((await guesser.code(wrongCode(totpCode(secret, 1)))).status).toBe(401);
    }
    const late = browser(t);
    await late.signIn('vic@example.com', password);
    const blocked = await late.code(totpCode(secret, 1));
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(800);
  });

  it('turns off with the password (a wrong one refused); then the password alone signs in', async () => {
    const client = browser(t);
    expect((await client.signIn('tia@example.com', password)).body).toEqual({ secondFactor: 'totp' });
    const [tia] = await t.runtime.services.store.users.find({ email: 'tia@example.com' });
    expect((await client.code(totpCode(t.runtime.services.secrets.open(tia.totp!.secret), 1))).status).toBe(200);
    expect((await client.call('DELETE', '/api/users/me/totp', {})).status).toBe(400);
    expect((await client.call('DELETE', '/api/users/me/totp', { password: 'not my password' })).status).toBe(400);
    expect((await client.call('DELETE', '/api/users/me/totp', { password })).status).toBe(204);
    expect((await t.api('GET', '/api/users')).body.users.find((u: any) => u.email === 'tia@example.com').twoFactor).toBe(false);
    expect((await t.runtime.services.store.users.get(tia.id))?.totp).toBeUndefined();
    expect((await browser(t).signIn('tia@example.com', password)).body.user.email).toBe('tia@example.com');
  });

  it('REQUIRE_ADMIN_2FA: an admin without it must set it up right after signing in, before anything else works', async () => {
    const admin = browser(t);
    const signedIn = await admin.signIn('ada@example.com', password);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.setupRequired).toBe('totp');
    expect((await admin.call('GET', '/api/workflows')).status).toBe(401);
    expect((await admin.call('GET', '/api/users')).status).toBe(401);
    expect((await admin.call('GET', '/api/users/me/sessions')).status).toBe(401);
    expect((await admin.call('GET', '/api/session')).body.setupRequired).toBe('totp');
    const started = await admin.call('POST', '/api/users/me/totp');
    expect(started.status).toBe(200);
    expect((await admin.call('POST', '/api/users/me/totp/confirm', { code: totpCode(started.body.secret) })).status).toBe(200);
    expect((await admin.call('GET', '/api/workflows')).status).toBe(200);
    expect((await admin.call('GET', '/api/session')).body.setupRequired).toBeUndefined();
    // And admins cannot turn it off here.
    expect((await admin.call('DELETE', '/api/users/me/totp', { password })).status).toBe(403);
  });

  it('REQUIRE_ADMIN_2FA: an agent made admin, and sessions opened before the setting, go to setup too', async () => {
    expect((await t.api('POST', '/api/users', { email: 'zed@example.com', name: 'Zed', role: 'agent', password })).status).toBe(201);
    const zed = browser(t);
    await zed.signIn('zed@example.com', password);
    expect((await zed.call('GET', '/api/conversations')).status).toBe(200);
    const id = (await t.api('GET', '/api/users')).body.users.find((u: any) => u.email === 'zed@example.com').id;
    expect((await t.api('PATCH', `/api/users/${id}`, { role: 'admin' })).status).toBe(200);
    expect((await zed.call('GET', '/api/conversations')).status).toBe(401);
    expect((await zed.call('GET', '/api/session')).body.setupRequired).toBe('totp');

    // A session opened before REQUIRE_ADMIN_2FA was set (as after a restart with it): sent to setup at start.
    const { services } = t.runtime;
    const older = await createSession(services.store, (await services.store.users.get(id))!);
    expect(older.session.awaiting).toBeUndefined();
    await requireAdminTwoFactor(services);
    expect((await services.store.sessions.get(older.session.id))?.awaiting).toBe('totp-setup');
  });
});
