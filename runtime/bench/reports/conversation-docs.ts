import type { ConversationEventRecord, ConversationRecord, CsatResponseRecord, MessageRecord, RunRecord } from '../../store/records';
import type { Tally } from '../../store/tallies';
import { SeededRandom } from '../store/seeded-random';
import { messageSkeleton, runIds, type MessageSketch } from './message-sketch';
import type { PlannedConversation } from './plan-conversation';
import { conversationRuns } from './run-docs';

export interface ConversationDocs {
  conversation: ConversationRecord;
  events: ConversationEventRecord[];
  messages: MessageRecord[];
  runs: RunRecord[];
  csat: CsatResponseRecord | null;
  tallies: Tally[];
}

const iso = (at: number) => new Date(at).toISOString();
const isoOrNull = (at: number | null) => (at === null ? null : iso(at));

/**
 * Everything one conversation left in the store, in the shapes the engine writes (event-session.ts,
 * session-facts.ts, finish-facts.ts, outbound-facts.ts): the record with its facts, its history,
 * its messages with their message_hours tallies, its runs with step_hours tallies, its CSAT answer.
 */
export function conversationDocs(c: PlannedConversation): ConversationDocs {
  const contactId = c.contact.id;
  const skeleton = messageSkeleton(c);
  const sketches = [...skeleton, ...fillers(c, c.messageCount - skeleton.length)].sort((a, b) => a.at - b.at);
  const messages: MessageRecord[] = [];
  const tallies: Tally[] = [];
  sketches.forEach((m, k) => {
    const at = iso(m.at);
    const record = messageRecord(`m-${c.index}-${k}`, c.id, contactId, m, at);
    messages.push(record);
    const tally = messageTally(record, at.slice(0, 13), c.id);
    if (tally) tallies.push(tally);
  });
  const runs = conversationRuns(c);
  tallies.push(...runs.tallies);

  const last = c.assignments[c.assignments.length - 1];
  const lastMessageAt = sketches.length ? sketches[sketches.length - 1].at : c.openedAt;
  const servedBy = [
    ...(c.faq ? [`faq-menu@${c.faq.version}`] : []),
    ...(c.routing ? ['routing-by-language@1'] : []),
    ...(c.csat ? [`csat-on-close@${c.csat.version}`] : []),
  ];
  const closing =
    c.closedAt === null
      ? { closedBy: null, category: null }
      : { closedBy: c.closedBy, closedByUserId: c.closedByUserId, category: c.category, summary: c.summary };
  const conversation: ConversationRecord = {
    id: c.id,
    contactId,
    status: c.closedAt === null ? 'open' : 'closed',
    openedAt: iso(c.openedAt),
    closedAt: isoOrNull(c.closedAt),
    assignee: last?.assignee ?? null,
    team: last?.team ?? null,
    lastMessageAt: iso(lastMessageAt),
    updatedAt: iso(Math.max(lastMessageAt, c.closedAt ?? 0)),
    openedBy: c.openedBy,
    firstCustomerMessageAt: isoOrNull(c.firstCustomerAt),
    firstAssignedAt: isoOrNull(c.assignments[0]?.at ?? null),
    firstAgentMessageAt: isoOrNull(c.firstAgentAt),
    ...closing,
    tags: [...c.contact.tags],
    servedBy,
    ...(c.csat ? { csatAskedAt: iso(c.csat.askedAt) } : {}),
    ...(c.csat?.answer ? { csatScore: c.csat.answer.score } : {}),
  };

  const event = (k: number, at: number, fact: Omit<ConversationEventRecord, 'id' | 'conversationId' | 'contactId' | 'at'>): ConversationEventRecord => ({
    id: `ce-${c.index}-${k}`,
    conversationId: c.id,
    contactId,
    at: iso(at),
    ...fact,
  });
  const events = [event(0, c.openedAt, { kind: 'opened', by: c.openedBy, byUserId: c.openedBy === 'agent' ? (c.assignments[0]?.assignee ?? null) : null })];
  c.assignments.forEach((a, k) => events.push(event(k + 1, a.at, { kind: 'assigned', by: a.by, byUserId: a.byUserId, assignee: a.assignee, team: a.team })));
  if (c.closedAt !== null)
    events.push(
      event(events.length, c.closedAt, {
        kind: 'closed',
        by: c.closedBy ?? 'api',
        byUserId: c.closedByUserId,
        category: c.category,
        summary: c.summary,
        assignee: conversation.assignee,
        team: conversation.team,
      }),
    );

  const answer = c.csat?.answer;
  const csat: CsatResponseRecord | null =
    c.csat && answer
      ? {
          id: `csat-${c.index}`,
          contactId,
          conversationId: c.id,
          runId: runIds.csat(c),
          workflowId: 'csat-on-close',
          version: c.csat.version,
          score: answer.score,
          scale: 5,
          at: iso(answer.at),
          assignee: conversation.assignee,
          team: conversation.team,
        }
      : null;
  return { conversation, events, messages, runs: runs.runs, csat, tallies };
}

