import { BlockList, isIP } from 'node:net';
import { classifyIPv6, ipv6Bytes } from './ipv6-ranges';

/** IPv4 ranges an HTTP step may not reach unless allowlisted (IANA special-purpose registry), with a name for the error. */
const blockedIPv4: readonly [string, number, string][] = [
  ['0.0.0.0', 8, '"this network" 0.0.0.0/8'],
  ['10.0.0.0', 8, 'private 10.0.0.0/8'],
  ['100.64.0.0', 10, 'carrier-grade NAT 100.64.0.0/10'],
  ['127.0.0.0', 8, 'loopback 127.0.0.0/8'],
  ['169.254.0.0', 16, 'link-local and cloud metadata 169.254.0.0/16'],
  ['172.16.0.0', 12, 'private 172.16.0.0/12'],
  ['192.0.0.0', 24, 'IETF protocol assignments 192.0.0.0/24'],
  ['192.0.2.0', 24, 'documentation 192.0.2.0/24'],
  ['192.88.99.0', 24, '6to4 relay anycast 192.88.99.0/24'],
  ['192.168.0.0', 16, 'private 192.168.0.0/16'],
  ['198.18.0.0', 15, 'benchmarking 198.18.0.0/15'],
  ['198.51.100.0', 24, 'documentation 198.51.100.0/24'],
  ['203.0.113.0', 24, 'documentation 203.0.113.0/24'],
  ['224.0.0.0', 4, 'multicast 224.0.0.0/4'],
  ['240.0.0.0', 4, 'reserved and broadcast 240.0.0.0/4'],
];

const ipv4Number = (address: string) => address.split('.').reduce((n, part) => n * 256 + Number(part), 0);

/** The name of the blocked IPv4 range `address` (dotted quad) falls in, or null. */
function blockedIPv4Range(address: string): string | null {
  const n = ipv4Number(address);
  for (const [net, prefix, name] of blockedIPv4) {
    const size = 2 ** (32 - prefix);
    if (Math.floor(n / size) === Math.floor(ipv4Number(net) / size)) return name;
  }
  return null;
}

/**
 * Which addresses an HTTP step may reach. By default nothing private or reserved: loopback,
 * private ranges, link-local (cloud metadata at 169.254.169.254), CGNAT, documentation,
 * multicast; for IPv6 only global unicast passes, and an IPv4 address carried in IPv6
 * (IPv4-mapped, IPv4-translated, NAT64) is judged as that IPv4 address (ipv6-ranges.ts).
 * The allowlist opens exceptions for intranet systems: `10.0.0.0/8`, `127.0.0.1:4000`
 * (one port), `crm.internal` (a host name).
 */
export class AddressPolicy {
  private readonly allowedNets = new BlockList();
  private readonly allowedHostPorts = new Set<string>();
  private readonly allowedNames = new Set<string>();

  constructor(allowlist: readonly string[]) {
    for (const entry of allowlist) {
      const [host, prefix] = entry.split('/');
      if (prefix !== undefined && isIP(host)) this.allowedNets.addSubnet(host, Number(prefix), isIP(host) === 6 ? 'ipv6' : 'ipv4');
      else if (/^[^:]+:\d+$/.test(entry) || /^\[.+\]:\d+$/.test(entry)) this.allowedHostPorts.add(entry.toLowerCase());
      else if (isIP(entry)) this.allowedNets.addAddress(entry, isIP(entry) === 6 ? 'ipv6' : 'ipv4');
      else this.allowedNames.add(entry.toLowerCase());
    }
  }

  /**
   * Null when `address` (the resolved IP, exactly what the socket will connect to) may be reached
   * for `hostname`:`port`; else why not. Anything that is not an IP address is refused.
   */
  refusal(hostname: string, address: string, port: number): string | null {
    const name = hostname.toLowerCase();
    if (this.allowedNames.has(name) || this.allowedHostPorts.has(`${name}:${port}`)) return null;
    const family = isIP(address);
    if (family === 0) return `${hostname} resolves to "${address}", which is not an IP address`;
    let why: string | null;
    if (family === 4) why = this.ipv4Refusal(address, port, null);
    else {
      const bytes = ipv6Bytes(address) as Uint8Array;
      const plain = address.replace(/%.*$/, '');
      if (this.allowedHostPorts.has(`[${plain.toLowerCase()}]:${port}`) || this.allowedNets.check(plain, 'ipv6')) return null;
      const kind = classifyIPv6(bytes);
      if ('embeds' in kind) why = this.ipv4Refusal(kind.embeds, port, kind.form);
      else if ('refused' in kind) why = kind.refused;
      else why = null;
    }
    return why === null ? null : `${hostname} resolves to ${address} (${why}), a private or reserved address; add it to HTTP_ALLOWLIST to allow it`;
  }

  /** Null when allowed; else the reason. An IPv4 address inside IPv6 is allowlisted as itself only when mapped (the same host). */
  private ipv4Refusal(address: string, port: number, form: string | null): string | null {
    const sameHost = form === null || form === 'IPv4-mapped';
    if (sameHost && (this.allowedHostPorts.has(`${address}:${port}`) || this.allowedNets.check(address, 'ipv4'))) return null;
    const range = blockedIPv4Range(address);
    if (range === null) return null;
    return form ? `${form} ${address}: ${range}` : range;
  }
}
