import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRuntime, type TestRuntime } from '../testing/test-runtime';
import { signIn } from '../testing/agent-session';

describe("an agent's status", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('is kept on the user record: signing out and in again finds it as the agent left it', async () => {
    const password = 'correct horse battery';
    await t.api('POST', '/api/users', { email: 'rin@example.com', name: 'Rin', password });
    const first = await signIn(t.url, 'rin@example.com', password);
    expect((await first.call('GET', '/api/session')).body.user.status).toBe('away');
    expect((await first.call('PATCH', '/api/users/me', { status: 'online' })).body.status).toBe('online');
    expect((await first.call('DELETE', '/api/session')).status).toBe(204);

    const again = await signIn(t.url, 'rin@example.com', password);
    expect((await again.call('GET', '/api/session')).body.user.status).toBe('online');
    const rin = (await again.call('GET', '/api/users')).body.users.find((u: any) => u.name === 'Rin');
    expect(rin.status).toBe('online');
    // And the assign step's "online only" sees it from the same record.
    expect((await t.runtime.services.store.users.find({ email: 'rin@example.com' }))[0]?.status).toBe('online');
  });
});