/** The conversation's other messages: customers and agents talking, the bot now and then, each after its author's first. */
function fillers(c: PlannedConversation, count: number): MessageSketch[] {
  const random = new SeededRandom(0x5eed + c.index * 7919);
  const out: MessageSketch[] = [];
  const customerFrom = c.firstCustomerAt !== null && c.firstCustomerAt <= c.endAt ? c.firstCustomerAt : null;
  const agentFrom = c.firstAgentAt !== null && c.firstAgentAt <= c.endAt ? c.firstAgentAt : null;
  for (let k = 0; k < count; k++) {
    const r = random.next();
    const author = customerFrom !== null && r < 0.5 ? 'customer' : agentFrom !== null && r < 0.85 ? 'agent' : 'bot';
    const from = author === 'customer' ? (customerFrom as number) : author === 'agent' ? (agentFrom as number) : c.openedAt;
    // Most of a conversation's talk comes early.
    const at = Math.floor(from + Math.max(0, c.endAt - from) * random.next() ** 2);
    if (author === 'customer') out.push({ at, author, text: 'Thank you, one more thing' });
    else if (author === 'agent')
      out.push({
        at,
        author,
        agentId: assigneeAt(c, at),
        method: random.chance(0.35) ? 'reply' : 'push',
        text: 'Let me check that for you',
        ...failure(random),
      });
    else
      out.push({
        at,
        author,
        method: random.chance(0.85) ? 'reply' : 'push',
        ...(c.faq ? { runId: runIds.faq(c) } : {}),
        text: 'Here is the link',
        ...failure(random),
      });
  }
  return out;
}

/** About one outgoing message in 250 is refused by LINE. */
function failure(random: SeededRandom): { failed?: true } {
  return random.chance(0.004) ? { failed: true } : {};
}

function assigneeAt(c: PlannedConversation, at: number): string {
  let holder = c.assignments[0];
  for (const a of c.assignments) if (a.at <= at) holder = a;
  return holder.assignee;
}

function messageRecord(id: string, conversationId: string, contactId: string, m: MessageSketch, at: string): MessageRecord {
  if (m.author === 'customer') return { id, conversationId, contactId, direction: 'in', author: 'customer', content: { type: 'text', text: m.text }, at };
  if (m.author === 'system')
    return {
      id,
      conversationId,
      contactId,
      direction: 'out',
      author: 'system',
      content: { type: 'event', text: m.text },
      at,
      runId: m.runId ?? null,
      stepId: m.stepId ?? null,
    };
  return {
    id,
    conversationId,
    contactId,
    direction: 'out',
    author: m.author,
    ...(m.agentId ? { agentId: m.agentId } : {}),
    content: { type: 'text', text: m.text },
    at,
    runId: m.runId ?? null,
    stepId: m.stepId ?? null,
    delivery: m.failed ? { method: m.method ?? 'push', status: 'failed', error: 'LINE answered 400' } : { method: m.method ?? 'push', status: 'sent' },
  };
}

/** The message_hours row a message adds to, as session-facts.ts (received) and outbound-facts.ts (sent, failed) add it. */
function messageTally(m: MessageRecord, hour: string, conversationId: string): Tally | null {
  if (m.author === 'customer') return { kind: 'messages', key: { hour, conversationId, agentId: '' }, add: { received: 1 } };
  if (m.author === 'system') return null;
  const agentId = m.author === 'agent' ? (m.agentId ?? '') : '';
  const method = m.delivery?.method;
  const add =
    m.delivery?.status === 'failed'
      ? { failed: 1 }
      : { [m.author === 'agent' ? 'sentAgent' : 'sentBot']: 1, ...(method === 'reply' || method === 'push' ? { [method]: 1 } : {}) };
  return { kind: 'messages', key: { hour, conversationId, agentId }, add };
}
