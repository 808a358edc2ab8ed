import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually, lineEvent, messagesDelivered, startTestRuntime, testChannelSecret, textMessage, type TestRuntime } from '../testing/test-runtime';

/** LINE's own sample text event (runtime/testing/fixtures/line/), the valid baseline every hostile event is cut from. */
const fixture = JSON.parse(readFileSync(new URL('../testing/fixtures/line/message-text.json', import.meta.url), 'utf8'));
const baseline = fixture.events[0] as Record<string, any>;

let serial = 0;
/** A LINE text event of a user of its own, changed by `change` (which may return anything in its place). */
function event(change: (e: Record<string, any>) => unknown = (e) => e): { event: unknown; id: string; user: string } {
  serial++;
  const id = `01HOSTILE${String(serial).padStart(17, '0')}`;
  const user = `Uhostile${String(serial).padStart(25, '0')}`;
  const e = structuredClone(baseline);
  Object.assign(e, { webhookEventId: id, source: { type: 'user', userId: user } });
  e.replyToken = `reply-${id}`;
  return { event: change(e), id, user };
}
const nested = (depth: number, leaf = '1') => '['.repeat(depth) + leaf + ']'.repeat(depth);
/** JSON.stringify cannot write a depth bomb (it recurses): the marker is replaced in the text. */
const bomb = '@@depth-bomb@@';
const body = (events: unknown[]) => JSON.stringify({ destination: fixture.destination, events }).replace(`"${bomb}"`, nested(10_000));

interface Case {
  name: string;
  raw: string | Buffer;
  status: 200 | 400 | 413;
  /** The event's webhookEventId and the reason it is kept as ignored. */
  ignored?: { id: string; reason: RegExp };
  /** A user whose event must never reach the engine. */
  user?: string;
}

/** One hostile event in an otherwise ordinary body: 200, kept as ignored with a reason, nothing reaches the engine. */
function ignoredEvent(name: string, change: (e: Record<string, any>) => unknown, reason: RegExp): Case {
  const { event: e, id, user } = event(change);
  return { name, raw: body([e]), status: 200, ignored: { id, reason }, user };
}

