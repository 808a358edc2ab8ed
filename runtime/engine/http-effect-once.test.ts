import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeCrm, type FakeCrm } from '../testing/fake-crm';
import { FakeLineServer } from '../testing/fake-line-server';
import { callApi, postWebhook, startRuntimeChild, type RuntimeChild } from '../testing/runtime-child';
import { deleteKeys, eventually, lineEvent, textMessage } from '../testing/test-runtime';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** `ticket` → POST to the CRM → "Ticket <id>". */
function ticketWorkflow(url: string) {
  return {
    schemaVersion: 1,
    id: 'ticket',
    name: 'Ticket',
    settings: { timezone: 'Asia/Tokyo' },
    nodes: [
      { id: 'start', type: 'trigger-keyword', position: { x: 0, y: 0 }, data: { keywords: ['ticket'], match: 'exact' } },
      {
        id: 'call',
        type: 'http-request',
        position: { x: 200, y: 0 },
        data: {
          method: 'POST',
          url,
          headers: [],
          body: '{"user": "{{contact.userId}}"}',
          timeoutSeconds: 5,
          responseMapping: [{ path: 'id', variable: 'ticketId' }],
        },
      },
      { id: 'ok', type: 'send-message', position: { x: 400, y: 0 }, data: { messages: [{ type: 'text', text: 'Ticket {{vars.ticketId}}' }] } },
      { id: 'bad', type: 'send-message', position: { x: 400, y: 200 }, data: { messages: [{ type: 'text', text: 'No ticket' }] } },
    ],
    edges: [
      { id: 'e1', source: 'start', sourceHandle: 'next', target: 'call' },
      { id: 'e2', source: 'call', sourceHandle: 'success', target: 'ok' },
      { id: 'e3', source: 'call', sourceHandle: 'failure', target: 'bad' },
    ],
  };
}

describe('an HTTP step is an effect carried out after its decision is stored', () => {
  const line = new FakeLineServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-http-once-'));
  const prefix = `lfhttp-${randomUUID().slice(0, 8)}`;
  let crm: FakeCrm;
  const children: RuntimeChild[] = [];

  function start(env: Record<string, string> = {}): Promise<RuntimeChild> {
    return startRuntimeChild({ dataDir, prefix, lineUrl: line.url, env: { HTTP_ALLOWLIST: `127.0.0.1:${crm.port}`, ...env } }).then((child) => {
      children.push(child);
      return child;
    });
  }
  const callsFor = (user: string) => crm.calls.filter((call) => call.body?.user === user);

  beforeAll(async () => {
    await line.start();
    crm = await startFakeCrm();
    const setup = await start();
    expect((await callApi(setup.url as string, 'POST', '/api/workflows', ticketWorkflow(crm.ticketsUrl))).status).toBe(201);
    expect((await callApi(setup.url as string, 'POST', '/api/workflows/ticket/publish', {})).status).toBe(201);
    await setup.kill('SIGTERM');
  }, 30_000);

  afterAll(async () => {
    for (const child of children) await child.kill();
    await crm.stop();
    await line.stop();
    await deleteKeys(redisUrl, prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('a worker killed after deciding, before storing: the event is decided again and the CRM is called once', async () => {
    const user = 'Uhttponce0000000000000000000000001';
    const victim = await start({ LINEFLOW_TEST_PAUSE: `before-commit:${user}:30000` });
    expect(await postWebhook(victim.url as string, [lineEvent(line, user, textMessage('ticket'))])).toBe(200);
    await eventually(() => victim.lines.some((l) => l.paused), 10_000, 'the pause before the commit');
    await victim.kill('SIGKILL');
    const next = await start();
    await eventually(() => line.textsTo(user).length === 1, 20_000, 'the answer');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(line.textsTo(user)).toEqual([`Ticket CRM-${crm.calls.indexOf(callsFor(user)[0] as never) + 1}`]);
    expect(callsFor(user)).toHaveLength(1);
    expect(callsFor(user)[0]?.headers['idempotency-key']).toMatch(/^lineflow-run-.+-call-\d+$/);
    await next.kill('SIGTERM');
  }, 60_000);

  it('LINE failing the answer until the event is retried: the CRM is still called once', async () => {
    const user = 'Uhttponce0000000000000000000000002';
    const proc = await start();
    // Four tries in the job, then the job is retried with backoff: the HTTP effect is done by then.
    line.failNext('reply', 6, 500);
    expect(await postWebhook(proc.url as string, [lineEvent(line, user, textMessage('ticket'))])).toBe(200);
    await eventually(() => line.textsTo(user).length === 1, 30_000, 'the answer');
    expect(callsFor(user)).toHaveLength(1);
    await proc.kill('SIGTERM');
  }, 60_000);

  it('killed while the CRM answers (outcome unknown): the call is repeated with the same Idempotency-Key', async () => {
    const user = 'Uhttponce0000000000000000000000003';
    const victim = await start();
    let killed: Promise<void> | undefined;
    crm.onCall = (call) => {
      if (call.body?.user === user && !killed) killed = victim.kill('SIGKILL');
      return killed;
    };
    expect(await postWebhook(victim.url as string, [lineEvent(line, user, textMessage('ticket'))])).toBe(200);
    await eventually(() => killed !== undefined, 10_000, 'the kill');
    await killed;
    crm.onCall = undefined;
    const next = await start();
    await eventually(() => line.textsTo(user).length === 1, 30_000, 'the answer');
    const calls = callsFor(user);
    expect(calls).toHaveLength(2);
    expect(calls[1]?.headers['idempotency-key']).toBe(calls[0]?.headers['idempotency-key']);
    await next.kill('SIGTERM');
  }, 60_000);
});
