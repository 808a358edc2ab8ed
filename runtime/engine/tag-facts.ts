import type { ConversationActor } from '../store/records';
import type { EventSession } from './event-session';

/**
 * Records the tags an event added to or removed from the contact in the history of the
 * conversation it happened in (the one an agent acted in, else the open one), by whom: an agent,
 * the API or a workflow. The conversation is written too, so the live stream tells the inbox.
 */
export async function recordTagFacts(session: EventSession, tagsBefore: readonly string[]): Promise<void> {
  const { event, contact, facts } = session;
  const added = contact.tags.filter((tag) => !tagsBefore.includes(tag));
  const removed = tagsBefore.filter((tag) => !contact.tags.includes(tag));
  if (added.length === 0 && removed.length === 0) return;
  const run = [...session.runsTouched.values()].at(-1);
  const conversationId = event.kind === 'agent-action' ? event.conversationId : (contact.openConversationId ?? run?.conversationId ?? null);
  const conversation = conversationId ? await session.conversationById(conversationId) : null;
  if (!conversation) return;
  const by: ConversationActor = event.kind === 'agent-action' ? (event.agent.id ? 'agent' : 'api') : 'workflow';
  const byUserId = event.kind === 'agent-action' ? event.agent.id : null;
  const workflowName = by === 'workflow' ? run?.workflowName : undefined;
  for (const tag of added) facts.tagged(conversation, tag, true, by, byUserId, workflowName);
  for (const tag of removed) facts.tagged(conversation, tag, false, by, byUserId, workflowName);
  conversation.updatedAt = session.now.toISOString();
  session.conversationsTouched.set(conversation.id, conversation);
}
