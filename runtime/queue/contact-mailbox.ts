import type { Redis } from 'ioredis';
import type { InboundEvent } from './inbound-event';

/** Seen event ids are remembered this long, to drop LINE's redeliveries. */
const seenTtlSeconds = 7 * 24 * 3600;
/** Failure counts of a contact's events are forgotten a day after the last failure. */
const failuresTtlSeconds = 24 * 3600;

// Atomically: remember the id (dedupe), and file the event in the contact's mailbox by timestamp.
const fileEventScript = `
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[4]) or ARGV[5] == '1' then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
  redis.call('HSET', KEYS[3], ARGV[1], ARGV[3])
  return 1
end
return 0`;

// If the event is still pending and the contact's lock is free, take the lock and return the
// contact's oldest event; 0 when the event is done, -1 when another worker holds the lock.
// The head comes with the time before which it must not be tried again (after a failure), or 0.
const claimScript = `
if not redis.call('ZSCORE', KEYS[1], ARGV[1]) then return 0 end
if not redis.call('SET', KEYS[3], ARGV[2], 'PX', ARGV[3], 'NX') then return -1 end
local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not head then return { '', 0 } end
return { redis.call('HGET', KEYS[2], head) or '', tonumber(redis.call('HGET', KEYS[4], head .. '#') or '0') }`;

// Under the caller's lock only (-1 when it is not theirs any more): marks an event done, forgets
// its failures and returns the next one ('' when none is left).
const doneAndNextScript = `
if redis.call('GET', KEYS[3]) ~= ARGV[2] then return -1 end
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('HDEL', KEYS[2], ARGV[1])
redis.call('HDEL', KEYS[4], ARGV[1], ARGV[1] .. '@', ARGV[1] .. '#')
local head = redis.call('ZRANGE', KEYS[1], 0, 0)[1]
if not head then return { '', 0 } end
return { redis.call('HGET', KEYS[2], head) or '', tonumber(redis.call('HGET', KEYS[4], head .. '#') or '0') }`;

