// `npm run bench`: the real server (a child process), the machine's Redis and a fake LINE API on
// loopback. Simulated customers each send "menu", tap "Business hours" and get the answer.
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac, randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Agent, setGlobalDispatcher } from 'undici';
import { FakeLineServer } from '../testing/fake-line-server';
import { deleteKeys, lineEvent, postback, textMessage } from '../testing/test-runtime';
import { summarize } from './percentiles';

setGlobalDispatcher(new Agent({ connections: 256, pipelining: 1 }));

const secret = 'bench-channel-secret-0123456789';
const token = 'bench-admin-token-0123456789';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const fixedRates = (process.env.BENCH_RATES ?? '100,300').split(',').map(Number);
const fixedSeconds = Number(process.env.BENCH_SECONDS ?? 10);
const saturationUsers = Number(process.env.BENCH_USERS ?? 3000);
const saturationConcurrency = Number(process.env.BENCH_CONCURRENCY ?? 300);

interface Sample {
  ackMs: number;
  replyMs: number;
}

const line = await new FakeLineServer().start();
const dataDir = mkdtempSync(join(tmpdir(), 'lineflow-bench-'));
const prefix = `lfbench-${randomUUID().slice(0, 8)}`;
const pending = new Map<string, (at: number) => void>();
line.onAccepted = (_endpoint, userId) => {
  pending.get(userId)?.(performance.now());
};

const server = await startServer();
await publish('faq-menu');

process.stdout.write(`LineFlow benchmark: FAQ menu ("menu" → tap "Business hours" → answer), ${process.env.WORKER_CONCURRENCY ?? 16} worker slots, embedded store\n`);
await warmUp();
for (const rate of fixedRates) {
  report(`fixed load: ${rate} events/s offered for ${fixedSeconds} s`, await fixedLoad(rate, fixedSeconds));
}
const saturated = await saturation(saturationUsers, saturationConcurrency);
report(`saturation: ${saturationUsers} customers, ${saturationConcurrency} at a time`, saturated);
const replies = line.delivered.filter((d) => d.method === 'reply').length;
process.stdout.write(`messages sent by reply (free): ${((100 * replies) / line.delivered.length).toFixed(1)}% of ${line.delivered.length} LINE requests\n`);

server.kill('SIGTERM');
await new Promise((resolve) => server.on('exit', resolve));
await line.stop();
await deleteKeys(redisUrl, prefix);
rmSync(dataDir, { recursive: true, force: true });

async function startServer(): Promise<ChildProcess & { url: string }> {
  const script = fileURLToPath(new URL('../testing/runtime-process.ts', import.meta.url));
  const profile = process.env.BENCH_CPU_PROFILE ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROFILE}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script], {
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, QUEUE_PREFIX: prefix, ADMIN_API_TOKEN: token, LINE_CHANNEL_SECRET: secret, LINE_CHANNEL_ACCESS_TOKEN: 'bench', LINE_API_BASE_URL: line.url, REDIS_URL: redisUrl },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      const ready = chunk.toString().split('\n').find((l) => l.includes('"ready"'));
      if (ready) resolve(JSON.parse(ready).url);
    });
  });
  return Object.assign(child, { url });
}

async function publish(name: string): Promise<void> {
  const document = readFileSync(new URL(`../../examples/${name}.json`, import.meta.url), 'utf8');
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  await fetch(`${server.url}/api/workflows`, { method: 'POST', headers, body: document });
  const published = await fetch(`${server.url}/api/workflows/${name}/publish`, { method: 'POST', headers });
  if (published.status !== 201) throw new Error(`publish failed: ${await published.text()}`);
}

/** Sends one event and waits for LINE to receive the answer; returns the two latencies. */
async function step(userId: string, body: Record<string, unknown>): Promise<Sample> {
  const event = lineEvent(line, userId, body);
  const raw = JSON.stringify({ destination: 'bench', events: [event] });
  const signature = createHmac('sha256', secret).update(raw).digest('base64');
  const answered = new Promise<number>((resolve) => pending.set(userId, resolve));
  const started = performance.now();
  const response = await fetch(`${server.url}/webhook/line`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-line-signature': signature }, body: raw });
  const ackMs = performance.now() - started;
  if (response.status !== 200) throw new Error(`webhook answered ${response.status}`);
  await response.arrayBuffer();
  const at = await withTimeout(answered, 30_000, `no answer for ${userId}`);
  pending.delete(userId);
  return { ackMs, replyMs: at - started };
}

async function conversation(userId: string): Promise<Sample[]> {
  const menu = await step(userId, textMessage('menu'));
  const hours = await step(userId, postback('choice=hours'));
  return [menu, hours];
}

async function warmUp(): Promise<void> {
  await Promise.all(Array.from({ length: 50 }, (_, i) => conversation(`Uwarm${i}`)));
}

async function fixedLoad(eventsPerSecond: number, seconds: number) {
  const conversationsPerSecond = eventsPerSecond / 2;
  const total = Math.round(conversationsPerSecond * seconds);
  const samples: Sample[] = [];
  const started = performance.now();
  const runs: Promise<void>[] = [];
  for (let i = 0; i < total; i++) {
    const due = started + (i * 1000) / conversationsPerSecond;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    runs.push(conversation(`Ufixed${i}`).then((s) => void samples.push(...s)));
  }
  await Promise.all(runs);
  return { samples, conversations: total, seconds: (performance.now() - started) / 1000 };
}

async function saturation(users: number, concurrency: number) {
  const samples: Sample[] = [];
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < users) {
        const i = next++;
        samples.push(...(await conversation(`Usat${i}`)));
      }
    }),
  );
  return { samples, conversations: users, seconds: (performance.now() - started) / 1000 };
}

function report(title: string, result: { samples: Sample[]; conversations: number; seconds: number }): void {
  const ack = summarize(result.samples.map((s) => s.ackMs));
  const reply = summarize(result.samples.map((s) => s.replyMs));
  const f = (n: number) => n.toFixed(1);
  process.stdout.write(
    `\n${title}\n` +
      `  completed conversations: ${f(result.conversations / result.seconds)}/s  (event→reply: ${f(result.samples.length / result.seconds)}/s over ${f(result.seconds)} s)\n` +
      `  webhook ack:      p50 ${f(ack.p50)} ms   p99 ${f(ack.p99)} ms   max ${f(ack.max)} ms\n` +
      `  event→LINE call:  p50 ${f(reply.p50)} ms   p99 ${f(reply.p99)} ms   max ${f(reply.max)} ms\n`,
  );
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return Promise.race([promise, sleep(ms).then(() => Promise.reject(new Error(message)))]);
}
