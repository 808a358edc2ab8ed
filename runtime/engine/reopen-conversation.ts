import type { AgentActionEvent } from '../queue/inbound-event';
import type { ConversationRecord } from '../store/records';
import type { EventSession } from './event-session';
import { endRun } from './run-steps';

/**
 * Where an agent's reply goes: the conversation they replied in, reopened when it was closed (open
 * again, theirs, "Reopened by Ana" in its history) — what Chatwoot does. A survey still waiting on
 * the closed conversation stops: the customer is talking to a person again. When the contact has
 * opened another conversation since (the inbox refuses that, but a customer may write meanwhile),
 * the reply goes there instead.
 */
export async function conversationForReply(
  session: EventSession,
  conversation: ConversationRecord,
  agent: AgentActionEvent['agent'],
): Promise<ConversationRecord> {
  if (conversation.status === 'open') return conversation;
  const openId = session.contact.openConversationId;
  if (openId && openId !== conversation.id) return (await session.conversationById(openId)) ?? conversation;

  const at = session.now.toISOString();
  Object.assign(conversation, { status: 'open', closedAt: null, closedBy: null, closedByUserId: null, category: null, summary: null, updatedAt: at });
  conversation.tags = [...session.contact.tags];
  session.contact.openConversationId = conversation.id;
  session.conversation = conversation;
  session.conversationsTouched.set(conversation.id, conversation);
  const by = agent.id ? 'agent' : 'api';
  session.facts.reopened(conversation, by, agent.id);
  session.record({
    conversationId: conversation.id,
    direction: 'out',
    author: 'system',
    content: { type: 'event', fact: 'reopened', text: `Reopened by ${agent.name}` },
  });
  if (agent.id && conversation.assignee !== agent.id) session.assignConversation(conversation, { assignee: agent.id, team: conversation.team }, by, agent.id);
  const run = session.run;
  if (run && run.conversationId === conversation.id && run.triggerType === 'trigger-conversation-closed') endRun(session, run, 'interrupted');
  return conversation;
}
