import type { AgentActionEvent } from '../queue/inbound-event';
import type { EventSession } from './event-session';
import { conversationForReply } from './reopen-conversation';
import { endRun } from './run-steps';

/** An agent's reply, note, tag, assignment, "stop the workflow" or opening (mark as read), applied in the contact's order. */
export async function applyAgentAction(session: EventSession, event: AgentActionEvent): Promise<void> {
  const conversation = await session.conversationById(event.conversationId);
  const { action, agent } = event;
  // A pause stops its workflow's runs, also one without a conversation.
  if (action.type === 'stop-run') return stopRun(session, conversation?.id ?? null, agent.name, action.workflowId);
  if (!conversation) return;
  switch (action.type) {
    case 'reply': {
      // A reply in a closed conversation reopens it (or goes to the one the customer opened since).
      const replyIn = await conversationForReply(session, conversation, agent);
      session.outgoing.push({
        runId: null,
        stepId: null,
        conversationId: replyIn.id,
        // A quote of the customer's message, and the agent's name and icon (settings), as the inbox decided them.
        message: {
          type: 'text',
          text: action.text,
          ...(action.quoteToken ? { quoteToken: action.quoteToken } : {}),
          ...(action.sender ? { sender: action.sender } : {}),
        },
        author: 'agent',
        agentId: agent.id,
      });
      break;
    }
    case 'note':
      session.record({ conversationId: conversation.id, direction: 'out', author: 'agent', content: { type: 'note', text: action.text, by: agent.name } });
      break;
    case 'tag': {
      const tags = session.contact.tags.filter((t) => t !== action.tag);
      session.contact.tags = action.add ? [...tags, action.tag] : tags;
      break;
    }
    case 'assign':
      session.assignConversation(conversation, { assignee: action.userId, team: action.team }, agent.id ? 'agent' : 'api', agent.id);
      session.record({
        conversationId: conversation.id,
        direction: 'out',
        author: 'system',
        content: { type: 'event', fact: 'assigned', text: `${agent.name} assigned the conversation${action.team ? ` to team ${action.team}` : ''}` },
      });
      break;
    case 'mark-read': {
      // The newest unread message's token, used once; one of another conversation (an old one opened) is left.
      const mark = session.contact.engine.markAsRead;
      if (!mark || (mark.conversationId !== null && mark.conversationId !== conversation.id)) break;
      session.effects.push({ kind: 'mark-read', id: `read-${session.event.id}`, token: mark.token });
      delete session.contact.engine.markAsRead;
      break;
    }
  }
}

/** Stops the contact's run; with `workflowId`, only a run of that workflow (another may have started since). */
function stopRun(session: EventSession, conversationId: string | null, by: string, workflowId: string | undefined): void {
  const run = session.run;
  if (!run || (workflowId !== undefined && run.workflowId !== workflowId)) return;
  session.record({ conversationId, direction: 'out', author: 'system', content: { type: 'event', text: `${by} stopped ${run.workflowName}` } });
  endRun(session, run, 'interrupted');
}
