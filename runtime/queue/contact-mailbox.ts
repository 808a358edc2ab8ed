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

// If the event is still pending and the contact's lock is free, take the lock and return the
// contact's oldest event; 0 when the event is done, -1 when another worker holds the lock.
const claimScript = `
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
if not redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3], 'NX') then return -1 end
local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
return redis.call('HGET', KEYS[2], head) or ''`;

// Marks an event done and returns the next one (or '' when none is left), under the lock.
const doneAndNextScript = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not head then return '' end
return redis.call('HGET', KEYS[2], head) or ''`;

// Releases the lock (when still ours) and says whether the given event is still pending.
const releaseAndCheckScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then return 1 end
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

  /**
   * One round trip to start handling: 'done' when the event is handled already, 'busy' when
   * another worker holds the contact, else the lock is ours and the oldest pending event is returned.
   */
  async claim(contactId: string, eventId: string, token: string, ms: number): Promise<'done' | 'busy' | { next: InboundEvent | null }> {
    const result = (await this.redis.eval(
      claimScript,
      3,
      this.key('inbox', contactId),
      this.key('payload', contactId),
      this.key('lock', contactId),
      eventId,
      token,
      String(ms),
    )) as number | string;
    if (result === 0) return 'done';
    if (result === -1) return 'busy';
    return { next: result === '' ? null : (JSON.parse(result as string) as InboundEvent) };
  }

  /** Marks an event handled and returns the contact's next pending event, if any. */
  async doneAndNext(contactId: string, eventId: string): Promise<InboundEvent | null> {
    const result = (await this.redis.eval(doneAndNextScript, 2, this.key('inbox', contactId), this.key('payload', contactId), eventId)) as string;
    return result === '' ? null : (JSON.parse(result) as InboundEvent);
  }

  /** Releases the lock and says whether `eventId` is still pending. */
  async releaseAndCheck(contactId: string, token: string, eventId: string): Promise<boolean> {
    return (await this.redis.eval(releaseAndCheckScript, 2, this.key('lock', contactId), this.key('inbox', contactId), token, eventId)) === 1;
  }

  /** Keeps the lock while a long event is handled; false when it was lost. */
  async extendLock(contactId: string, token: string, ms: number): Promise<boolean> {
    return (await this.redis.eval(extendScript, 1, this.key('lock', contactId), token, String(ms))) === 1;
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}:${kind}:${id}`;
  }
}
