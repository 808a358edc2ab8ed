// The systems the bench compares, each started fresh with its own queue prefix and data folder:
// the floor server, LineFlow in one process, and LineFlow as web+worker plus a second worker.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { deleteKeys } from '../testing/test-runtime';
import type { BenchOptions, SystemName } from './bench-options';
import { lastWords, spawnServer, type ServerProcess } from './spawn-server';

export const benchSecret = 'bench-channel-secret-0123456789';
const adminToken = 'bench-admin-token-0123456789';

export interface SystemUnderTest {
  name: SystemName;
  url: string;
  processes: ServerProcess[];
  dataDir?: string;
  /** Why a process of the system ended early, if one did. */
  casualty: () => string | undefined;
  /** Stops the processes, deletes the Redis keys and the data folder. */
  stop: () => Promise<void>;
}

export type Started = { system: SystemUnderTest } | { skipped: string };

const script = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export async function startSystem(name: SystemName, lineUrl: string, redis: Redis, options: BenchOptions): Promise<Started> {
  const prefix = `lfbench-${name}-${randomUUID().slice(0, 8)}`;
  const dataDir = name === 'floor' ? undefined : mkdtempSync(join(tmpdir(), `lineflow-bench-${name}-`));
  const env = {
    ...process.env,
    PORT: '0',
    QUEUE_PREFIX: prefix,
    REDIS_URL: options.redisUrl,
    LINE_CHANNEL_SECRET: benchSecret,
    LINE_CHANNEL_ACCESS_TOKEN: 'bench',
    LINE_API_BASE_URL: lineUrl,
    ...(dataDir ? { DATA_DIR: dataDir, ADMIN_API_TOKEN: adminToken, LOG_LEVEL: 'warn' } : {}),
  };
  const processes: ServerProcess[] = [];
  const stop = async () => {
    await Promise.all(processes.map((p) => p.stop()));
    await deleteKeys(options.redisUrl, prefix);
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const first = spawnServer(script(name === 'floor' ? './floor-process.ts' : '../testing/runtime-process.ts'), [], env, options.cpuProfileDir);
    processes.push(first);
    const { url } = await withTimeout(first.ready, 60_000, `${name} did not start in 60 s`);
    if (name !== 'floor') await publish(url as string, 'faq-menu');
    if (name === 'lineflow2') {
      const workersBefore = await namedClients(redis, prefix);
      const worker = spawnServer(script('../main.ts'), ['--worker'], env, options.cpuProfileDir);
      processes.push(worker);
      const reason = await workerReady(worker, redis, prefix, workersBefore);
      if (reason) {
        await stop();
        return { skipped: reason };
      }
    }
    const casualty = () => {
      const ended = processes.find((p) => p.child.exitCode !== null || p.child.signalCode !== null);
      return ended ? (lastWords(ended.stderr()) ?? `process ${ended.pid} exited`) : undefined;
    };
    return { system: { name, url: url as string, processes, dataDir, casualty, stop } };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * `main.ts --worker` prints no ready line of its own; it is ready once its BullMQ workers have
 * named their Redis connections (`<prefix>:…`). Returns why it is not, or undefined when it is.
 */
async function workerReady(worker: ServerProcess, redis: Redis, prefix: string, before: number): Promise<string | undefined> {
  let exited = false;
  void worker.exited.then(() => (exited = true));
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) return lastWords(worker.stderr()) ?? 'the worker process exited';
    if ((await namedClients(redis, prefix)) > before) return undefined;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return 'the worker process did not start its queue workers in 60 s';
}

async function namedClients(redis: Redis, prefix: string): Promise<number> {
  const list = (await redis.client('LIST')) as string;
  return list.split('\n').filter((line) => / name=(\S+)/.exec(line)?.[1]?.startsWith(`${prefix}:`)).length;
}

async function publish(url: string, name: string): Promise<void> {
  const document = readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8');
  const headers = { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' };
  await fetch(`${url}/api/workflows`, { method: 'POST', headers, body: document });
  const published = await fetch(`${url}/api/workflows/${name}/publish`, { method: 'POST', headers });
  if (published.status !== 201) throw new Error(`publishing ${name} failed: ${await published.text()}`);
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