// Releases the lock (when still ours) and says whether the given event is still pending.
const releaseAndCheckScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then redis.call('DEL', KEYS[1]) end
if redis.call('ZSCORE', KEYS[2], ARGV[2]) then return 1 end
return 0`;

const extendScript = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

// Counts a failed attempt at an event, keeps when the first one was and when the next may be:
// every job of the contact then waits for that time, so the backoff holds however many queue behind.
const recordFailureScript = `
local count = redis.call('HINCRBY', KEYS[1], ARGV[1], 1)
redis.call('HSETNX', KEYS[1], ARGV[1] .. '@', ARGV[2])
redis.call('HSET', KEYS[1], ARGV[1] .. '#', ARGV[2] + ARGV[4] * 2 ^ (count - 1))
redis.call('EXPIRE', KEYS[1], ARGV[3])
return { count, tonumber(redis.call('HGET', KEYS[1], ARGV[1] .. '@')) }`;

interface MailboxCommands {
  lfFile(seen: string, inbox: string, payload: string, id: string, score: string, json: string, ttl: string, force: string): Promise<number>;
  lfClaim(inbox: string, payload: string, lock: string, failures: string, id: string, token: string, ms: string): Promise<number | [string, number]>;
  lfDoneAndNext(inbox: string, payload: string, lock: string, failures: string, id: string, token: string): Promise<number | [string, number]>;
  lfReleaseAndCheck(lock: string, inbox: string, token: string, id: string): Promise<number>;
  lfExtend(lock: string, token: string, ms: string): Promise<number>;
  lfRecordFailure(failures: string, id: string, now: string, ttl: string, baseMs: string): Promise<[number, number]>;
}

/**
 * Each contact's pending events, in Redis: a sorted set by timestamp plus the payloads, and a
 * lock so that one worker at a time, in any process, handles a contact's events, oldest first.
 * This is how LineFlow keeps per-conversation order on open-source BullMQ (no groups needed).
 * The scripts are sent once and then called by their SHA (EVALSHA), not resent with every call.
 */
export class ContactMailbox {
  private readonly commands: MailboxCommands;

  constructor(
    redis: Redis,
    private readonly prefix: string,
  ) {
    const define = (name: keyof MailboxCommands, numberOfKeys: number, lua: string) => {
      if (!(name in redis)) redis.defineCommand(name, { numberOfKeys, lua });
    };
    define('lfFile', 3, fileEventScript);
    define('lfClaim', 4, claimScript);
    define('lfDoneAndNext', 4, doneAndNextScript);
    define('lfReleaseAndCheck', 2, releaseAndCheckScript);
    define('lfExtend', 1, extendScript);
    define('lfRecordFailure', 1, recordFailureScript);
    this.commands = redis as unknown as MailboxCommands;
  }

  /** Files an event; false when it was seen before (a redelivery), unless `force` (a dead letter tried again). */
  async file(event: InboundEvent, options: { force?: boolean } = {}): Promise<boolean> {
    const result = await this.commands.lfFile(
      this.key('seen', event.id),
      this.key('inbox', event.contactId),
      this.key('payload', event.contactId),
      event.id,
      String(event.timestamp),
      JSON.stringify(event),
      String(seenTtlSeconds),
      options.force ? '1' : '0',
    );
    return result === 1;
  }

  /**
   * One round trip to start handling: 'done' when the event is handled already, 'busy' when
   * another worker holds the contact, else the lock is ours and the oldest pending event is returned.
   */
  async claim(contactId: string, eventId: string, token: string, ms: number): Promise<'done' | 'busy' | Head> {
    const result = await this.commands.lfClaim(
      this.key('inbox', contactId),
      this.key('payload', contactId),
      this.key('lock', contactId),
      this.key('failures', contactId),
      eventId,
      token,
      String(ms),
    );
    if (result === 0) return 'done';
    if (result === -1) return 'busy';
    return toHead(result as [string, number]);
  }

  /** Marks an event handled and returns the contact's next pending event; 'lost' when the lock is no longer ours. */
  async doneAndNext(contactId: string, eventId: string, token: string): Promise<Head | 'lost'> {
    const result = await this.commands.lfDoneAndNext(
      this.key('inbox', contactId),
      this.key('payload', contactId),
      this.key('lock', contactId),
      this.key('failures', contactId),
      eventId,
      token,
    );
    if (result === -1) return 'lost';
    return toHead(result as [string, number]);
  }

  /** Releases the lock and says whether `eventId` is still pending. */
  async releaseAndCheck(contactId: string, token: string, eventId: string): Promise<boolean> {
    return (await this.commands.lfReleaseAndCheck(this.key('lock', contactId), this.key('inbox', contactId), token, eventId)) === 1;
  }

  /** Keeps the lock while a long event is handled; false when it was lost. */
  async extendLock(contactId: string, token: string, ms: number): Promise<boolean> {
    return (await this.commands.lfExtend(this.key('lock', contactId), token, String(ms))) === 1;
  }

  /** Counts a failed attempt at an event: how many so far, and when the first one was (ms); the next attempt waits `retryBaseMs` × 2^(count-1). */
  async recordFailure(contactId: string, eventId: string, now: number, retryBaseMs: number): Promise<{ count: number; firstAt: number }> {
    const [count, firstAt] = await this.commands.lfRecordFailure(
      this.key('failures', contactId),
      eventId,
      String(now),
      String(failuresTtlSeconds),
      String(retryBaseMs),
    );
    return { count, firstAt };
  }

  private key(kind: string, id: string): string {
    return `${this.prefix}:${kind}:${id}`;
  }
}

/** The contact's oldest pending event (null when none is left), and when it may be tried (ms; 0 = now). */
export interface Head {
  next: InboundEvent | null;
  notBefore: number;
}

function toHead([payload, notBefore]: [string, number]): Head {
  return { next: payload === '' ? null : (JSON.parse(payload) as InboundEvent), notBefore: Number(notBefore) };
}
