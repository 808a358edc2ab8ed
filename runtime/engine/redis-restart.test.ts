import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { waitForRedis } from '../testing/wait-for-redis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, textMessage, type TestRuntime } from '../testing/test-runtime';

const port = 20_000 + Math.floor(Math.random() * 20_000);
const url = `redis://127.0.0.1:${port}`;
const dir = mkdtempSync(join(tmpdir(), 'lineflow-redis-'));

function startRedis(persistent: boolean): Promise<void> {
  const args = ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', persistent ? 'yes' : 'no', '--daemonize', 'yes'];
  spawnSync('redis-server', args);
  return waitForRedis(url);
}

async function stopRedis(save: boolean): Promise<void> {
  spawnSync('redis-cli', ['-p', String(port), 'shutdown', save ? 'save' : 'nosave']);
  await new Promise((resolve) => setTimeout(resolve, 300));
}

describe('Redis restarting under a running LineFlow', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    await startRedis(true);
    t = await startTestRuntime({ env: { REDIS_URL: url } });
    await t.publishExample('faq-menu');
  });
  afterAll(async () => {
    await t.stop().catch(() => {});
    await stopRedis(false);
    rmSync(dir, { recursive: true, force: true });
  });

  it('with its append-only file: waiting conversations carry on, nothing is sent twice', async () => {
    const user = 'Uredis00000000000000000000000000001';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    await stopRedis(true);
    // While Redis is down, the health check says so.
    const down = await fetch(`${t.url}/healthz`);
    expect(down.status).toBe(503);
    expect((await down.json()).ok).toBe(false);
    await startRedis(true);
    await eventually(async () => (await fetch(`${t.url}/healthz`)).status === 200, 10_000, 'health');
    await eventually(async () => (await t.webhook([lineEvent(t.line, user, textMessage('Pricing'))])).status === 200, 10_000, 'the webhook');
    await messagesDelivered(t.line, user, 2, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'Plans start at ¥5,000 a month. Details: https://example.com/pricing']);
  });

  it('empty after the restart: the store still knows the waiting run, and its timer is set again', async () => {
    const user = 'Uredis00000000000000000000000000002';
    await t.webhook([lineEvent(t.line, user, textMessage('menu'))]);
    await messagesDelivered(t.line, user, 1);
    const run = (await t.runtime.services.store.contacts.get(user))?.engine.run;
    expect(run?.timer?.id).toBeDefined();
    await stopRedis(false);
    rmSync(join(dir, 'appendonlydir'), { recursive: true, force: true });
    await startRedis(false);
    await eventually(async () => (await t.runtime.services.queue.queue.getJob(`t.${run?.timer?.id}`)) !== undefined, 15_000, 'the timer job to be set again');
    await eventually(async () => (await t.webhook([lineEvent(t.line, user, textMessage('Business hours'))])).status === 200, 10_000, 'the webhook');
    await messagesDelivered(t.line, user, 2, 15_000);
    expect(t.line?.textsTo(user)).toEqual(['How can we help?', 'We are open Monday to Friday, 9:00–18:00 (JST).']);
  });
});
