import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signInClient } from '../testing/sign-in-client';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const password = 'right password 123';

describe("a person's interface language", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
    expect((await t.api('POST', '/api/users', { email: 'ann@example.com', name: 'Ann', role: 'agent', password })).status).toBe(201);
  });
  afterAll(() => t.stop());

  it('is saved by the person and comes back in the session answer of a later sign-in', async () => {
    const laptop = signInClient(t.url);
    await laptop.signIn('ann@example.com', password);
    expect((await laptop.call('GET', '/api/session')).body.user.language).toBeUndefined();
    expect((await laptop.call('PUT', '/api/users/me/language', { language: 'th' })).status).toBe(204);
    const phone = signInClient(t.url);
    await phone.signIn('ann@example.com', password);
    expect((await phone.call('GET', '/api/session')).body.user.language).toBe('th');
  });

  it('refuses a language outside the five with a 400 naming the allowed values', async () => {
    const client = signInClient(t.url);
    await client.signIn('ann@example.com', password);
    const { status, body } = await client.call('PUT', '/api/users/me/language', { language: 'fr' });
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toMatch(/language/);
    expect(JSON.stringify(body)).toMatch(/zh-TW/);
  });
});