const cases: Case[] = [
  // The body is not what LINE sends: 400, and LINE (which never sends these) has nothing to redeliver.
  { name: 'null', raw: 'null', status: 400 },
  { name: '[]', raw: '[]', status: 400 },
  { name: '"x"', raw: '"x"', status: 400 },
  { name: 'a number', raw: '5', status: 400 },
  { name: 'true', raw: 'true', status: 400 },
  { name: 'an empty body', raw: '', status: 400 },
  { name: 'a lone brace', raw: '{', status: 400 },
  { name: 'truncated JSON', raw: body([baseline]).slice(0, 80), status: 400 },
  { name: 'NaN, which JSON does not have', raw: '{"events":[NaN]}', status: 400 },
  { name: 'a trailing comma', raw: '{"events":[],}', status: 400 },
  { name: '{}', raw: '{}', status: 400 },
  { name: 'events: null', raw: '{"events":null}', status: 400 },
  { name: 'events: {}', raw: '{"events":{}}', status: 400 },
  { name: 'events: "x"', raw: '{"events":"x"}', status: 400 },
  { name: 'events: 5', raw: '{"events":5}', status: 400 },
  { name: 'events given twice, the last null', raw: '{"events":[],"events":null}', status: 400 },
  { name: 'destination: 5', raw: '{"destination":5,"events":[]}', status: 400 },
  { name: 'invalid UTF-8', raw: Buffer.concat([Buffer.from('{"events":[],"x":"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('"}')]), status: 400 },
  { name: 'UTF-16 instead of UTF-8', raw: Buffer.from(body([]), 'utf16le'), status: 400 },
  { name: 'a depth bomb for a body', raw: nested(200_000), status: 400 },
  { name: 'a body over 1 MiB', raw: JSON.stringify({ events: [], padding: 'x'.repeat(1_100_000) }), status: 413 },
  // The envelope is right: 200, and each bad event is kept as ignored, so LINE does not redeliver the batch.
  { name: 'the empty verification body', raw: body([]), status: 200 },
  { name: 'a byte-order mark before the body', raw: `\uFEFF${body([])}`, status: 200 },
  { name: 'events: [null]', raw: '{"events":[null]}', status: 200 },
  { name: 'events: [1]', raw: '{"events":[1]}', status: 200 },
  { name: 'events: ["x"]', raw: '{"events":["x"]}', status: 200 },
  { name: 'events: [[]]', raw: '{"events":[[]]}', status: 200 },
  { name: 'events: [{}]', raw: '{"events":[{}]}', status: 200 },
  { name: 'a depth bomb for an event', raw: `{"events":${nested(100_000)}}`, status: 200 },
  { name: '1,000 null events', raw: JSON.stringify({ events: new Array(1000).fill(null) }), status: 200 },
  ignoredEvent('text: 5', (e) => ((e.message.text = 5), e), /text message whose text is not a string/),
  ignoredEvent('text: {}', (e) => ((e.message.text = {}), e), /text message whose text is not a string/),
  ignoredEvent('text: null', (e) => ((e.message.text = null), e), /text message whose text is not a string/),
  ignoredEvent('text: ["menu"]', (e) => ((e.message.text = ['menu']), e), /text message whose text is not a string/),
  ignoredEvent('a text of 1,000,000 characters', (e) => ((e.message.text = 'a'.repeat(1_000_000)), e), /a string of 1000000 characters \(at most 10000\)/),
  ignoredEvent('a text of 10,001 characters', (e) => ((e.message.text = 'メ'.repeat(10_001)), e), /a string of 10001 characters/),
  ignoredEvent('message: null', (e) => ((e.message = null), e), /message event without a message/),
  ignoredEvent('message: "menu"', (e) => ((e.message = 'menu'), e), /message event without a message/),
  ignoredEvent('a message without an id', (e) => (delete e.message.id, e), /\/message must have required property 'id'/),
  ignoredEvent(
    'a sticker of an unknown resource type',
    (e) => ((e.message = { id: '1', type: 'sticker', packageId: '1', stickerId: '2', stickerResourceType: 'HOLOGRAM', quoteToken: 'q' }), e),
    /stickerResourceType must be equal to one of the allowed values/,
  ),
  ignoredEvent(
    'a mention whose index is text',
    (e) => ((e.message.mention = { mentionees: [{ type: 'user', index: 'x', length: 1 }] }), e),
    /mentionees\/0\/index must be integer/,
  ),
  ignoredEvent('no source', (e) => (delete e.source, e), /^no source/),
  ignoredEvent('source: "user"', (e) => ((e.source = 'user'), e), /source/),
  ignoredEvent('a user source without a userId', (e) => (delete e.source.userId, e), /a user source without a userId/),
  ignoredEvent('userId: 5', (e) => ((e.source.userId = 5), e), /\/source\/userId must be string/),
  ignoredEvent('a group source', (e) => ((e.source = { type: 'group', groupId: 'Cgroup', userId: 'Uingroup' }), e), /from a group source/),
  ignoredEvent('a room source', (e) => ((e.source = { type: 'room', roomId: 'Rroom', userId: 'Uinroom' }), e), /from a room source/),
  ignoredEvent('an unknown event type', (e) => ((e.type = 'hologram'), e), /event type "hologram" runs no workflow/),
  ignoredEvent('type: 5', (e) => ((e.type = 5), e), /event type "5" runs no workflow/),
  ignoredEvent('timestamp: "yesterday"', (e) => ((e.timestamp = 'yesterday'), e), /\/timestamp must be integer/),
  ignoredEvent('mode: "sideways"', (e) => ((e.mode = 'sideways'), e), /\/mode must be equal to one of the allowed values/),
  ignoredEvent('no deliveryContext', (e) => (delete e.deliveryContext, e), /must have required property 'deliveryContext'/),
  ignoredEvent('replyToken: 5', (e) => ((e.replyToken = 5), e), /\/replyToken must be string/),
  ignoredEvent('postback data: 5', (e) => ((e.type = 'postback'), delete e.message, (e.postback = { data: 5 }), e), /postback without data/),
  ignoredEvent(
    'postback params that are not strings',
    (e) => ((e.type = 'postback'), delete e.message, (e.postback = { data: 'x', params: { date: 1 } }), e),
    /params\/date must be string/,
  ),
  ignoredEvent('a follow event without follow', (e) => ((e.type = 'follow'), delete e.message, e), /required property 'follow'/),
  ignoredEvent('a depth bomb inside the message', (e) => ((e.message.extra = bomb), e), /nests deeper than 32 levels/),
  ignoredEvent('100,000 values in one event', (e) => ((e.message.extra = new Array(100_000).fill(0)), e), /more than 5000 values/),
  ignoredEvent('a __proto__ key', (e) => JSON.parse(JSON.stringify(e).replace('"message":{', '"message":{"__proto__":{"polluted":true},')), /"__proto__" key/),
  ignoredEvent('a userId of 10,000 characters', (e) => ((e.source.userId = `U${'0'.repeat(9_999)}`), e), /source.userId of 10000 characters/),
];

// A few whose id cannot key the record (not a string, too long): kept under an id of LineFlow's, checked by status.
cases.push(
  { name: 'a webhookEventId of 1,000 characters', raw: body([event((e) => ((e.webhookEventId = 'W'.repeat(1000)), e)).event]), status: 200 },
  { name: 'webhookEventId: 5', raw: body([event((e) => ((e.webhookEventId = 5), e)).event]), status: 200 },
  { name: 'a key of 20,000 characters', raw: body([event((e) => ((e.message[`k${'k'.repeat(20_000)}`] = 1), e)).event]), status: 200 },
);

describe('POST /webhook/line with hostile bodies', () => {
  let t: TestRuntime;
  beforeAll(async () => {
    t = await startTestRuntime();
    await t.publishExample('faq-menu');
  });
  afterAll(() => t.stop());

  async function post(raw: string | Buffer): Promise<{ status: number; body: any }> {
    const bytes = new Uint8Array(typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw);
    const signature = createHmac('sha256', testChannelSecret).update(bytes).digest('base64');
    const response = await fetch(`${t.url}/webhook/line`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-line-signature': signature },
      body: bytes,
    });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  }

  it(`holds ${cases.length} hostile bodies, checks the signature first, and answers 400 or 200, never 500`, async () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    // A bad signature is refused before the body is read: a hostile body without the secret is a 401.
    const unsigned = await fetch(`${t.url}/webhook/line`, { method: 'POST', headers: { 'x-line-signature': 'bm90IGEgc2lnbmF0dXJl' }, body: 'null' });
    expect(unsigned.status).toBe(401);

    const answers: string[] = [];
    for (const c of cases) {
      const { status, body: answer } = await post(c.raw);
      answers.push(`${c.name}: ${status}${status === 400 ? ` ${answer?.error}` : ''}`);
      expect(status, c.name).toBe(c.status);
    }
    expect(answers.filter((a) => / 500/.test(a))).toEqual([]);
    expect(answers).toContain('null: 400 The webhook body must be a JSON object with an `events` array');
    expect(answers).toContain('{}: 400 The webhook body has no `events` array');
    expect(answers).toContain('invalid UTF-8: 400 The webhook body is not UTF-8');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();

    // Each bad event is kept as ignored with its reason, and none of them reached the engine.
    const store = t.runtime.services.store;
    for (const c of cases.filter((one) => one.ignored)) {
      const kept = await eventually(() => store.ignoredEvents.get(c.ignored?.id ?? ''), 5_000, `the ignored event of "${c.name}"`);
      expect(kept.reason, c.name).toMatch(c.ignored?.reason ?? /./);
      expect(await store.contacts.get(c.user ?? ''), c.name).toBeNull();
    }
    expect(await store.ignoredEvents.count({ reason: 'has a webhookEventId of 1000 characters (at most 128)' })).toBe(1);
    const nullEvents = await store.ignoredEvents.find({ reason: 'is not an object: LINE sends each event as a JSON object' });
    expect(nullEvents.length).toBeGreaterThanOrEqual(5);
    expect(nullEvents.length).toBeLessThanOrEqual(110);
    expect(await store.deadLetters.count({})).toBe(0);
  }, 60_000);

  it('handles the valid event of a batch once when a bad one comes with it', async () => {
    const user = 'Uhostilebatch00000000000000000001';
    const good = lineEvent(t.line, user, textMessage('menu'));
    const bad = { ...lineEvent(t.line, user, textMessage('menu')), message: { id: '2', type: 'text', text: 5, quoteToken: 'q' } };
    expect((await post(body([bad, good, null, good]))).status).toBe(200);
    await messagesDelivered(t.line, user, 1);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(t.line?.textsTo(user)).toEqual(['How can we help?']);
    expect((await t.runtime.services.store.ignoredEvents.get(bad.webhookEventId))?.reason).toBe('text message whose text is not a string');
  });

  it('passes odd but valid text to the engine, and keeps serving a real customer after everything above', async () => {
    const odd = 'Uhostileodd000000000000000000001';
    for (const text of ['\u0000menu', '\ud800', '😀'.repeat(2_000), '<script>alert(1)</script>', 'menu\r\n\t']) {
      expect((await post(body([lineEvent(t.line, odd, textMessage(text))]))).status).toBe(200);
    }
    const customer = 'Uhostileafter0000000000000000001';
    await t.webhook([lineEvent(t.line, customer, textMessage('menu'))]);
    expect(await messagesDelivered(t.line, customer, 1)).toHaveLength(1);
    expect(t.line?.textsTo(customer)).toEqual(['How can we help?']);
    expect(await t.runtime.services.store.deadLetters.count({})).toBe(0);
  });
});
