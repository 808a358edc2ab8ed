import type { EngineDeps } from '../engine/engine-deps';
import { testContactPrefix } from '../engine/published-workflows';
import type { DomainEventRecord } from '../store/event-records';
import type { ConversationRecord, MessageRecord } from '../store/records';
import type { Commit } from '../store/store';
import { mergeTallies, tallyHour, type Tally } from '../store/tallies';

/**
 * The report facts of messages sent (or refused by LINE), added to the effects' progress commit:
 * the tallies by author and method, the conversation's first agent message (the end of the first
 * response time), and message.sent for subscribers. Test chat contacts count nothing.
 */
export async function outboundFacts(messages: MessageRecord[], deps: EngineDeps): Promise<Pick<Commit, 'tallies' | 'puts'>> {
  const sent = messages.filter((m) => m.direction === 'out' && (m.author === 'bot' || m.author === 'agent') && !m.contactId.startsWith(testContactPrefix));
  if (sent.length === 0) return {};
  const tallies: Tally[] = [];
  const conversations = new Map<string, ConversationRecord>();
  const domainEvents: DomainEventRecord[] = [];
  for (const message of sent) {
    const failed = message.delivery?.status === 'failed';
    const method = message.delivery?.method;
    const add = failed
      ? { failed: 1 }
      : { [message.author === 'agent' ? 'sentAgent' : 'sentBot']: 1, ...(method === 'reply' || method === 'push' ? { [method]: 1 } : {}) };
    const agentId = message.author === 'agent' ? (message.agentId ?? '') : '';
    tallies.push({ kind: 'messages', key: { hour: tallyHour(message.at), conversationId: message.conversationId ?? '', agentId }, add });
    if (!failed && message.author === 'agent' && message.conversationId) {
      const conversation = conversations.get(message.conversationId) ?? (await deps.store.conversations.get(message.conversationId));
      if (conversation && !conversation.firstAgentMessageAt) {
        conversation.firstAgentMessageAt = message.at;
        conversations.set(conversation.id, conversation);
      }
    }
    if (!failed && deps.domainEvents?.wants('message.sent'))
      domainEvents.push({
        id: `de-${message.id}`,
        type: 'message.sent',
        at: message.at,
        contactId: message.contactId,
        data: {
          messageId: message.id,
          conversationId: message.conversationId,
          contactId: message.contactId,
          author: message.author,
          agentId: message.agentId ?? null,
          method,
          content: message.content,
        },
      });
  }
  return { tallies: mergeTallies(tallies), puts: { conversations: [...conversations.values()], domainEvents } };
}
