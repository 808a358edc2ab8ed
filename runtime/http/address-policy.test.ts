import { describe, expect, it } from 'vitest';
import { AddressPolicy } from './address-policy';

describe('AddressPolicy', () => {
  const policy = new AddressPolicy(['127.0.0.1:4000', '10.20.0.0/16', 'crm.internal']);

  it.each([
    ['127.0.0.1', 80],
    ['169.254.169.254', 80],
    ['10.0.0.1', 443],
    ['192.168.1.10', 80],
    ['172.20.0.5', 80],
    ['100.64.1.1', 80],
    ['0.0.0.0', 80],
    ['::1', 80],
    ['fe80::1', 80],
    ['fd12:3456::1', 80],
    ['::ffff:127.0.0.1', 80],
    ['::ffff:7f00:1', 80],
    ['64:ff9b::a9fe:a9fe', 80],
  ])('refuses %s', (address, port) => {
    expect(policy.refusal('example.com', address, port)).toContain('private or reserved');
  });

  it.each([['93.184.216.34'], ['2606:2800:220:1::1']])('allows the public address %s', (address) => {
    expect(policy.refusal('example.com', address, 443)).toBeNull();
  });

  it('allows what the allowlist names: a host and port, a network, a host name', () => {
    expect(policy.refusal('127.0.0.1', '127.0.0.1', 4000)).toBeNull();
    expect(policy.refusal('127.0.0.1', '127.0.0.1', 4001)).not.toBeNull();
    expect(policy.refusal('tickets', '10.20.3.4', 443)).toBeNull();
    expect(policy.refusal('crm.internal', '10.9.9.9', 443)).toBeNull();
  });
});
