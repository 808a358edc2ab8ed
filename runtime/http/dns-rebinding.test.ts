import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/** A resolver an attacker controls: each look-up of a name answers the next address in its list. */
const answers = vi.hoisted(() => ({ queue: [] as string[], lookups: 0 }));
vi.mock('node:dns', async (original) => {
  const dns = await original<typeof import('node:dns')>();
  const lookup = (host: string, options: unknown, callback: (e: Error | null, a: { address: string; family: number }[]) => void) => {
    if (!host.endsWith('.rebind.test')) return dns.lookup(host, options as never, callback as never);
    answers.lookups++;
    const address = answers.queue.shift() ?? '203.0.113.1';
    callback(null, [{ address, family: address.includes(':') ? 6 : 4 }]);
  };
  return { ...dns, lookup, default: { ...dns, lookup } };
});

const { AddressPolicy } = await import('./address-policy');
const { guardedRequest } = await import('./guarded-request');

describe('DNS rebinding: the socket connects to the address that was checked', () => {
  let server: Server;
  let port = 0;
  let requests = 0;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('looks a name up once per connection and refuses when the answer turns private', async () => {
    const policy = new AddressPolicy([`127.0.0.1:${port}`]);
    const send = () =>
      guardedRequest({ method: 'GET', url: `http://crm.rebind.test:${port}/`, headers: {} }, { policy, timeoutMs: 2000, maxBytes: 100, maxRedirects: 0 });
    answers.queue.push('127.0.0.1', '169.254.169.254', '::ffff:169.254.169.254');
    expect((await send()).body).toBe('ok');
    expect(answers.lookups).toBe(1);
    for (const address of ['169.254.169.254', '::ffff:169.254.169.254']) {
      await expect(send()).rejects.toMatchObject({ kind: 'refused', message: expect.stringContaining(`resolves to ${address}`) });
    }
    expect([answers.lookups, requests]).toEqual([3, 1]);
  });
});
