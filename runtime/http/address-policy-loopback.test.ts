import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy';
import { guardedRequest, HttpRequestError } from './guarded-request';

/**
 * The forms of the address table that really reach a loopback listener on this machine: first
 * shown to reach it (with an allowlist that opens everything), then refused by the default
 * policy, the listener seeing not even a connection.
 */
const loopbackForms = [
  'http://127.0.0.1:PORT/',
  'http://2130706433:PORT/',
  'http://0177.0.0.1:PORT/',
  'http://0x7f.1:PORT/',
  'http://0x7f000001:PORT/',
  'http://017700000001:PORT/',
  'http://127.1:PORT/',
  'http://127.0.1:PORT/',
  'http://127.0.0.1.:PORT/',
  'http://0:PORT/',
  'http://0.0.0.0:PORT/',
  'http://localhost:PORT/',
  'http://[::1]:PORT/',
  'http://[::]:PORT/',
  'http://[::ffff:127.0.0.1]:PORT/',
  'http://[::ffff:7f00:1]:PORT/',
  'http://[0:0:0:0:0:ffff:127.0.0.1]:PORT/',
];
/** Forms refused too, that this machine's routing happens not to deliver to loopback (no NAT64, no IPv4-compatible route). */
const unroutedForms = ['http://[::7f00:1]:PORT/', 'http://[::ffff:0:7f00:1]:PORT/', 'http://[64:ff9b::7f00:1]:PORT/', 'http://[2002:7f00:1::1]:PORT/'];

/** A machine without IPv6 (some containers) cannot reach the bracketed forms; they are still refused there. */
const hasIPv6 = await new Promise<boolean>((resolve) => {
  const probe = createServer();
  probe.once('error', () => resolve(false));
  probe.listen(0, '::1', () => probe.close(() => resolve(true)));
});
const reachable = hasIPv6 ? loopbackForms : loopbackForms.filter((form) => !form.includes('['));

describe('the address policy against a real loopback listener', () => {
  let server: Server;
  let port = 0;
  let requests = 0;
  let connections = 0;
  const url = (form: string) => form.replace('PORT', String(port));
  const send = (form: string, policy: AddressPolicy) =>
    guardedRequest({ method: 'GET', url: url(form), headers: {} }, { policy, timeoutMs: 1500, maxBytes: 1000, maxRedirects: 0 });

  beforeAll(async () => {
    server = createServer((_req, res) => {
      requests++;
      res.end('reached');
    });
    server.on('connection', () => connections++);
    // '::' takes IPv4 and IPv6 connections alike.
    await new Promise<void>((resolve) => server.listen(0, hasIPv6 ? '::' : '0.0.0.0', resolve));
    port = (server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it.each(reachable)('%s reaches the listener when the allowlist opens everything', async (form) => {
    const before = requests;
    const answer = await send(form, new AddressPolicy(['0.0.0.0/0', '::/0']));
    expect(answer.body).toBe('reached');
    expect(requests).toBe(before + 1);
  });

  it.each([...loopbackForms, ...unroutedForms])('%s is refused by the default policy, the listener sees nothing', async (form) => {
    const [requestsBefore, connectionsBefore] = [requests, connections];
    const error = await send(form, new AddressPolicy([])).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).kind).toBe('refused');
    expect((error as HttpRequestError).message).toContain('a private or reserved address');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect([requests, connections]).toEqual([requestsBefore, connectionsBefore]);
  });
});
