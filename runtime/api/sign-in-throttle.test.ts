import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClient } from '../testing/sign-in-client';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const password = 'right password 123';
let address = 0;
/** A fresh client address for each browser (TEST-NET-3), so one test's failures do not throttle the next. */
const nextAddress = () => `203.0.113.${++address}`;

describe('sign-in throttling behind a proxy (TRUST_PROXY=1): per account and per client address', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: '1' } });
    for (const name of ['ann', 'ben', 'cho', 'dan']) {
      expect((await t.api('POST', '/api/users', { email: `${name}@example.com`, name, role: 'agent', password })).status).toBe(201);
    }
  });
  afterAll(() => t.stop());

  it('takes the client address from X-Forwarded-For, as express computes req.ip', async () => {
    const browser = signInClient(t.url, { forwardedFor: '198.51.100.23' });
    expect((await browser.signIn('dan@example.com', password)).status).toBe(200);
    const { body } = await browser.call('GET', '/api/users/me/sessions');
    expect(body.sessions.find((s: any) => s.current).address).toBe('198.51.100.23');
  });

  it('throttles an account tried from many addresses: 5 wrong passwords, then 429 with Retry-After even for the right one', async () => {
    for (let i = 0; i < 5; i++) expect((await signInClient(t.url, { forwardedFor: nextAddress() }).signIn('ANN@example.com ', `guess ${i}`)).status).toBe(401);
    const blocked = await signInClient(t.url, { forwardedFor: nextAddress() }).signIn('ann@example.com', password);
    expect(blocked.status).toBe(429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(900);
    expect(blocked.body.error).toBe('Too many failed sign-ins; wait 15 minutes and try again');
    // Another account is not held up by Ann's.
    expect((await signInClient(t.url, { forwardedFor: nextAddress() }).signIn('ben@example.com', password)).status).toBe(200);
  });

  it('throttles an address trying many accounts: 20 failures, then 429 there, while other addresses still sign in', async () => {
    const spray = nextAddress();
    for (let i = 0; i < 20; i++) expect((await signInClient(t.url, { forwardedFor: spray }).signIn(`nobody${i}@example.com`, 'guess')).status).toBe(401);
    const blocked = await signInClient(t.url, { forwardedFor: spray }).signIn('cho@example.com', password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await signInClient(t.url, { forwardedFor: nextAddress() }).signIn('cho@example.com', password)).status).toBe(200);
  });

  it('counts attempts before checking them, so a parallel burst of guesses gets no more than the limit', async () => {
    const guesses = await Promise.all(
      Array.from({ length: 12 }, (_, i) => signInClient(t.url, { forwardedFor: nextAddress() }).signIn('dan@example.com', `parallel guess ${i}`)),
    );
    const statuses = guesses.map((g) => g.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(7);
  });

  it('does not count successful sign-ins against the address (an office behind one NAT)', async () => {
    const office = nextAddress();
    for (let i = 0; i < 21; i++) expect((await signInClient(t.url, { forwardedFor: office }).signIn('ben@example.com', password)).status).toBe(200);
  });
});

describe('sign-in throttling without TRUST_PROXY', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    expect((await t.api('POST', '/api/users', { email: 'eve@example.com', name: 'Eve', role: 'agent', password })).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('ignores X-Forwarded-For: a client that sends a new one with each try is still one address', async () => {
    for (let i = 0; i < 20; i++) {
      expect((await signInClient(t.url, { forwardedFor: nextAddress() }).signIn(`spoof${i}@example.com`, 'guess')).status).toBe(401);
    }
    const blocked = await signInClient(t.url, { forwardedFor: nextAddress() }).signIn('eve@example.com', password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
