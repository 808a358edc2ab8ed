import type { Redis } from 'ioredis';
import type { InboundEvent } from './inbound-event';

/** Seen event ids are remembered this long, to drop LINE's redeliveries. */
const seenTtlSeconds = 7 * 24 * 3600;

// Atomically: remember the id (dedupe), and file the event in the contact's mailbox by timestamp.
const fileEventScript = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[4]) then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
  return 1
end
return 0`;

const releaseScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

const extendScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

/**
 * Each contact's pending events, in Redis: a sorted set by timestamp plus the payloads, and a
 * lock so that one worker at a time, in any process, handles a contact's events, oldest first.
 * This is how LineFlow keeps per-conversation order on open-source BullMQ (no groups needed).
 */
export class ContactMailbox {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /** Files an event; false when it was seen before (a redelivery). */
  async file(event: InboundEvent): Promise<boolean> {
    const result = await this.redis.eval(
      fileEventScript,
      3,
      this.key('seen', event.id),
      this.key('inbox', event.contactId),
      this.key('payload', event.contactId),
      event.id,
      String(event.timestamp),
      JSON.stringify(event),
      String(seenTtlSeconds),
    );
    return result === 1;
  }

  async isPending(contactId: string, eventId: string): Promise<boolean> {
    return (await this.redis.zscore(this.key('inbox', contactId), eventId)) !== null;
  }

  /** The oldest pending event of a contact. */
  async oldest(contactId: string): Promise<InboundEvent | null> {
    const [id] = await this.redis.zrange(this.key('inbox', contactId), '0', '0');
    if (!id) return null;
    const payload = await this.redis.hget(this.key('payload', contactId), id);
    if (payload === null) {
      await this.redis.zrem(this.key('inbox', contactId), id);
      return this.oldest(contactId);
    }
    return JSON.parse(payload) as InboundEvent;
  }

  async done(contactId: string, eventId: string): Promise<void> {
    await this.redis.multi().zrem(this.key('inbox', contactId), eventId).hdel(this.key('payload', contactId), eventId).exec();
  }

  async pendingCount(contactId: string): Promise<number> {
    return this.redis.zcard(this.key('inbox', contactId));
  }

  /** Takes the contact's lock for `ms`; false when another worker holds it. */
  async lock(contactId: string, token: string, ms: number): Promise<boolean> {
    return (await this.redis.set(this.key('lock', contactId), token, 'PX', ms, 'NX')) === 'OK';
  }

  async extendLock(contactId: string, token: string, ms: number): Promise<boolean> {
    return (await this.redis.eval(extendScript, 1, this.key('lock', contactId), token, String(ms))) === 1;
  }

  async unlock(contactId: string, token: string): Promise<void> {
    await this.redis.eval(releaseScript, 1, this.key('lock', contactId), token);
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}:${kind}:${id}`;
  }
}
