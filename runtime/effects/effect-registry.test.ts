import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import type { EngineDeps } from '../engine/engine-deps';
import type { Lease } from '../engine/lease';
import type { OutgoingRequest } from '../http/guarded-request';
import type { LineMessage, LineTransport } from '../line/line-transport';
import type { InboundEvent } from '../queue/inbound-event';
import type { EffectRecord, PendingEffect, TimerEffect } from '../store/records';
import type { Commit, Store } from '../store/store';
import { carryOutEffects } from './carry-out-effects';
import { deliverEffect } from './deliver-effect';
import type { EffectContext } from './effect-kind';
import { effectKinds } from './effect-kinds';
import { httpEffect, idempotencyKey } from './http-effect';
import { timerEffect } from './timer-effect';

// The registry is typed by PendingEffect's kinds: `tsc` (the first step of `npm test`) fails on
// each line below if the registry stops demanding every kind, or takes an entry of another kind.
// @ts-expect-error 'http' is missing: a kind added to PendingEffect without its entry does not compile.
export const missingAKind: typeof effectKinds = { deliver: deliverEffect, timer: timerEffect };
// @ts-expect-error the entry under 'timer' carries out 'deliver' effects.
export const wrongEntry: typeof effectKinds = { deliver: deliverEffect, timer: deliverEffect, http: httpEffect };

const contactId = 'Ueffects000000000000000000000000001';
const now = new Date('2030-01-02T03:04:05.000Z');
const lease: Lease = { contactId, fence: 7, signal: new AbortController().signal };

function record(seq: number, payload: PendingEffect | { kind: string; id: string }, state: EffectRecord['state'] = 'pending'): EffectRecord {
  // A payload of a kind outside PendingEffect (the 'email' below) is cast: see that test.
  return { id: payload.id, contactId, eventId: 'ev-1', seq, kind: payload.kind, state, attempts: 0, payload, updatedAt: now.toISOString() } as EffectRecord;
}

/** Fakes of everything the three kinds reach, each logging into one ordered list. */
function fakeDeps() {
  const calls: string[] = [];
  const commits: Commit[] = [];
  const fenceChecks: [string, number][] = [];
  const requests: OutgoingRequest[] = [];
  const filed: InboundEvent[] = [];
  const store = {
    commit: async (commit: Commit) => {
      calls.push('commit');
      commits.push(structuredClone(commit));
    },
    holdsFence: async (id: string, token: number) => {
      fenceChecks.push([id, token]);
      return true;
    },
  } satisfies Partial<Store>;
  const transport: LineTransport = {
    kind: 'line',
    simulates: async () => false,
    reply: async (to: string, token: string, messages: LineMessage[]) => void calls.push(`reply ${to} ${token} ${messages.length}`),
    push: async () => void calls.push('push'),
    getProfile: async () => null,
    getQuota: async () => ({ type: 'none' }),
    showLoading: async () => void calls.push('loading'),
    markAsRead: async () => {},
    getContent: async () => null,
    linkRichMenu: async () => {},
  };
  const deps = {
    store: store as unknown as Store,
    transport,
    log: pino({ level: 'silent' }),
    now: () => now,
    scheduleTimer: async (id: string, timer: TimerEffect) => void calls.push(`timer ${id} ${timer.id}`),
    http: async (request: OutgoingRequest) => {
      calls.push(`http ${request.method} ${request.url}`);
      requests.push(request);
      return { status: 201, body: '{"ticket":"T-1"}', url: request.url };
    },
    fileEvent: async (event: InboundEvent) => {
      calls.push(`file ${event.id}`);
      filed.push(event);
    },
  } satisfies Partial<EngineDeps>;
  return { deps: deps as unknown as EngineDeps, calls, commits, fenceChecks, requests, filed };
}

const timer: TimerEffect = { kind: 'timer', id: 't-run1-1', runId: 'run1', visit: 1, reason: 'wait', fireAt: now.getTime() + 60_000 };
const deliver: PendingEffect = {
  kind: 'deliver',
  id: 'd-run1-2',
  runId: 'run1',
  stepId: 'hello',
  conversationId: 'cv-1',
  messages: [{ type: 'text', text: 'Hello' }],
  replyToken: 'reply-token-1',
  replyTokenReceivedAt: now.getTime() - 1000,
};
const http: PendingEffect = {
  kind: 'http',
  id: 'h-run1-3',
  runId: 'run1',
  stepId: 'crm',
  visit: 3,
  request: { method: 'POST', url: 'https://crm.example.com/tickets', headers: {}, body: '{}' },
  timeoutMs: 5000,
};

