import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeChannels } from '../testing/fake-line/channel-routes';
import { fakeBot } from '../testing/fake-line/fake-bot';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));

describe('lineflow channel', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    t.config.publicUrl = t.url;
  });
  afterAll(() => t.stop());

  async function lineflow(args: string[], env: Record<string, string> = {}) {
    try {
      const { stdout, stderr } = await run(process.execPath, ['bin/lineflow.js', 'channel', ...args], {
        cwd: root,
        env: { ...process.env, LINEFLOW_URL: t.url, ADMIN_API_TOKEN: testAdminToken, ...env },
      });
      return { code: 0, stdout, stderr };
    } catch (error) {
      const failed = error as { code: number; stdout: string; stderr: string };
      return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
    }
  }

  it('connects a channel: the account named, the webhook URL set and tested by LINE', async () => {
    const bot = fakeChannels(t.line!).register(fakeBot('CLI Japan', { basicId: '@clijapan' }));
    const connected = await lineflow(['connect', '--name', 'Japan', '--secret', bot.secret, '--token', bot.token]);
    const id = /as channel (c[a-z2-7]{7})/.exec(connected.stdout)?.[1];
    expect(connected.stdout).toContain(`Connected “Japan” as channel ${id}: LINE account CLI Japan (@clijapan)`);
    expect(connected.stdout).toContain(`Webhook URL: ${t.url}/webhook/line/${id}`);
    expect(connected.stdout).toContain(`LINE reached ${t.url}/webhook/line/${id} and got 200. Webhooks work.`);
    expect(connected.code).toBe(0);
    expect(bot.endpoint).toBe(`${t.url}/webhook/line/${id}`);

    const listed = await lineflow(['list']);
    expect(listed.stdout).toContain('default  Default channel  [from environment]');
    expect(listed.stdout).toContain(`${id}  Japan  [connected]  CLI Japan (@clijapan)  webhook ok`);

    const tested = await lineflow(['test', id ?? '']);
    expect(tested.stdout).toContain(`LINE reached ${t.url}/webhook/line/${id} and got 200`);
    expect(tested.code).toBe(0);
  });

  it('takes the secret and token from the environment, and exits 1 saying what to fix', async () => {
    const bot = fakeChannels(t.line!).register(fakeBot('CLI Thai'));
    t.config.publicUrl = undefined;
    try {
      const connected = await lineflow(['connect', '--name', 'Thailand'], { CHANNEL_SECRET: bot.secret, CHANNEL_ACCESS_TOKEN: bot.token });
      expect(connected.stdout).toContain('Connected “Thailand”');
      expect(connected.stderr).toContain('PUBLIC_URL is not set: LINE cannot reach this server');
      expect(connected.code).toBe(1);
    } finally {
      t.config.publicUrl = t.url;
    }
    const refused = await lineflow(['connect', '--name', 'Typo', '--secret', 'b'.repeat(32), '--token', 'wrong-token']);
    expect(refused.stderr).toContain('lineflow: LINE refused this channel access token');
    expect(refused.code).toBe(1);
    const missing = await lineflow(['connect', '--name', 'No token']);
    expect(missing.stderr).toContain('usage: lineflow channel connect');
    expect(missing.code).toBe(2);
  });
});
