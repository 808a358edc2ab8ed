import type { ContactRecord, ConversationRecord, MessageRecord, RunRecord } from '../../store/records';
import type { Store } from '../../store/store';
import { contactRandom, languageOf, runRecord, sampleContact, sampleConversation, sampleMessage, sampleRunState } from './sample-records';
import type { SeededRandom } from './seeded-random';
import { yieldToTimers } from './yield-to-timers';

export interface SeedOptions {
  contacts: number;
  messages: number;
  now: Date;
  /** Documents per commit. Default 1,000. */
  batchSize?: number;
  onProgress?: (contactsDone: number) => void;
}

export interface SeedResult {
  contacts: number;
  conversationIds: string[];
  documents: number;
  durationMs: number;
}

const day = 86_400_000;

/**
 * Fills the store with a support desk's history: each contact with one to three conversations
 * (the latest open for some, waiting in a run), a run per conversation and its messages. The
 * messages are shared out so that the total is exactly `messages`, unevenly between contacts.
 */
export async function seedStore(store: Store, options: SeedOptions): Promise<SeedResult> {
  const started = performance.now();
  const batch = new CommitBatch(store, options.batchSize ?? 1000);
  const conversationIds: string[] = [];
  let pairShift = 0;
  for (let i = 0; i < options.contacts; i++) {
    const random = contactRandom(i);
    const share = Math.floor((options.messages * (i + 1)) / options.contacts) - Math.floor((options.messages * i) / options.contacts);
    // Pairs of contacts trade messages, so some write a lot and some little while the total holds.
    if (i % 2 === 0) pairShift = i + 1 < options.contacts ? random.int(0, Math.max(0, share - 1)) : 0;
    const messageCount = i % 2 === 0 ? share - pairShift : share + pairShift;
    const docs = contactHistory(i, messageCount, random, options.now);
    conversationIds.push(...docs.conversations.map((c) => c.id));
    await batch.add(docs);
    if (options.onProgress && (i + 1) % Math.max(1, Math.floor(options.contacts / 10)) === 0) options.onProgress(i + 1);
  }
  await batch.flush();
  return { contacts: options.contacts, conversationIds, documents: batch.written, durationMs: performance.now() - started };
}

interface History {
  contacts: ContactRecord[];
  conversations: ConversationRecord[];
  runs: RunRecord[];
  messages: MessageRecord[];
}

function contactHistory(index: number, messageCount: number, random: SeededRandom, now: Date): History {
  const language = languageOf(random);
  const createdAt = new Date(now.getTime() - random.int(2, 365) * day);
  const contact = sampleContact(index, language, random, createdAt);
  const history: History = { contacts: [contact], conversations: [], runs: [], messages: [] };
  const conversationCount = 1 + (random.chance(0.35) ? 1 : 0) + (random.chance(0.1) ? 1 : 0);
  const latestOpen = random.chance(0.3);
  const span = now.getTime() - createdAt.getTime();
  let messageIndex = 0;
  for (let k = 0; k < conversationCount; k++) {
    const open = latestOpen && k === conversationCount - 1;
    const id = `conv-${contact.id.slice(1, 13)}-${k}`;
    const runId = `run-${contact.id.slice(1, 13)}-${k}`;
    const count = k === conversationCount - 1 ? messageCount - messageIndex : Math.floor(messageCount / conversationCount);
    // An open conversation starts early enough that its last message (≤ 10 min apart) is not in the future.
    const openedAt = new Date(
      open ? now.getTime() - count * 600_000 - random.int(60_000, 3 * day) : createdAt.getTime() + ((k + random.next() * 0.5) * span) / conversationCount,
    );
    let at = openedAt.getTime();
    for (let m = 0; m < count; m++, messageIndex++) {
      at += random.int(5_000, 600_000);
      history.messages.push(sampleMessage(`msg-${contact.id.slice(1, 13)}-${messageIndex}`, contact.id, id, language, random, new Date(at), runId));
    }
    const status = open ? (random.chance(0.6) ? 'waiting' : 'completed') : random.chance(0.85) ? 'completed' : random.chance(0.33) ? 'failed' : 'interrupted';
    const run = sampleRunState(runId, id, status, random, openedAt);
    history.runs.push(runRecord(run, contact.id, new Date(at)));
    history.conversations.push(sampleConversation(id, contact.id, open, random, openedAt, new Date(at)));
    if (open) {
      contact.openConversationId = id;
      if (status === 'waiting') contact.engine.run = run;
    }
    contact.updatedAt = new Date(Math.max(at, createdAt.getTime())).toISOString();
  }
  return history;
}

/** Collects documents and commits them about `size` at a time, one transaction each. */
class CommitBatch {
  written = 0;
  private pending: History = { contacts: [], conversations: [], runs: [], messages: [] };
  private count = 0;

  constructor(
    private readonly store: Store,
    private readonly size: number,
  ) {}

  async add(docs: History): Promise<void> {
    for (const key of Object.keys(docs) as (keyof History)[]) {
      (this.pending[key] as unknown[]).push(...docs[key]);
      this.count += docs[key].length;
    }
    if (this.count >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.count === 0) return;
    await this.store.commit({ puts: this.pending });
    this.written += this.count;
    this.pending = { contacts: [], conversations: [], runs: [], messages: [] };
    this.count = 0;
    await yieldToTimers();
  }
}