describe('the effect registry', () => {
  it('carries out each effect by its kind, once, in seq order, skipping those done, then commits their progress once', async () => {
    const { deps, calls, commits, fenceChecks, requests, filed } = fakeDeps();
    const alreadyDone = record(1, { ...timer, id: 't-run1-0' }, 'done');
    const effects = [alreadyDone, record(2, timer), record(3, deliver), record(4, http)];

    await carryOutEffects(effects, deps, lease, false);

    expect(calls).toEqual([
      `timer ${contactId} t-run1-1`,
      `reply ${contactId} reply-token-1 1`,
      'http POST https://crm.example.com/tickets',
      'file r-h-run1-3',
      'commit',
    ]);
    // Each kind checked the fence right before it acted.
    expect(fenceChecks).toEqual([
      [contactId, 7],
      [contactId, 7],
      [contactId, 7],
    ]);
    expect(requests[0]?.headers['Idempotency-Key']).toBe(idempotencyKey({ runId: 'run1', stepId: 'crm', visit: 3 }));
    expect(filed[0]).toMatchObject({ kind: 'effect-result', effectId: 'h-run1-3', runId: 'run1', result: { status: 201, body: '{"ticket":"T-1"}' } });

    expect(commits).toHaveLength(1);
    const [commit] = commits as [Commit];
    expect(commit.fence).toEqual({ contactId, token: 7 });
    expect(commit.puts?.effects?.map((e) => [e.seq, e.kind, e.state])).toEqual([
      [2, 'timer', 'done'],
      [3, 'deliver', 'done'],
      [4, 'http', 'done'],
    ]);
    expect(commit.puts?.messages?.map((m) => [m.id, m.delivery?.method])).toEqual([['d-run1-2-0', 'reply']]);
  });

  it('carries out a brand-new kind (an email) from its one entry, in order with the built-in kinds', async () => {
    const { deps, calls, commits } = fakeDeps();
    // In the runtime its payload type also joins PendingEffect (runtime/store/records.ts); then the
    // registry's type demands this entry (the @ts-expect-error lines above). Here the record is cast.
    interface EmailEffect {
      kind: 'email';
      id: string;
      to: string;
      subject: string;
    }
    const emailEffect = {
      kind: 'email',
      async carryOut(effect: EffectRecord, ctx: EffectContext) {
        const email = effect.payload as unknown as EmailEffect;
        await ctx.checkFence();
        calls.push(`email ${email.to} ${email.subject}`);
        ctx.complete({ messageId: `msg-${effect.id}` });
      },
    };
    const email: EmailEffect = { kind: 'email', id: 'e-run1-2', to: 'care@example.com', subject: 'New ticket' };

    await carryOutEffects([record(1, timer), record(2, email), record(3, deliver)], deps, lease, false, { ...effectKinds, email: emailEffect });

    expect(calls).toEqual([`timer ${contactId} t-run1-1`, 'email care@example.com New ticket', `reply ${contactId} reply-token-1 1`, 'commit']);
    expect(commits[0]?.puts?.effects?.map((e) => [e.kind, e.state, e.result])).toEqual([
      ['timer', 'done', { fireAt: timer.fireAt }],
      ['email', 'done', { messageId: 'msg-e-run1-2' }],
      ['deliver', 'done', { method: 'reply' }],
    ]);
  });

  it('stops at a kind nobody registered, naming it, and still records the effects done before it', async () => {
    const { deps, calls, commits } = fakeDeps();
    const unknown = record(2, { kind: 'fax', id: 'f-run1-2' });

    await expect(carryOutEffects([record(1, timer), unknown, record(3, deliver)], deps, lease, false)).rejects.toThrow('No effect kind "fax" is registered');

    expect(calls).toEqual([`timer ${contactId} t-run1-1`, 'commit']);
    expect(commits[0]?.puts?.effects?.map((e) => [e.kind, e.state])).toEqual([['timer', 'done']]);
    expect(unknown.state).toBe('pending');
  });
});
