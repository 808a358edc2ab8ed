import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { EngineDeps } from '../engine/engine-deps';
import { quickRepliesOnLast } from '../engine/quick-replies-last';
import type { LineMessage, LineTransport } from '../line/line-transport';
import type { DeliverEffect, EffectRecord } from '../store/records';
import type { Commit, Store } from '../store/store';
import { deliverEffect } from './deliver-effect';
import type { EffectContext } from './effect-kind';

const contactId = 'Ucheck0000000000000000000000000001';
const now = new Date('2030-01-02T03:04:05.000Z');

/** A deliver effect carried out against fakes: what went to LINE, how the effect ended, what the run became. */
async function carryOut(messages: LineMessage[]) {
  const sent: string[] = [];
  const commits: Commit[] = [];
  const outcome: { failed?: string; completed?: unknown; records?: unknown[] } = {};
  const run = { id: 'run-1', status: 'running', contactId };
  const store = {
    runs: { get: async () => run },
    contacts: { get: async () => null },
    commit: async (commit: Commit) => void commits.push(commit),
  } as unknown as Store;
  const transport = {
    simulates: async () => false,
    reply: async () => void sent.push('reply'),
    push: async () => void sent.push('push'),
  } as unknown as LineTransport;
  const deps = { store, transport, log: pino({ level: 'silent' }), now: () => now } as unknown as EngineDeps;
  const payload: DeliverEffect = {
    kind: 'deliver',
    id: 'ev-1-d0',
    runId: 'run-1',
    stepId: 'greet',
    conversationId: null,
    messages,
    replyToken: 'tok',
    replyTokenReceivedAt: now.getTime() - 1000,
  };
  const effect = {
    id: payload.id,
    contactId,
    eventId: 'ev-1',
    seq: 1,
    kind: 'deliver',
    state: 'started',
    attempts: 0,
    payload,
    updatedAt: now.toISOString(),
  } as EffectRecord & {
    payload: DeliverEffect;
  };
  const ctx: EffectContext = {
    deps,
    lease: undefined,
    resumed: false,
    checkFence: async () => {},
    complete: (result) => void (outcome.completed = result),
    fail: (error, also) => {
      outcome.failed = error;
      outcome.records = also?.puts?.messages;
    },
  };
  await deliverEffect.carryOut(effect, ctx);
  return { sent, outcome, runs: commits.flatMap((c) => c.puts?.runs ?? []) };
}

describe('the delivery checks each request body before it goes to LINE', () => {
  it('sends a valid body', async () => {
    const { sent, outcome } = await carryOut([{ type: 'text', text: 'Hello' }]);
    expect(sent).toEqual(['reply']);
    expect(outcome.completed).toEqual({ method: 'reply' });
  });

  it('sends nothing of a body LINE would refuse, and fails the run naming the step and the field (never retried)', async () => {
    const { sent, outcome, runs } = await carryOut([
      { type: 'text', text: 'Hello' },
      { type: 'image', originalContentUrl: 'http://x.example/a.png', previewImageUrl: 'https://x.example/p.png' },
    ]);
    expect(sent).toEqual([]);
    expect(outcome.failed).toMatch(/^LINE would refuse messages\[1\]\.originalContentUrl must be an https:\/\/ URL .*; nothing was sent$/);
    expect(outcome.records).toHaveLength(2);
    expect(runs).toMatchObject([
      { id: 'run-1', status: 'failed', error: expect.stringMatching(/^step greet: LINE would refuse messages\[1\]\.originalContentUrl/) },
    ]);
  });
});

describe('quick replies under the last message of what an event sends', () => {
  const entry = (text: string, quickReply?: unknown) => ({ stepId: 's', message: { type: 'text', text, ...(quickReply ? { quickReply } : {}) } });
  const yes = { items: [{ type: 'action', action: { type: 'message', label: 'Yes', text: 'Yes' } }] };
  const pick = { items: [{ type: 'action', action: { type: 'postback', label: 'A', data: 'a' } }] };

  it('moves the latest buttons to the last message and leaves none elsewhere', () => {
    const moved = quickRepliesOnLast([entry('one', yes), entry('two'), entry('three', pick), entry('four')]);
    expect(moved.map((e) => e.message.quickReply ?? null)).toEqual([null, null, null, pick]);
    expect(moved.map((e) => e.message.text)).toEqual(['one', 'two', 'three', 'four']);
  });

  it('leaves messages without buttons, and buttons already last, as they are', () => {
    const plain = [entry('one'), entry('two', yes)];
    expect(quickRepliesOnLast(plain)).toEqual(plain);
    expect(quickRepliesOnLast([])).toEqual([]);
  });
});
