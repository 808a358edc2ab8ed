import { describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy';
import { guardedRequest, HttpRequestError } from './guarded-request';

const policy = new AddressPolicy([]);

/** Addresses as the resolver hands them to the socket: each must be refused. */
const refusedAddresses: [string, string][] = [
  // IPv4
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['0.0.0.0', 'this network'],
  ['10.0.0.1', 'private'],
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.10', 'private'],
  ['169.254.169.254', 'cloud metadata'],
  ['100.64.0.1', 'carrier-grade NAT'],
  ['100.127.255.255', 'carrier-grade NAT'],
  ['192.0.0.170', 'IETF'],
  ['192.0.2.1', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.9', 'documentation'],
  ['192.88.99.1', '6to4 relay'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  // IPv6 itself
  ['::', 'unspecified'],
  ['::1', 'IPv6 loopback'],
  ['0:0:0:0:0:0:0:1', 'IPv6 loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%lo', 'link-local'],
  ['febf:ffff::1', 'link-local'],
  ['fec0::1', 'site-local'],
  ['feff::1', 'site-local'],
  ['fc00::1', 'unique local'],
  ['fd00:ec2::254', 'unique local'],
  ['fd12:3456::1', 'unique local'],
  ['ff02::1', 'multicast'],
  ['ff05::2', 'multicast'],
  ['100::1', 'discard-only'],
  ['2001:db8::1', 'documentation 2001:db8'],
  ['3fff::1', 'documentation 3fff'],
  ['2001::1', 'Teredo'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'Teredo'],
  ['2001:10::1', 'IETF special purpose'],
  ['2002:7f00:1::1', '6to4'],
  ['2002:a9fe:a9fe::', '6to4'],
  ['2002:808:808::1', '6to4'],
  ['1::1', 'reserved'],
  ['4000::1', 'reserved'],
  // IPv4 hidden in IPv6
  ['::7f00:1', 'IPv4-compatible'],
  ['::127.0.0.1', 'IPv4-compatible'],
  ['::a9fe:a9fe', 'IPv4-compatible'],
  ['::169.254.169.254', 'IPv4-compatible'],
  ['::808:808', 'IPv4-compatible'],
  ['::ffff:127.0.0.1', 'IPv4-mapped 127.0.0.1'],
  ['::ffff:7f00:1', 'IPv4-mapped 127.0.0.1'],
  ['0:0:0:0:0:ffff:7f00:1', 'IPv4-mapped 127.0.0.1'],
  ['::FFFF:A9FE:A9FE', 'IPv4-mapped 169.254.169.254'],
  ['::ffff:10.0.0.1', 'IPv4-mapped 10.0.0.1'],
  ['::ffff:0.0.0.0', 'IPv4-mapped 0.0.0.0'],
  ['::ffff:0:7f00:1', 'IPv4-translated 127.0.0.1'],
  ['::ffff:0:a9fe:a9fe', 'IPv4-translated 169.254.169.254'],
  ['::ffff:0:192.168.0.1', 'IPv4-translated 192.168.0.1'],
  ['64:ff9b::7f00:1', 'NAT64 127.0.0.1'],
  ['64:ff9b::a9fe:a9fe', 'NAT64 169.254.169.254'],
  ['64:ff9b::10.1.2.3', 'NAT64 10.1.2.3'],
  ['64:ff9b:1::a9fe:a9fe', 'local-use NAT64'],
  ['64:ff9b:1:ffff::808:808', 'local-use NAT64'],
  ['64:ff9b:0:1::7f00:1', 'NAT64 prefix'],
];

const allowedAddresses = ['93.184.216.34', '8.8.8.8', '1.1.1.1', '2606:2800:220:1::1', '2a00:1450:4001:80b::200e', '::ffff:8.8.8.8', '64:ff9b::808:808'];

describe('AddressPolicy: every form of a private, loopback or metadata address', () => {
  it(`holds ${refusedAddresses.length} refused address forms`, () => expect(refusedAddresses.length).toBeGreaterThanOrEqual(60));

  it.each(refusedAddresses)('refuses %s (%s)', (address, why) => {
    const refusal = policy.refusal('example.com', address, 80);
    expect(refusal).toContain('a private or reserved address; add it to HTTP_ALLOWLIST');
    expect(refusal).toContain(why);
  });

  it.each(allowedAddresses)('allows the public address %s', (address) => {
    expect(policy.refusal('example.com', address, 443)).toBeNull();
  });

  it('refuses what is not an IP address at all', () => {
    expect(policy.refusal('example.com', '2130706433', 80)).toContain('not an IP address');
    expect(policy.refusal('example.com', '', 80)).toContain('not an IP address');
  });
});

/** URLs whose host Node's URL parser turns into a refused address before any look-up (decimal, octal, hex, short forms). */
const refusedUrls: [string, string][] = [
  ['http://2130706433/', '127.0.0.1'],
  ['http://0177.0.0.1/', '127.0.0.1'],
  ['http://0x7f.1/', '127.0.0.1'],
  ['http://0x7f000001/', '127.0.0.1'],
  ['http://017700000001/', '127.0.0.1'],
  ['http://127.1/', '127.0.0.1'],
  ['http://127.0.1/', '127.0.0.1'],
  ['http://127.000.000.001/', '127.0.0.1'],
  ['http://127.0.0.1./', '127.0.0.1'],
  ['http://0/', '0.0.0.0'],
  ['http://2852039166/latest/meta-data/', '169.254.169.254'],
  ['http://0xa9fea9fe/', '169.254.169.254'],
  ['http://0251.0376.0251.0376/', '169.254.169.254'],
  ['http://169.254.43518/', '169.254.169.254'],
  ['http://10.1/', '10.0.0.1'],
  ['http://192.168.1/', '192.168.0.1'],
  ['http://[::ffff:127.0.0.1]/', '::ffff:7f00:1'],
  ['http://[0:0:0:0:0:ffff:127.0.0.1]/', '::ffff:7f00:1'],
  ['http://[::ffff:a9fe:a9fe]/', '::ffff:a9fe:a9fe'],
  ['http://[::127.0.0.1]/', '::7f00:1'],
  ['http://[::ffff:0:127.0.0.1]/', '::ffff:0:7f00:1'],
  ['http://[64:ff9b::169.254.169.254]/', '64:ff9b::a9fe:a9fe'],
  ['http://[::]/', '::'],
  ['http://[fec0::1]/', 'fec0::1'],
  ['https://[2001::a9fe:a9fe]/', '2001::a9fe:a9fe'],
];

describe('guardedRequest: URL spellings of refused addresses', () => {
  it.each(refusedUrls)('refuses %s (%s) without connecting', async (url, address) => {
    const error = await guardedRequest({ method: 'GET', url, headers: {} }, { policy, timeoutMs: 2000, maxBytes: 1000, maxRedirects: 0 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(HttpRequestError);
    expect((error as HttpRequestError).kind).toBe('refused');
    expect((error as HttpRequestError).message).toContain(`resolves to ${address} (`);
  });
});

describe('AddressPolicy allowlist', () => {
  const open = new AddressPolicy(['127.0.0.1:4000', '10.20.0.0/16', 'crm.internal', '[::1]:4001']);

  it('allows what the allowlist names: a host and port, a network, a host name', () => {
    expect(open.refusal('127.0.0.1', '127.0.0.1', 4000)).toBeNull();
    expect(open.refusal('127.0.0.1', '127.0.0.1', 4001)).not.toBeNull();
    expect(open.refusal('tickets', '10.20.3.4', 443)).toBeNull();
    expect(open.refusal('crm.internal', '10.9.9.9', 443)).toBeNull();
    expect(open.refusal('::1', '::1', 4001)).toBeNull();
    expect(open.refusal('::1', '::1', 4000)).not.toBeNull();
  });

  it('treats an IPv4-mapped address as the IPv4 host it is, and NAT64 as another host', () => {
    expect(open.refusal('h', '::ffff:127.0.0.1', 4000)).toBeNull();
    expect(open.refusal('h', '::ffff:10.20.1.1', 80)).toBeNull();
    expect(open.refusal('h', '64:ff9b::a14:101', 80)).not.toBeNull();
  });
});
