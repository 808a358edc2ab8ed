import { randomUUID } from 'node:crypto';
import type { RuntimeServices } from '../app/runtime-services';
import type { AgentActionEvent } from '../queue/inbound-event';
import type { ConversationRecord, UserRecord } from '../store/records';

/**
 * Files what an agent did in a conversation in its contact's queue, so it happens in order with
 * the customer's messages; returns the event's id.
 */
export async function fileAgentAction(
  services: RuntimeServices,
  conversation: ConversationRecord,
  user: UserRecord | null,
  action: AgentActionEvent['action'],
): Promise<string> {
  const now = Date.now();
  const eventId = `agent-${randomUUID()}`;
  await services.queue.enqueue({
    kind: 'agent-action',
    id: eventId,
    contactId: conversation.contactId,
    timestamp: now,
    receivedAt: now,
    conversationId: conversation.id,
    agent: { id: user?.id ?? null, name: user?.name ?? 'an admin' },
    action,
  });
  return eventId;
}
