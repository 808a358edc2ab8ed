import { EventEmitter, once } from 'node:events';
import type { Server } from 'node:http';
import { connect, type AddressInfo, type Socket } from 'node:net';
import express, { type Response } from 'express';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { RuntimeServices } from '../app/runtime-services';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';
import { streamLiveEvents, type StreamLimits } from './event-stream';

/** A message of about `size` bytes once serialised, as the store publishes them. */
const bigMessage = (i: number, size = 10_000) => ({
  id: `m-${i}`,
  contactId: 'U1',
  conversationId: 'c-1',
  direction: 'in',
  content: { type: 'text', text: 'x'.repeat(size) },
});

/** A client that sends its request and then never reads a byte. */
async function stalledClient(port: number, path: string, headers: Record<string, string> = {}): Promise<Socket> {
  const socket = connect(port, '127.0.0.1');
  await once(socket, 'connect');
  socket.pause();
  const lines = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  socket.write(`GET ${path} HTTP/1.1\r\nhost: 127.0.0.1\r\n${lines.join('')}\r\n`);
  return socket;
}

const closed = (socket: Socket) => (socket.destroyed ? Promise.resolve() : once(socket, 'close').then(() => undefined));

describe('the live event stream under a client that stops reading', () => {
  const messages = new EventEmitter();
  const reasons: string[] = [];
  const log = { warn: (fields: { reason: string }) => reasons.push(fields.reason) };
  const services = { messages, log } as unknown as RuntimeServices;
  let server: Server;
  let port: number;
  let limits: StreamLimits;
  const responses: Response[] = [];

  beforeAll(async () => {
    const app = express();
    app.get('/stream', (_req, res) => {
      responses.push(res);
      streamLiveEvents(services, res, { limits });
    });
    server = app.listen(0, '127.0.0.1');
    await once(server, 'listening');
    port = (server.address() as AddressInfo).port;
  });
  afterEach(() => {
    responses.splice(0);
    reasons.splice(0);
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('drops it once what waits for it passes the bound, having never held much more', async () => {
    limits = { maxBufferedBytes: 256 * 1024, drainTimeoutMs: 60_000 };
    const socket = await stalledClient(port, '/stream');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = responses[0];
    let most = 0;
    let sent = 0;
    // Up to 200 MB: far past what the kernel's socket buffers take, so the stream must act.
    for (let i = 0; i < 20_000 && !res.destroyed; i++) {
      messages.emit('message', bigMessage(i));
      sent += 10_000;
      most = Math.max(most, res.writableLength);
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(res.destroyed).toBe(true);
    expect(reasons).toEqual(['buffer full']);
    expect(most).toBeLessThanOrEqual(limits.maxBufferedBytes + 11_000);
    expect(sent).toBeLessThan(200_000_000);
    expect(messages.listenerCount('message')).toBe(0);
    socket.resume();
    await closed(socket);
  });

  it('drops it when a full buffer does not drain in time, even below the bound', async () => {
    limits = { maxBufferedBytes: 1024 * 1024 * 1024, drainTimeoutMs: 300 };
    const socket = await stalledClient(port, '/stream');
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = responses[0];
    // Past what the kernel's socket buffers take: from here on the bytes wait in this process.
    for (let i = 0; i < 20_000 && !res.destroyed && res.writableLength < 4 * 1024 * 1024; i++) {
      messages.emit('message', bigMessage(i));
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const started = Date.now();
    while (Date.now() - started < 10_000 && !res.destroyed) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(res.destroyed).toBe(true);
    expect(reasons).toEqual(['no drain']);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(messages.listenerCount('message')).toBe(0);
    socket.resume();
    await closed(socket);
  });

  it('keeps a client that reads, however many events come', async () => {
    limits = { maxBufferedBytes: 256 * 1024, drainTimeoutMs: 10_000 };
    const controller = new AbortController();
    const answer = await fetch(`http://127.0.0.1:${port}/stream`, { signal: controller.signal });
    let received = 0;
    const reading = (async () => {
      for await (const chunk of answer.body as AsyncIterable<Uint8Array>) received += chunk.length;
    })().catch(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const res = responses[0];
    // Bursts of 100 kB, each once the last has mostly gone: a reader that keeps up, on however busy a machine
    // (the reader shares this event loop, so a producer that never waits would outrun any reader).
    for (let i = 0; i < 2_000 && !res.destroyed; i++) {
      messages.emit('message', bigMessage(i));
      if (i % 10 !== 9) continue;
      while (res.writableLength > 64 * 1024 && !res.destroyed) await new Promise((resolve) => setTimeout(resolve, 2));
    }
    const started = Date.now();
    while (received < 2_000 * 10_000 && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(reasons).toEqual([]);
    expect(res.destroyed).toBe(false);
    expect(received).toBeGreaterThan(2_000 * 10_000);
    controller.abort();
    await reading;
  });
});

describe("the runtime's /api/events under a client that stops reading", () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true });
  });
  afterAll(() => t.stop());

  it('is dropped rather than buffered without end', async () => {
    const { messages } = t.runtime.services;
    const before = messages.listenerCount('message');
    const socket = await stalledClient(Number(new URL(t.url).port), '/api/events', { authorization: `Bearer ${testAdminToken}` });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages.listenerCount('message')).toBe(before + 1);
    const heapBefore = process.memoryUsage().heapUsed;
    for (let i = 0; i < 20_000 && messages.listenerCount('message') > before; i++) {
      messages.emit('message', bigMessage(i));
      if (i % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    expect(messages.listenerCount('message')).toBe(before);
    // Whatever was sent before the drop stayed within a few megabytes, not the 200 MB published.
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
    socket.resume();
    await closed(socket);
  });
});
