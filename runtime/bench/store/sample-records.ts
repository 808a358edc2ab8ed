import { newContact } from '../../engine/new-contact';
import type { ContactRecord, ConversationRecord, EffectRecord, MessageRecord, RunRecord, RunState, TraceStep } from '../../store/records';
import { displayName, messageText, type Language } from './sample-text';
import { SeededRandom } from './seeded-random';

export const workflowIds = ['faq-menu', 'order-status', 'csat-survey', 'welcome', 'handover', 'business-hours', 'reservation', 'refund'];
export const agentIds = Array.from({ length: 25 }, (_, i) => `user-agent-${String(i + 1).padStart(2, '0')}`);
export const teams = ['Support', 'Senior', 'English', 'Thai'];
export const runStatuses: RunState['status'][] = ['completed', 'waiting', 'failed', 'interrupted'];

/** A LINE user id ("U" and 32 hex digits), the same for the same index; fmix32 is a bijection, so ids never collide. */
export function contactId(index: number): string {
  return `U${[0, 1, 2, 3]
    .map((k) =>
      fmix32(index * 4 + k)
        .toString(16)
        .padStart(8, '0'),
    )
    .join('')}`;
}

export function languageOf(random: SeededRandom): Language {
  const r = random.next();
  return r < 0.45 ? 'ja' : r < 0.8 ? 'th' : 'en';
}

export function sampleContact(index: number, language: Language, random: SeededRandom, at: Date): ContactRecord {
  const contact = newContact(contactId(index), at);
  return {
    ...contact,
    displayName: displayName(language, random),
    pictureUrl: `https://profile.line-scdn.net/0h${contactId(index).slice(1, 25)}`,
    ...(random.chance(0.3) ? { statusMessage: messageText(language, 'customer', random).slice(0, 40) } : {}),
    language,
    profileFetchedAt: at.toISOString(),
    fields: random.chance(0.5)
      ? { memberTier: random.pick(['bronze', 'silver', 'gold']), orderCount: random.int(0, 40), lastOrderId: `A${random.int(10000, 99999)}` }
      : {},
    tags: random.chance(0.4) ? [random.pick(['vip', 'new', 'returning', 'complaint', 'wholesale'])] : [],
    engine: { run: null, appliedEventIds: Array.from({ length: random.int(1, 20) }, () => `ev-${random.int(1, 2 ** 31).toString(36)}`) },
  };
}

export function sampleConversation(id: string, contact: string, open: boolean, random: SeededRandom, openedAt: Date, lastAt: Date): ConversationRecord {
  return {
    id,
    contactId: contact,
    status: open ? 'open' : 'closed',
    openedAt: openedAt.toISOString(),
    closedAt: open ? null : lastAt.toISOString(),
    assignee: random.chance(0.7) ? random.pick(agentIds) : null,
    team: random.pick(teams),
    lastMessageAt: lastAt.toISOString(),
    updatedAt: lastAt.toISOString(),
  };
}

export function sampleMessage(
  id: string,
  contact: string,
  conversationId: string,
  language: Language,
  random: SeededRandom,
  at: Date,
  runId: string | null,
): MessageRecord {
  const r = random.next();
  const author = r < 0.5 ? 'customer' : r < 0.85 ? 'bot' : 'agent';
  const content = { type: 'text', text: messageText(language, author, random) };
  if (author === 'customer')
    return {
      id,
      conversationId,
      contactId: contact,
      direction: 'in',
      author,
      content: { ...content, id: String(random.int(1e9, 2e9)), quoteToken: `q${random.int(1e9, 2e9)}` },
      at: at.toISOString(),
    };
  return {
    id,
    conversationId,
    contactId: contact,
    direction: 'out',
    author,
    content,
    at: at.toISOString(),
    runId: author === 'bot' ? runId : null,
    stepId: author === 'bot' ? `n${random.int(1, 12)}` : null,
    delivery: { method: random.chance(0.8) ? 'reply' : 'push', status: 'sent' },
  };
}

/** A run as the engine keeps it: variables and the trace of the steps it went through. */
export function sampleRunState(id: string, conversationId: string, status: RunState['status'], random: SeededRandom, at: Date): RunState {
  const workflowId = random.pick(workflowIds);
  const steps = random.int(3, 8);
  const trace: TraceStep[] = Array.from({ length: steps }, (_, i) => ({
    stepId: `n${i + 1}`,
    type: random.pick(['send-message', 'ask-question', 'condition', 'set-field', 'http-request']),
    visit: i + 1,
    at: new Date(at.getTime() + i * 1500).toISOString(),
    durationMs: random.int(0, 40),
    ...(random.chance(0.3) ? { output: { answer: random.pick(['Business hours', 'Order status', 'Talk to a person']) } } : {}),
    port: 'next',
  }));
  return {
    id,
    workflowId,
    version: random.int(1, 6),
    workflowName: workflowId.replace('-', ' '),
    conversationId,
    triggerType: random.pick(['message-received', 'follow', 'keyword']),
    status,
    nodeId: status === 'waiting' ? `n${steps}` : null,
    visit: steps,
    attempts: 0,
    vars: { answer: random.pick(['Business hours', 'Order status']), orderId: `A${random.int(10000, 99999)}` },
    startedAt: at.toISOString(),
    ...(status === 'waiting' ? {} : { endedAt: new Date(at.getTime() + steps * 1500).toISOString() }),
    trace,
  };
}

export function runRecord(state: RunState, contact: string, at: Date): RunRecord {
  return { ...state, contactId: contact, updatedAt: at.toISOString() };
}

/** The webhook's event object as LINE sends it. */
export function lineTextEvent(userId: string, text: string, eventId: string, at: Date): Record<string, unknown> {
  return {
    type: 'message',
    message: { type: 'text', id: String(4e17 + at.getTime()), quoteToken: `qt-${eventId}`, text },
    webhookEventId: eventId,
    deliveryContext: { isRedelivery: false },
    timestamp: at.getTime(),
    source: { type: 'user', userId },
    replyToken: `rt-${eventId}`,
    mode: 'active',
  };
}

export function pendingEffect(id: string, contact: string, eventId: string, seq: number, payload: EffectRecord['payload'], at: Date): EffectRecord {
  return { id, contactId: contact, eventId, seq, kind: payload.kind, state: 'pending', attempts: 0, payload, updatedAt: at.toISOString() };
}

/** The rng of one contact: seeding and measuring draw the same contact the same way. */
export function contactRandom(index: number): SeededRandom {
  return new SeededRandom(fmix32(index ^ 0x9e3779b9));
}

function fmix32(n: number): number {
  let h = n >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
