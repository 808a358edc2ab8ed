import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeLineServer } from '../testing/fake-line-server';
import { deleteKeys, eventually, lineEvent, testAdminToken, testChannelSecret, testRedisUrl, textMessage } from '../testing/test-runtime';
import { createHmac } from 'node:crypto';
import { sevenMessages } from '../testing/seven-messages-workflow';

const script = fileURLToPath(new URL('../testing/runtime-process.ts', import.meta.url));
const redisUrl = testRedisUrl();

interface Proc {
  child: ChildProcess;
  url: string;
}

describe('a worker killed with SIGKILL mid-run', () => {
  const line = new FakeLineServer();
  const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-crash-'));
  const prefix = `lfcrash-${randomUUID().slice(0, 8)}`;
  let current: Proc | undefined;

  async function startProcess(): Promise<Proc> {
    const child = spawn(process.execPath, ['--import', 'tsx', script], {
      env: {
        ...process.env,
        PORT: '0',
        REDIS_URL: redisUrl,
        DATA_DIR: dataDir,
        QUEUE_PREFIX: prefix,
        ADMIN_API_TOKEN: testAdminToken,
        JOB_LOCK_MS: '2000',
        LINE_CHANNEL_SECRET: testChannelSecret,
        LINE_CHANNEL_ACCESS_TOKEN: 'token',
        LINE_API_BASE_URL: line.url,
        LINE_TIMEOUT_MS: '2000',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`runtime exited with ${code}`)));
      child.stdout?.on('data', (chunk: Buffer) => {
        if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
        const line = chunk
          .toString()
          .split('\n')
          .find((l) => l.includes('"ready"'));
        if (line) resolve(JSON.parse(line).url);
      });
    });
    current = { child, url };
    return current;
  }

  function kill(proc: Proc): Promise<void> {
    if (proc.child.exitCode !== null || proc.child.signalCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      proc.child.once('exit', () => resolve());
      proc.child.kill('SIGKILL');
    });
  }

  async function post(url: string, path: string, body: unknown, headers: Record<string, string> = {}) {
    const raw = JSON.stringify(body);
    const response = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${testAdminToken}`, ...headers },
      body: raw,
    });
    return response.status;
  }

  async function webhook(url: string, events: unknown[]) {
    const raw = JSON.stringify({ destination: 'bot', events });
    const signature = createHmac('sha256', testChannelSecret).update(raw).digest('base64');
    const response = await fetch(`${url}/webhook/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body: raw,
    });
    return response.status;
  }

  beforeAll(async () => {
    await line.start();
    const proc = await startProcess();
    expect(await post(proc.url, '/api/workflows', sevenMessages)).toBe(201);
    expect(await post(proc.url, '/api/workflows/seven/publish', {})).toBe(201);
  });

  afterAll(async () => {
    if (current) await kill(current);
    await line.stop();
    await deleteKeys(redisUrl, prefix);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it.each([
    ['while fetching the profile (before anything is decided)', 'profile'],
    ['after LINE took the reply, before the worker heard back', 'reply'],
    ['after LINE took the push, before the worker heard back', 'push'],
  ] as const)(
    '%s: a new process completes the run and no message goes out twice',
    async (_when, point) => {
      const user = `Ucrash${point}${'0'.repeat(27 - point.length)}`;
      const victim = current as Proc;
      let killed: Promise<void> | undefined;
      const crash = (endpoint: string, who: string) => {
        if (endpoint === point && who === user && !killed) {
          killed = kill(victim);
          return killed;
        }
      };
      line.onAccepted = (endpoint, who) => crash(endpoint, who);
      line.onProfile = (who) => crash('profile', who);
      expect(await webhook(victim.url, [lineEvent(line, user, textMessage('go'))])).toBe(200);
      await eventually(() => killed !== undefined, 10_000, 'the crash');
      await killed;
      line.onAccepted = undefined;
      line.onProfile = undefined;

      await startProcess();
      const texts = await eventually(() => (line.textsTo(user).length >= 7 ? line.textsTo(user) : null), 20_000, 'all seven messages');
      await new Promise((resolve) => setTimeout(resolve, 1000));
      expect(line.textsTo(user)).toEqual(['part 1', 'part 2', 'part 3', 'part 4', 'part 5', 'part 6', 'part 7']);
      expect(texts).toHaveLength(7);
      const response = await fetch(`${(current as Proc).url}/api/runs?contactId=${user}`, { headers: { authorization: `Bearer ${testAdminToken}` } });
      const { runs } = (await response.json()) as { runs: { status: string }[] };
      expect(runs.map((r) => r.status)).toEqual(['completed']);
    },
    60_000,
  );

  it('SIGTERM lets the job in flight finish, then the process exits 0', async () => {
    const user = 'Usigterm000000000000000000000000001';
    const proc = current as Proc;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let accepted = false;
    line.onAccepted = async (_endpoint, who) => {
      if (who !== user || accepted) return;
      accepted = true;
      await held;
    };
    expect(await webhook(proc.url, [lineEvent(line, user, textMessage('go'))])).toBe(200);
    await eventually(() => accepted, 10_000, 'the reply to reach LINE');
    const exited = new Promise<number | null>((resolve) => proc.child.once('exit', (code) => resolve(code)));
    proc.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    expect(await exited).toBe(0);
    line.onAccepted = undefined;
    expect(line.textsTo(user)).toEqual(['part 1', 'part 2', 'part 3', 'part 4', 'part 5', 'part 6', 'part 7']);
    await startProcess();
    const response = await fetch(`${(current as Proc).url}/api/runs?contactId=${user}`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    const { runs } = (await response.json()) as { runs: { status: string }[] };
    expect(runs.map((r) => r.status)).toEqual(['completed']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(line.textsTo(user)).toHaveLength(7);
  }, 60_000);
});
