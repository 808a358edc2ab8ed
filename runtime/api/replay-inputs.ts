import type { LineContent } from '../../shared/api/conversations-api';
import type { ConversationRecord, MessageRecord, TraceStep } from '../store/records';
import type { Store } from '../store/store';

/** A replay takes at most this many of the conversation's inputs (the first ones). */
export const maxReplayInputs = 50;

/** One thing the customer did (or that happened to them) that a replay does again. */
export interface ReplayStep {
  kind: 'follow' | 'text' | 'postback' | 'message' | 'timeout';
  text?: string;
  data?: string;
  displayText?: string;
  params?: Record<string, string>;
  /** A message other than text (a sticker, a location…), as LINE sent it. */
  message?: Record<string, unknown>;
}

export interface SentMessage {
  stepId: string | null;
  message: LineContent;
}

export interface OriginalConversation {
  steps: ReplayStep[];
  /** What the workflow sent before the first input (`start`), then after each step, index for index. */
  start: SentMessage[];
  sent: SentMessage[][];
  /** Inputs left out (unsent by the customer, past the limit). */
  skipped: number;
}

/**
 * What a conversation's customer did, in order, and what this workflow's runs sent after each:
 * the customer's messages and taps, the follow that opened it, and the timeouts its questions
 * took (from the event archive, those that woke a step of this workflow's runs). Messages of other
 * workflows and of agents are not this workflow's answers and are left out.
 */
export async function originalConversation(store: Store, conversation: ConversationRecord, workflowId: string): Promise<OriginalConversation> {
  const [messages, runs] = await Promise.all([
    store.messages.find({ conversationId: conversation.id }, { sort: { at: 1, id: 1 } }),
    store.runs.find({ conversationId: conversation.id }, { sort: { startedAt: 1 }, limit: 500 }),
  ]);
  const ours = new Map(runs.filter((r) => r.workflowId === workflowId).map((r) => [r.id, r.trace]));
  const events: { at: string; step?: ReplayStep; sent?: SentMessage }[] = [];
  if (conversation.openedBy === 'follow') events.push({ at: conversation.openedAt, step: { kind: 'follow' } });
  let skipped = 0;
  for (const m of messages) {
    if (m.direction === 'in' && m.author === 'customer') {
      const step = stepOf(m);
      if (step) events.push({ at: m.at, step });
      else skipped++;
    } else if (m.direction === 'out' && m.author === 'bot' && m.runId && ours.has(m.runId) && m.delivery?.status !== 'failed') {
      events.push({ at: m.at, sent: { stepId: m.stepId ?? null, message: m.content as LineContent } });
    }
  }
  for (const at of await timeouts(store, conversation, ours)) events.push({ at, step: { kind: 'timeout' } });
  // Stable: at the same moment an input comes before what answered it.
  events.sort((a, b) => (a.at === b.at ? Number(Boolean(a.sent)) - Number(Boolean(b.sent)) : a.at < b.at ? -1 : 1));
  const result: OriginalConversation = { steps: [], start: [], sent: [], skipped };
  let full = false;
  for (const event of events) {
    if (event.step) {
      full ||= result.steps.length >= maxReplayInputs;
      if (full) result.skipped++;
      else {
        result.steps.push(event.step);
        result.sent.push([]);
      }
    } else if (event.sent && !full) {
      (result.sent.at(-1) ?? result.start).push(event.sent);
    }
  }
  return result;
}

function stepOf(message: MessageRecord): ReplayStep | null {
  const content = (message.content ?? {}) as Record<string, unknown>;
  if ((message as { unsentAt?: string }).unsentAt) return null;
  if (content.type === 'postback' && typeof content.data === 'string') {
    return {
      kind: 'postback',
      data: content.data,
      ...(typeof content.displayText === 'string' ? { displayText: content.displayText } : {}),
      ...(content.params && typeof content.params === 'object' ? { params: content.params as Record<string, string> } : {}),
    };
  }
  if (content.type === 'text' && typeof content.text === 'string') return { kind: 'text', text: content.text, message: content };
  if (typeof content.type === 'string') return { kind: 'message', message: content };
  return null;
}

/** When this workflow's questions timed out in the conversation: timer events that woke one of its steps. */
async function timeouts(store: Store, conversation: ConversationRecord, ours: Map<string, TraceStep[]>): Promise<string[]> {
  const woken = new Set<string>();
  for (const [runId, trace] of ours) {
    for (const step of trace) if ((step.input as { timer?: string } | undefined)?.timer === 'timeout') woken.add(`t-${runId}-${step.visit}`);
  }
  if (woken.size === 0) return [];
  const range = { $gte: conversation.openedAt, ...(conversation.closedAt ? { $lte: conversation.closedAt } : {}) };
  const archived = await store.inboundEvents.find({ contactId: conversation.contactId, receivedAt: range }, { sort: { receivedAt: 1 }, limit: 2000 });
  return archived.filter((e) => e.kind === 'timer' && woken.has(e.id)).map((e) => e.handledAt ?? e.receivedAt);
}
