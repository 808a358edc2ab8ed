import type { ContactRecord, DeliverEffect, EffectRecord, MessageRecord, TimerEffect } from '../../store/records';
import { openSqliteStore } from '../../store/sqlite/open-sqlite-store';
import type { Store } from '../../store/store';
import { summarize } from '../percentiles';
import { diskGrowth, diskSnapshot, type DiskSnapshot } from './disk-writes';
import { contactId, lineTextEvent, pendingEffect, runRecord, sampleRunState } from './sample-records';
import { messageText, type Language } from './sample-text';
import { SeededRandom } from './seeded-random';
import { yieldToTimers } from './yield-to-timers';

export interface CommitFigures {
  synchronous: 'NORMAL' | 'FULL';
  events: number;
  /** Whole events (claimFence, reading the contact and conversation, the commit) per second. */
  eventsPerSecond: number;
  /** The commits alone: events divided by the time spent inside store.commit. */
  commitsPerSecond: number;
  commitMs: ReturnType<typeof summarize>;
  /** Growth of lineflow.db + lineflow.db-wal, and this process's write counters, over the events. */
  written: DiskSnapshot;
  progressCommits: number;
  progressPerSecond: number;
  progressMs: ReturnType<typeof summarize>;
}

interface Decided {
  contactId: string;
  deliver: EffectRecord;
  timer: EffectRecord;
  outgoing: MessageRecord;
}

/**
 * What the engine writes per handled event (see persistSession) done `events` times over random
 * existing contacts, then the effects' progress commits (see carryOutEffects) for those events.
 */
export async function measureCommits(dir: string, synchronous: 'NORMAL' | 'FULL', contacts: number, events: number): Promise<CommitFigures> {
  const store = openSqliteStore(dir, { synchronous });
  const random = new SeededRandom(synchronous === 'FULL' ? 2 : 1);
  const fences = new Map<string, number>();
  const decided: Decided[] = [];
  const commitMs: number[] = [];
  const before = diskSnapshot(dir);
  const started = performance.now();
  for (let n = 0; n < events; n++) {
    const id = contactId(random.int(0, contacts - 1));
    const token = await store.claimFence(id);
    fences.set(id, token);
    const contact = (await store.contacts.get(id)) as ContactRecord;
    const eventId = `ev-${synchronous.toLowerCase()}-${n}`;
    const { commit, effects } = await decide(store, contact, eventId, random);
    const t = performance.now();
    await store.commit({ fence: { contactId: id, token }, ...commit });
    commitMs.push(performance.now() - t);
    decided.push(effects);
    await yieldToTimers();
  }
  const eventsMs = performance.now() - started;
  const written = diskGrowth(before, diskSnapshot(dir));

  const progressMs: number[] = [];
  const progressStarted = performance.now();
  const timed = async (commit: Parameters<Store['commit']>[0]) => {
    const t = performance.now();
    await store.commit(commit);
    progressMs.push(performance.now() - t);
  };
  for (const { contactId: id, deliver, timer, outgoing } of decided) {
    const fence = { contactId: id, token: fences.get(id) as number };
    const at = new Date().toISOString();
    const started = { ...deliver, state: 'started' as const, attempts: 1, startedAt: at, firstStartedAt: at, result: { method: 'reply' }, updatedAt: at };
    await timed({ fence, puts: { effects: [started] } });
    await timed({
      fence,
      puts: {
        effects: [{ ...started, state: 'done', result: { method: 'reply' } }],
        messages: [{ ...outgoing, delivery: { method: 'reply', status: 'sent' } }],
      },
    });
    await timed({ fence, puts: { effects: [{ ...timer, state: 'done', result: { fireAt: (timer.payload as TimerEffect).fireAt }, updatedAt: at }] } });
    await yieldToTimers();
  }
  const progressElapsed = performance.now() - progressStarted;
  await store.close();
  return {
    synchronous,
    events,
    eventsPerSecond: (events * 1000) / eventsMs,
    commitsPerSecond: (events * 1000) / commitMs.reduce((sum, ms) => sum + ms, 0),
    commitMs: summarize(commitMs),
    written,
    progressCommits: progressMs.length,
    progressPerSecond: (progressMs.length * 1000) / progressElapsed,
    progressMs: summarize(progressMs),
  };
}

/** A customer's text answered by the bot: the contact (version-checked), its conversation, the run, two messages, two effects, the archive entry. */
async function decide(store: Store, contact: ContactRecord, eventId: string, random: SeededRandom) {
  const now = new Date();
  const at = now.toISOString();
  const language = (contact.language ?? 'en') as Language;
  const existing = contact.openConversationId ? await store.conversations.get(contact.openConversationId) : null;
  const conversation = existing ?? {
    id: `conv-${eventId}`,
    contactId: contact.id,
    status: 'open' as const,
    openedAt: at,
    closedAt: null,
    assignee: null,
    team: 'Support',
    lastMessageAt: at,
    updatedAt: at,
  };
  Object.assign(conversation, { lastMessageAt: at, updatedAt: at });
  const run = sampleRunState(`run-${eventId}`, conversation.id, 'waiting', random, now);
  const text = messageText(language, 'customer', random);
  const incoming: MessageRecord = {
    id: `msg-${eventId}-0`,
    conversationId: conversation.id,
    contactId: contact.id,
    direction: 'in',
    author: 'customer',
    content: { type: 'text', text },
    at,
    runId: run.id,
  };
  const reply = { type: 'text', text: messageText(language, 'bot', random) };
  const outgoing: MessageRecord = {
    id: `msg-${eventId}-1`,
    conversationId: conversation.id,
    contactId: contact.id,
    direction: 'out',
    author: 'bot',
    content: reply,
    at,
    runId: run.id,
    stepId: 'n2',
  };
  const deliverPayload: DeliverEffect = {
    kind: 'deliver',
    id: `deliver-${eventId}-0`,
    runId: run.id,
    stepId: 'n2',
    conversationId: conversation.id,
    author: 'bot',
    messages: [reply],
    replyToken: `rt-${eventId}`,
    replyTokenReceivedAt: now.getTime(),
  };
  const timerPayload: TimerEffect = {
    kind: 'timer',
    id: `timer-${eventId}-1`,
    runId: run.id,
    visit: run.visit,
    reason: 'timeout',
    fireAt: now.getTime() + 600_000,
  };
  const deliver = pendingEffect(deliverPayload.id, contact.id, eventId, 1, deliverPayload, now);
  const timer = pendingEffect(timerPayload.id, contact.id, eventId, 2, { ...timerPayload }, now);
  run.timer = timerPayload;
  const expectedVersion = contact.version ?? null;
  const doc: ContactRecord = {
    ...contact,
    openConversationId: conversation.id,
    updatedAt: at,
    engine: { ...contact.engine, run, appliedEventIds: [...contact.engine.appliedEventIds.slice(-19), eventId] },
  };
  const archive = {
    id: eventId,
    contactId: contact.id,
    kind: 'message',
    raw: lineTextEvent(contact.id, text, eventId, now),
    receivedAt: at,
    outcome: 'applied' as const,
    runId: run.id,
    handledAt: at,
  };
  return {
    commit: {
      contact: { doc, expectedVersion },
      puts: {
        runs: [runRecord(run, contact.id, now)],
        conversations: [conversation],
        messages: [incoming, outgoing],
        effects: [deliver, timer],
        inboundEvents: [archive],
      },
    },
    effects: { contactId: contact.id, deliver, timer, outgoing },
  };
}
