import { isIPv6 } from 'node:net';

/** What an IPv6 address is to the address policy: an IPv4 address in disguise, a refused range, or a plain global address. */
export type IPv6Class = { embeds: string; form: string } | { refused: string } | { global: true };

/**
 * The 16 bytes of an IPv6 address, or null when `address` is not one. Written by hand (not
 * ipaddr.js) because the policy needs the raw bytes of every form Node's resolver can return,
 * including a trailing dotted quad and a zone id, and this is the whole of it.
 */
export function ipv6Bytes(address: string): Uint8Array | null {
  const plain = address.replace(/%.*$/, '');
  if (!isIPv6(plain)) return null;
  const groups = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const [a, b, c, d] = piece.split('.').map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else out.push(parseInt(piece, 16));
    }
    return out;
  };
  const [head, tail] = plain.includes('::') ? plain.split('::') : [plain, undefined];
  const front = groups(head);
  const back = tail === undefined ? [] : groups(tail);
  const all = [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  const bytes = new Uint8Array(16);
  all.forEach((group, i) => {
    bytes[i * 2] = group >> 8;
    bytes[i * 2 + 1] = group & 255;
  });
  return bytes;
}

const zero = (bytes: Uint8Array, from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);
const v4At = (bytes: Uint8Array, at: number) => `${bytes[at]}.${bytes[at + 1]}.${bytes[at + 2]}.${bytes[at + 3]}`;

/**
 * Sorts an IPv6 address for the policy. Only global unicast (2000::/3) outside the special
 * blocks passes on its own; the three forms that carry an IPv4 address a packet really reaches
 * (IPv4-mapped, IPv4-translated and the NAT64 well-known prefix) are judged by that IPv4
 * address; everything else — unspecified, loopback, IPv4-compatible, local-use NAT64,
 * unique-local, link-local, site-local, multicast, Teredo, 6to4, documentation — is refused.
 */
export function classifyIPv6(bytes: Uint8Array): IPv6Class {
  if (zero(bytes, 0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return { embeds: v4At(bytes, 12), form: 'IPv4-mapped' };
  if (zero(bytes, 0, 8) && bytes[8] === 0xff && bytes[9] === 0xff && zero(bytes, 10, 12)) return { embeds: v4At(bytes, 12), form: 'IPv4-translated' };
  if (bytes[0] === 0 && bytes[1] === 0x64 && bytes[2] === 0xff && bytes[3] === 0x9b && zero(bytes, 4, 12)) return { embeds: v4At(bytes, 12), form: 'NAT64' };
  const refused = specialRange(bytes);
  return refused ? { refused } : { global: true };
}

function specialRange(b: Uint8Array): string | null {
  if (zero(b, 0, 15)) return b[15] === 0 ? 'the unspecified address' : b[15] === 1 ? 'IPv6 loopback' : 'IPv4-compatible';
  if (zero(b, 0, 12)) return 'IPv4-compatible';
  if (b[0] === 0 && b[1] === 0x64 && b[2] === 0xff && b[3] === 0x9b) return b[4] === 0 && b[5] === 1 ? 'local-use NAT64 64:ff9b:1::/48' : 'NAT64 prefix';
  if ((b[0] & 0xfe) === 0xfc) return 'unique local fc00::/7';
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0x80) return 'link-local fe80::/10';
  if (b[0] === 0xfe && (b[1] & 0xc0) === 0xc0) return 'site-local fec0::/10';
  if (b[0] === 0xff) return 'multicast ff00::/8';
  if (b[0] === 0x01 && b[1] === 0 && zero(b, 2, 8)) return 'discard-only 100::/64';
  if ((b[0] & 0xe0) !== 0x20) return 'reserved outside global unicast 2000::/3';
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0 && b[3] === 0) return 'Teredo 2001::/32';
  if (b[0] === 0x20 && b[1] === 0x01 && (b[2] & 0xfe) === 0) return 'IETF special purpose 2001::/23';
  if (b[0] === 0x20 && b[1] === 0x01 && b[2] === 0x0d && b[3] === 0xb8) return 'documentation 2001:db8::/32';
  if (b[0] === 0x20 && b[1] === 0x02) return '6to4 2002::/16';
  if (b[0] === 0x3f && b[1] === 0xff && (b[2] & 0xf0) === 0) return 'documentation 3fff::/20';
  return null;
}
