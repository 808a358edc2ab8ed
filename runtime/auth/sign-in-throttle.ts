import { isIPv6 } from 'node:net';
import type { Redis } from 'ioredis';

/** What is counted: an account by its email, a client address, a person's second-factor codes (and re-typed passwords). */
export type ThrottleKind = 'email' | 'address' | 'codes';

/** Sign-in attempts allowed in the window before 429, per kind of key. */
export const maxAttempts: Record<ThrottleKind, number> = { email: 5, address: 20, codes: 5 };
export const windowSeconds = 15 * 60;

export interface ThrottleKey {
  kind: ThrottleKind;
  value: string;
}

/**
 * Counts sign-in attempts in Redis, not in each process's memory: behind a load balancer every web
 * process (and a restarted one) must see the same count, or the limit grows with the number of
 * processes. An attempt is counted before the password is checked, so a burst of parallel guesses
 * cannot all slip in under the limit; a successful one is taken back.
 */
export class SignInThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Counts an attempt; answers 0 when it may go ahead, else the seconds until it may be tried again. */
  async attempt(keys: ThrottleKey[]): Promise<number> {
    const multi = this.redis.multi();
    for (const key of keys) multi.incr(this.key(key)).expire(this.key(key), windowSeconds, 'NX');
    const results = (await multi.exec()) ?? [];
    const over = keys.filter((key, i) => Number(results[i * 2]?.[1] ?? 0) > maxAttempts[key.kind]);
    if (over.length === 0) return 0;
    const ttls = await Promise.all(over.map((key) => this.redis.ttl(this.key(key))));
    return Math.max(...ttls.map((ttl) => (ttl > 0 ? ttl : windowSeconds)));
  }

  /** A right password or code: the account's count starts over, and the address's attempt is taken back. */
  async succeeded(keys: ThrottleKey[]): Promise<void> {
    const multi = this.redis.multi();
    for (const key of keys) {
      if (key.kind === 'address') multi.decr(this.key(key));
      else multi.del(this.key(key));
    }
    await multi.exec();
  }

  private key({ kind, value }: ThrottleKey): string {
    return `${this.prefix}:signin:${kind}:${value}`;
  }
}

/** The account's key: the email as sign-in looks it up (trimmed, lower case). */
export const normalizedEmail = (email: string) => email.trim().toLowerCase();

/**
 * The address's key. An IPv6 client usually holds a whole /64, so one counts as one address there;
 * an IPv4-mapped address counts as the IPv4 one.
 */
export function addressKey(ip: string | undefined): ThrottleKey {
  const address = (ip ?? 'unknown').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(address)?.[1];
  if (mapped) return { kind: 'address', value: mapped };
  if (!isIPv6(address)) return { kind: 'address', value: address };
  const [head = '', tail = ''] = address.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = address.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return {
    kind: 'address',
    value: `${groups
      .slice(0, 4)
      .map((g) => g.replace(/^0+(?=.)/, ''))
      .join(':')}::/64`,
  };
}
