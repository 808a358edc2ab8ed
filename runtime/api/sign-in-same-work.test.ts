import { scrypt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { deleteKeys, startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { signInClient } from '../testing/sign-in-client';

// The runtime runs in this process, so its password checks call this scrypt: a spy on the real one.
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return { ...real, default: real, scrypt: vi.fn(real.scrypt) };
});

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

describe('sign-in does the same work for unknown emails', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: '1' } });
    expect((await t.api('POST', '/api/users', { email: 'kim@example.com', name: 'Kim', role: 'agent', password: 'right password 123' })).status).toBe(201);
    expect((await t.api('POST', '/api/users', { email: 'new@example.com', name: 'New', role: 'agent' })).status).toBe(201);
  });
  afterAll(() => t.stop());

  /** One sign-in from its own address; answers its status, the scrypt calls it made and their parameters. */
  async function attempt(email: string, i: number) {
    const spy = vi.mocked(scrypt);
    const before = spy.mock.calls.length;
    const started = performance.now();
    const { status } = await signInClient(t.url, { forwardedFor: `198.51.100.${i}` }).signIn(email, `wrong password ${i}`);
    const ms = performance.now() - started;
    const calls = spy.mock.calls.slice(before);
    return { status, ms, scrypts: calls.length, params: calls.map((call) => JSON.stringify(call[3])) };
  }

  it('calls scrypt once, with the same parameters, for a wrong password, an unknown email and a user without a password', async () => {
    const known = await attempt('kim@example.com', 1);
    const unknown = await attempt('nobody@example.com', 2);
    const noPassword = await attempt('new@example.com', 3);
    expect([known.status, unknown.status, noPassword.status]).toEqual([401, 401, 401]);
    expect([known.scrypts, unknown.scrypts, noPassword.scrypts]).toEqual([1, 1, 1]);
    expect(unknown.params).toEqual(known.params);
    expect(noPassword.params).toEqual(known.params);
  });

  it('takes about as long (medians, a loose bound: without the dummy hash the ratio is about 0.05)', async () => {
    const knownTimes: number[] = [];
    const unknownTimes: number[] = [];
    for (let i = 0; i < 11; i++) {
      // Clears the per-account count, so the known account is never throttled (a 429 would skip the work).
      await deleteKeys(t.config.redisUrl, `${t.config.queuePrefix}:signin`);
      // Alternating which goes first, so a slow moment of the machine falls on both sides.
      const pair = i % 2 === 0 ? ['known', 'unknown'] : ['unknown', 'known'];
      for (const which of pair) {
        if (which === 'known') knownTimes.push((await attempt('kim@example.com', 10 + i)).ms);
        else unknownTimes.push((await attempt(`nobody${i}@example.com`, 30 + i)).ms);
      }
    }
    const ratio = median(unknownTimes) / median(knownTimes);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });
});
