import { BlockList, isIP } from 'node:net';

/**
 * Which addresses an HTTP step may reach. By default nothing private or reserved (IPv4 and
 * IPv6): loopback, private ranges, link-local (cloud metadata at 169.254.169.254), CGNAT,
 * documentation, multicast, and IPv4 hidden in IPv6. The allowlist opens exceptions for
 * intranet systems: `10.0.0.0/8`, `127.0.0.1:4000` (one port), `crm.internal` (a host name).
 */
export class AddressPolicy {
  private readonly blocked = new BlockList();
  private readonly allowedNets = new BlockList();
  private readonly allowedHostPorts = new Set<string>();
  private readonly allowedNames = new Set<string>();

  constructor(allowlist: readonly string[]) {
    for (const [net, prefix] of [
      ['0.0.0.0', 8],
      ['10.0.0.0', 8],
      ['100.64.0.0', 10],
      ['127.0.0.0', 8],
      ['169.254.0.0', 16],
      ['172.16.0.0', 12],
      ['192.0.0.0', 24],
      ['192.0.2.0', 24],
      ['192.88.99.0', 24],
      ['192.168.0.0', 16],
      ['198.18.0.0', 15],
      ['198.51.100.0', 24],
      ['203.0.113.0', 24],
      ['224.0.0.0', 4],
      ['240.0.0.0', 4],
    ] as const)
      this.blocked.addSubnet(net, prefix, 'ipv4');
    for (const [net, prefix] of [
      ['::', 128],
      ['::1', 128],
      ['fc00::', 7],
      ['fe80::', 10],
      ['ff00::', 8],
      ['2001:db8::', 32],
      ['100::', 64],
      ['2002::', 16],
    ] as const)
      this.blocked.addSubnet(net, prefix, 'ipv6');
    for (const entry of allowlist) {
      const [host, prefix] = entry.split('/');
      if (prefix !== undefined && isIP(host)) this.allowedNets.addSubnet(host, Number(prefix), isIP(host) === 6 ? 'ipv6' : 'ipv4');
      else if (/^[^:]+:\d+$/.test(entry) || /^\[.+\]:\d+$/.test(entry)) this.allowedHostPorts.add(entry.toLowerCase());
      else if (isIP(entry)) this.allowedNets.addAddress(entry, isIP(entry) === 6 ? 'ipv6' : 'ipv4');
      else this.allowedNames.add(entry.toLowerCase());
    }
  }

  /** Null when `address` (the resolved IP) may be reached for `hostname`:`port`; else why not. */
  refusal(hostname: string, address: string, port: number): string | null {
    const name = hostname.toLowerCase();
    if (this.allowedNames.has(name) || this.allowedHostPorts.has(`${name}:${port}`) || this.allowedHostPorts.has(`${address}:${port}`)) return null;
    const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (this.allowedNets.check(address, family)) return null;
    const v4 = embeddedIPv4(address);
    if (this.blocked.check(address, family) || (v4 !== null && this.blocked.check(v4, 'ipv4'))) {
      return `${hostname} resolves to ${address}, a private or reserved address; add it to HTTP_ALLOWLIST to allow it`;
    }
    return null;
  }
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or NAT64 (64:ff9b::) IPv6 address. */
function embeddedIPv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (!hex) return null;
  const high = parseInt(hex[1], 16);
  const low = parseInt(hex[2], 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}
