import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { eventually, startTestRuntime, type TestRuntime } from '../testing/test-runtime';

const adminPassword = 'correct horse battery';
const agentPassword = 'agent password 123';
const newAgentPassword = 'brand new password 456';
const channelSecret = '0123456789abcdef0123456789abcdef';
const channelAccessToken = 'very-secret-channel-access-token-xyz';
const browser = 'audit-test-browser/1.0';

/** A browser's session, seen through a proxy (TRUST_PROXY=1) that says the client is `address`. */
async function browserSession(url: string, email: string, password: string, address: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': browser, 'x-forwarded-for': address };
  const response = await fetch(`${url}/api/session`, { method: 'POST', headers, body: JSON.stringify({ email, password }) });
  if (response.status !== 200) throw new Error(`signing in ${email}: ${response.status} ${await response.text()}`);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const signedIn = { ...headers, cookie: (response.headers.get('set-cookie') ?? '').split(';')[0], 'x-csrf-token': csrfToken };
  return async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${url}${path}`, { method, headers: signedIn, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await answer.text();
    return { status: answer.status, body: text ? JSON.parse(text) : undefined };
  };
}

describe('the audit log', () => {
  let t: TestRuntime;
  let adminId: string;
  let agentId: string;
  let admin: Awaited<ReturnType<typeof browserSession>>;
  const workflow = JSON.parse(readFileSync(new URL('../../examples/faq-menu.json', import.meta.url), 'utf8'));

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { TRUST_PROXY: '1' } });
    adminId = (await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: adminPassword })).body.id;
    agentId = (await t.api('POST', '/api/users', { email: 'gus@example.com', name: 'Gus', role: 'agent', password: agentPassword })).body.id;
    admin = await browserSession(t.url, 'ada@example.com', adminPassword, '203.0.113.7');
  });
  afterAll(() => t.stop());

  const log = async (query = '') => {
    const answer = await t.api('GET', `/api/audit-log${query}`);
    expect(answer.status).toBe(200);
    return answer.body as { entries: any[]; nextBefore: string | null; actions: string[] };
  };
  const entryOf = (action: string, query = '') => eventually(async () => (await log(query)).entries.find((e) => e.action === action), 5000, action);

  it("records an admin's publish, user change, business hours and channel settings with who, what, target and address", async () => {
    expect((await admin('POST', '/api/workflows', workflow)).status).toBe(201);
    expect((await admin('POST', `/api/workflows/${workflow.id}/publish`)).status).toBe(201);
    expect((await admin('PATCH', `/api/users/${agentId}`, { teams: ['Support'], password: newAgentPassword })).status).toBe(200);
    expect((await admin('PUT', '/api/settings/business-hours', { businessHours: { timezone: 'Asia/Tokyo', weekly: {} } })).status).toBe(200);
    expect((await admin('PUT', '/api/settings/line', { channelSecret, channelAccessToken })).status).toBe(200);

    const byAda = { kind: 'user', id: adminId, name: 'Ada' };
    const from = { address: '203.0.113.7', userAgent: browser };
    expect(await entryOf('workflow.published')).toMatchObject({
      actor: byAda,
      target: { type: 'workflow', id: workflow.id, label: workflow.name },
      method: 'POST',
      path: `/api/workflows/${workflow.id}/publish`,
      status: 201,
      operationId: 'publishWorkflow',
      ...from,
    });
    expect(await entryOf('workflow.created')).toMatchObject({ actor: byAda, target: { type: 'workflow', id: workflow.id } });
    const changed = await entryOf('user.changed');
    expect(changed).toMatchObject({ actor: byAda, target: { type: 'user', id: agentId, label: 'Gus' }, ...from });
    expect(changed.changes).toEqual({ fields: ['teams', 'password'], values: { teams: ['Support'] } });
    expect(await entryOf('settings.business-hours-changed')).toMatchObject({
      actor: byAda,
      target: { type: 'setting', id: 'business-hours' },
      changes: { fields: ['businessHours'], values: {} },
      ...from,
    });
    // Field names only: neither the channel secret nor the token is in the log.
    expect(await entryOf('channel.settings-changed')).toMatchObject({
      actor: byAda,
      target: { type: 'setting', id: 'line-channel' },
      changes: { fields: ['channelSecret', 'channelAccessToken'], values: {} },
    });
    const everything = JSON.stringify(await log('?limit=200'));
    for (const secret of [channelSecret, channelAccessToken, newAgentPassword, adminPassword, agentPassword]) expect(everything).not.toContain(secret);
  });

  it('records sign-ins, failed ones with the account tried and the address, and the API token as an actor', async () => {
    const tryPassword = (email: string, address: string) =>
      fetch(`${t.url}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': address, 'user-agent': 'curl/8' },
        body: JSON.stringify({ email, password: 'guessing-the-password' }),
      });
    expect((await tryPassword('ada@example.com', '198.51.100.9')).status).toBe(401);
    expect((await tryPassword('nobody@example.com', '198.51.100.10')).status).toBe(401);
    const failed = await eventually(async () => {
      const { entries } = await log('?action=session.sign-in-failed');
      return entries.length === 2 ? entries : null;
    });
    expect(failed[1]).toMatchObject({
      actor: { kind: 'anonymous' },
      target: { type: 'user', id: adminId, label: 'ada@example.com' },
      address: '198.51.100.9',
      userAgent: 'curl/8',
      status: 401,
      changes: null,
    });
    expect(failed[0]).toMatchObject({ target: { type: 'email', id: 'nobody@example.com' }, address: '198.51.100.10' });
    expect(JSON.stringify(failed)).not.toContain('guessing-the-password');

    expect(await entryOf('session.signed-in')).toMatchObject({
      actor: { kind: 'user', id: adminId },
      target: { type: 'user', id: adminId },
      address: '203.0.113.7',
    });
    expect(await entryOf('user.created')).toMatchObject({ actor: { kind: 'api-token', id: 'api-token' }, target: { type: 'user', id: agentId, label: 'Gus' } });
  });

  it('filters by action and person, pages newest first, and leaves out the simulator', async () => {
    expect((await t.api('POST', '/api/simulator/contacts/sim-audit/messages', { text: 'hello' })).status).toBeLessThan(300);
    await entryOf('channel.settings-changed');
    const mine = await log(`?actor=${adminId}`);
    expect(mine.entries.length).toBeGreaterThanOrEqual(6);
    expect(mine.entries.every((e) => e.actor.id === adminId)).toBe(true);
    const all = (await log('?limit=200')).entries;
    expect(all.map((e) => e.id)).toEqual([...all.map((e) => e.id)].sort().reverse());
    expect(all.some((e) => e.path.startsWith('/api/simulator'))).toBe(false);

    const first = await log('?limit=2');
    expect(first.entries).toHaveLength(2);
    const second = await log(`?limit=2&before=${encodeURIComponent(first.nextBefore as string)}`);
    expect(second.entries[0].id < first.entries[1].id).toBe(true);
    expect(all.slice(0, 4).map((e) => e.id)).toEqual([...first.entries, ...second.entries].map((e) => e.id));
    expect(first.actions).toContain('workflow.published');
    expect((await t.api('GET', '/api/audit-log?limit=0')).status).toBe(400);
    expect((await t.api('GET', '/api/audit-log?before=yesterday')).status).toBe(400);
  });

  it('is for admins only', async () => {
    const agent = await browserSession(t.url, 'gus@example.com', newAgentPassword, '192.0.2.1');
    expect((await agent('GET', '/api/audit-log')).status).toBe(403);
    expect((await agent('GET', '/api/settings/encryption-key')).status).toBe(403);
    expect((await fetch(`${t.url}/api/audit-log`)).status).toBe(401);
    expect((await admin('GET', '/api/audit-log')).status).toBe(200);
  });

  it('never slows or fails a request when the entry cannot be written', async () => {
    const { store, log: logger } = t.runtime.services;
    const insert = vi.spyOn(store.auditLog, 'insert').mockRejectedValueOnce(new Error('disk full'));
    const logged = vi.spyOn(logger, 'error');
    expect((await admin('PUT', '/api/settings/categories', { categories: ['Billing'], required: false })).status).toBe(200);
    await eventually(() => logged.mock.calls.some(([, message]) => message === 'could not write an audit log entry'));
    insert.mockRestore();
    logged.mockRestore();
  });

  it('says where the encryption key is kept, plainly when it lies in DATA_DIR', async () => {
    const answer = await admin('GET', '/api/settings/encryption-key');
    expect(answer.body).toMatchObject({ keySource: 'generated in DATA_DIR', keyId: t.runtime.services.secrets.keyId });
    expect(answer.body.warning).toContain('a backup of DATA_DIR carries its own key');
  });
});
