import type { Redis } from 'ioredis';

/** Failed sign-ins allowed per email (and per client address) in the window before 429. */
export const maxFailures = { perEmail: 5, perAddress: 20 };
export const windowSeconds = 15 * 60;

/** Counts failed sign-ins in Redis, so the limit holds across processes and restarts of one. */
export class SignInThrottle {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async blocked(email: string, address: string): Promise<boolean> {
    const [byEmail, byAddress] = await this.redis.mget(this.key('email', email), this.key('addr', address));
    return Number(byEmail ?? 0) >= maxFailures.perEmail || Number(byAddress ?? 0) >= maxFailures.perAddress;
  }

  async failed(email: string, address: string): Promise<void> {
    await this.redis
      .multi()
      .incr(this.key('email', email))
      .expire(this.key('email', email), windowSeconds, 'NX')
      .incr(this.key('addr', address))
      .expire(this.key('addr', address), windowSeconds, 'NX')
      .exec();
  }

  async succeeded(email: string): Promise<void> {
    await this.redis.del(this.key('email', email));
  }

  private key(kind: string, value: string): string {
    return `${this.prefix}:signin:${kind}:${value.toLowerCase()}`;
  }
}
