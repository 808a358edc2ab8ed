// The floor server's per-contact order: a Redis list per contact and a lock. A job takes its
// contact's lock and answers the list's events oldest first until it is empty, so an event whose
// own job was lost (a crash between filing and queuing) is still answered by the contact's next
// job, and a worker that lost its lock (it stalled past the expiry) stops at once.
import type { Redis } from 'ioredis';

/** Redeliveries of an event are recognised by its id this long. */
const seenTtlSeconds = 24 * 3600;

const fileScript = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[2]) then
  redis.call('RPUSH', KEYS[2], ARGV[1])
  return 1
end
return 0`;

// Returns {0} when another worker holds the lock, else {1, oldest event or nothing}.
const claimScript = `
if not redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then return {0} end
return {1, redis.call('LINDEX', KEYS[2], 0)}`;

// Drops the answered event and returns the next, extending the lock; {0} when the lock is lost.
const nextScript = `
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return {0} end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
redis.call('LPOP', KEYS[2])
return {1, redis.call('LINDEX', KEYS[2], 0)}`;

const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
return 0`;

export class FloorMailbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly lockMs: number,
  ) {}

  /** Files an event for its contact; false for a redelivery of one filed before. */
  async file(contactId: string, eventId: string, payload: string): Promise<boolean> {
    return (await this.redis.eval(fileScript, 2, this.key('seen', eventId), this.key('box', contactId), payload, seenTtlSeconds)) === 1;
  }

  /** The contact's oldest event under a new lock (null when none waits); `{ busy: true }` when another worker has the contact. */
  async claim(contactId: string, token: string): Promise<string | null | { busy: true }> {
    const [taken, head] = (await this.redis.eval(claimScript, 2, this.key('lock', contactId), this.key('box', contactId), token, this.lockMs)) as [
      number,
      string?,
    ];
    return taken ? (head ?? null) : { busy: true };
  }

  /** Done with the oldest event: the next one, or null when none is left or the lock was lost. */
  async next(contactId: string, token: string): Promise<string | null> {
    const [held, head] = (await this.redis.eval(nextScript, 2, this.key('lock', contactId), this.key('box', contactId), token, this.lockMs)) as [
      number,
      string?,
    ];
    return held ? (head ?? null) : null;
  }

  async release(contactId: string, token: string): Promise<void> {
    await this.redis.eval(releaseScript, 1, this.key('lock', contactId), token);
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}:floor:${kind}:${id}`;
  }
}
