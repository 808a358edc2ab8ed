import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, type Server, type Socket } from 'node:net';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, startTestRuntime, testAdminToken, testChannelSecret, textMessage, type TestRuntime } from '../testing/test-runtime';
import { startWorkerHeartbeat } from './worker-heartbeat';

const quiet = pino({ level: 'silent' });

async function health(t: TestRuntime): Promise<{ status: number; body: any }> {
  const response = await fetch(`${t.url}/healthz`);
  return { status: response.status, body: await response.json() };
}

describe('/healthz', () => {
  const started: TestRuntime[] = [];
  const start = async (options: Parameters<typeof startTestRuntime>[0]) => {
    const t = await startTestRuntime(options);
    started.push(t);
    return t;
  };
  afterEach(async () => {
    // Web-only runtimes last: a worker runtime's stop deletes the keys of a shared prefix.
    for (const t of started.splice(0).reverse()) await t.stop();
  });

  it('answers 200 once started, with the store, the channel, the workers and the oldest wait', async () => {
    const t = await start({ simulated: true });
    expect(await health(t)).toEqual({ status: 200, body: { ok: true, store: 'sqlite', channel: 'simulated', workers: 1, oldestWaitingMs: 0 } });
  });

  it('answers 503 "starting" until start-up work is done, then 200', async () => {
    const t = await start({ simulated: true });
    t.runtime.services.ready = false;
    const starting = await health(t);
    expect(starting.status).toBe(503);
    expect(starting.body).toMatchObject({ ok: false, starting: true });
    expect(starting.body.problems[0]).toMatch(/still starting/);
    t.runtime.markReady();
    expect((await health(t)).status).toBe(200);
  });

  it('answers 503 naming the store when the store cannot write', async () => {
    const t = await start({ simulated: true });
    await t.runtime.services.store.close();
    const { status, body } = await health(t);
    expect(status).toBe(503);
    expect(body.ok).toBe(false);
    expect(body.problems).toEqual([expect.stringMatching(/^the store \(sqlite\) cannot write: .*not open/)]);
  });

  it('answers 503 naming the workers when none runs, counts one in another process, and drops it when it stops', async () => {
    const web = await start({ simulated: true, overrides: { runWorkers: false } });
    const none = await health(web);
    expect(none.status).toBe(503);
    expect(none.body.problems).toEqual([expect.stringContaining('no queue worker has reported in the last 15 s')]);

    // A worker that crashed long ago (it never removed itself) does not count either.
    const redis = web.runtime.services.redis;
    await redis.zadd(`${web.config.queuePrefix}:workers`, Date.now() - 20_000, 'crashed-host:1');
    expect((await health(web)).status).toBe(503);

    const worker = await start({ simulated: true, env: { QUEUE_PREFIX: web.config.queuePrefix } });
    expect(await health(web)).toMatchObject({ status: 200, body: { ok: true, workers: 1 } });
    await worker.stop();
    started.splice(started.indexOf(worker), 1);
    const gone = await health(web);
    expect(gone.status).toBe(503);
    expect(gone.body.problems).toEqual([expect.stringContaining('no queue worker')]);
  });

  it('answers 503 naming the oldest waiting event when it waits too long; timers set for later do not count', async () => {
    const web = await start({ simulated: true, overrides: { runWorkers: false }, env: { HEALTH_MAX_EVENT_AGE_MS: '600' } });
    // A worker that beats but drains nothing (every slot stuck): only the waiting event can tell.
    const stuck = await startWorkerHeartbeat(web.runtime.services.redis, web.config.queuePrefix, quiet);
    try {
      const { queue } = web.runtime.services;
      await queue.scheduleTimer('sim-health', { kind: 'timer', id: 'timer-later', runId: 'r1', visit: 1, fireAt: Date.now() + 3_600_000, reason: 'timeout' });
      expect(await health(web)).toMatchObject({ status: 200, body: { ok: true, workers: 1, oldestWaitingMs: 0 } });

      const now = Date.now();
      await queue.enqueue({
        kind: 'message',
        id: 'e-health-1',
        contactId: 'sim-health',
        timestamp: now,
        receivedAt: now,
        message: { type: 'text', text: 'hello' },
      });
      const fresh = await health(web);
      expect(fresh.status).toBe(200);
      expect(fresh.body.oldestWaitingMs).toBeLessThan(600);

      await new Promise((resolve) => setTimeout(resolve, 800));
      const late = await health(web);
      expect(late.status).toBe(503);
      expect(late.body.problems).toEqual([
        expect.stringMatching(/^the oldest waiting event has waited \d+\.\d s for a worker \(HEALTH_MAX_EVENT_AGE_MS allows 0\.6 s\)$/),
      ]);
    } finally {
      await stuck.stop();
    }
  });
});

