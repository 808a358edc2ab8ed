import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { testAdminToken, testChannelSecret, testRedisUrl } from './test-runtime';

const script = fileURLToPath(new URL('./runtime-process.ts', import.meta.url));

/** A LineFlow process of its own (to kill, stall or run beside another), and what it printed. */
export interface RuntimeChild {
  child: ChildProcess;
  /** Undefined for a worker-only process. */
  url: string | undefined;
  /** Every JSON line it printed on stdout. */
  lines: Record<string, unknown>[];
  exited: Promise<number | null>;
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface RuntimeChildOptions {
  dataDir: string;
  prefix: string;
  lineUrl: string;
  worker?: boolean;
  env?: Record<string, string>;
}

/** Starts `runtime/testing/runtime-process.ts` on a shared DATA_DIR and queue prefix; resolves once it is ready. */
export async function startRuntimeChild(options: RuntimeChildOptions): Promise<RuntimeChild> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...(options.worker ? ['--worker'] : [])], {
    env: {
      ...process.env,
      PORT: '0',
      REDIS_URL: testRedisUrl(),
      DATA_DIR: options.dataDir,
      QUEUE_PREFIX: options.prefix,
      ADMIN_API_TOKEN: testAdminToken,
      JOB_LOCK_MS: '2000',
      LINE_CHANNEL_SECRET: testChannelSecret,
      LINE_CHANNEL_ACCESS_TOKEN: 'token',
      LINE_API_BASE_URL: options.lineUrl,
      LINE_TIMEOUT_MS: '2000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Record<string, unknown>[] = [];
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  let buffered = '';
  const url = await new Promise<string | undefined>((resolve, reject) => {
    void exited.then((code) => reject(new Error(`runtime exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (process.env.TEST_LOG_LEVEL) process.stderr.write(chunk);
      buffered += chunk.toString();
      const complete = buffered.split('\n');
      buffered = complete.pop() ?? '';
      for (const text of complete) {
        if (!text.startsWith('{')) continue;
        const parsed = JSON.parse(text) as Record<string, unknown>;
        lines.push(parsed);
        if (parsed.ready) resolve(parsed.url as string | undefined);
      }
    });
  });
  const kill = async (signal: NodeJS.Signals = 'SIGKILL') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill(signal);
    await exited;
  };
  return { child, url, lines, exited, kill };
}

/** Posts a LINE webhook body to a LineFlow process, signed as LINE signs it. */
export async function postWebhook(url: string, events: unknown[]): Promise<number> {
  const raw = JSON.stringify({ destination: 'bot', events });
  const signature = createHmac('sha256', testChannelSecret).update(raw).digest('base64');
  const response = await fetch(`${url}/webhook/line`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-line-signature': signature },
    body: raw,
  });
  return response.status;
}

/** Calls the REST API of a LineFlow process with the test admin token. */
export async function callApi(url: string, method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${url}${path}`, {
    method,
    headers: { authorization: `Bearer ${testAdminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}