/** Accepts connections and never answers: a LINE API that hangs. */
class BlackHole {
  readonly sockets: Socket[] = [];
  private readonly server: Server = createServer((socket) => this.sockets.push(socket));
  url = '';

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  async stop(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }
}

describe('SIGTERM on `main.ts --worker`', () => {
  const main = fileURLToPath(new URL('../main.ts', import.meta.url));
  const hole = new BlackHole();
  let web: TestRuntime;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    await hole.start();
    // The web side in this process; the worker under test shares its prefix and data folder.
    web = await startTestRuntime({ env: { LINE_API_BASE_URL: hole.url }, overrides: { runWorkers: false } });
  });
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await web.stop();
    await hole.stop();
  });

  /** Starts a worker process and waits until the web side counts it. */
  async function startWorker(shutdownTimeoutMs: number): Promise<{ child: ChildProcess; output: () => string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', main, '--worker'], {
      env: {
        ...process.env,
        DATA_DIR: web.config.dataDir,
        QUEUE_PREFIX: web.config.queuePrefix,
        REDIS_URL: web.config.redisUrl,
        ADMIN_API_TOKEN: testAdminToken,
        LINE_CHANNEL_SECRET: testChannelSecret,
        LINE_CHANNEL_ACCESS_TOKEN: 'token',
        LINE_API_BASE_URL: hole.url,
        LINE_TIMEOUT_MS: '60000',
        JOB_LOCK_MS: '3000',
        SHUTDOWN_TIMEOUT_MS: String(shutdownTimeoutMs),
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await eventually(() => output.includes('LineFlow worker started') || child.exitCode !== null, 20_000, 'the worker to start');
    expect(child.exitCode).toBeNull();
    await eventually(async () => (await health(web)).body.workers === 1, 10_000, 'the web side to count the worker');
    return { child, output: () => output };
  }

  /** Sends a message whose job hangs on the profile call to the black hole. */
  async function hangAJob(user: string): Promise<void> {
    const connections = hole.sockets.length;
    expect((await web.webhook([lineEvent(web.line, user, textMessage('hello'))])).status).toBe(200);
    await eventually(() => hole.sockets.length > connections, 10_000, 'the job to call LINE');
  }

  function exit(child: ChildProcess): Promise<{ code: number | null; afterMs: number }> {
    const sent = Date.now();
    return new Promise((resolve) => child.once('exit', (code) => resolve({ code, afterMs: Date.now() - sent })));
  }

  it('with nothing in flight: exits 0 at once, and the web side stops counting the worker', async () => {
    const { child, output } = await startWorker(3_000);
    const exited = exit(child);
    child.kill('SIGTERM');
    const { code, afterMs } = await exited;
    expect(code).toBe(0);
    expect(afterMs).toBeLessThan(2_000);
    expect(output()).toContain('"msg":"stopped"');
    const { status, body } = await health(web);
    expect(status).toBe(503);
    expect(body.problems).toEqual([expect.stringContaining('no queue worker')]);
  }, 30_000);

  it('with a job hanging on LINE (60 s timeout): exits 1 within SHUTDOWN_TIMEOUT_MS, saying it cut work off', async () => {
    const shutdownTimeoutMs = 3_000;
    const { child, output } = await startWorker(shutdownTimeoutMs);
    await hangAJob('Uhealthhang000000000000000000000001');
    const exited = exit(child);
    child.kill('SIGTERM');
    const { code, afterMs } = await exited;
    expect(code).toBe(1);
    // It waited for the job (two thirds of the bound) before cutting it off, and no longer than the bound.
    expect(afterMs).toBeGreaterThanOrEqual((shutdownTimeoutMs * 2) / 3 - 100);
    expect(afterMs).toBeLessThan(shutdownTimeoutMs + 5_000);
    expect(output()).toContain('shutdown cut off work still active');
  }, 40_000);

  it('a second SIGTERM exits at once, without waiting for the hung job', async () => {
    const { child, output } = await startWorker(30_000);
    await hangAJob('Uhealthhang000000000000000000000002');
    const exited = exit(child);
    child.kill('SIGTERM');
    await eventually(() => output().includes('shutting down: finishing active work'), 5_000, 'the first signal to be taken');
    child.kill('SIGTERM');
    const { code, afterMs } = await exited;
    expect(code).toBe(1);
    expect(afterMs).toBeLessThan(3_000);
    expect(output()).toContain('second signal: exiting now');
  }, 40_000);
});
