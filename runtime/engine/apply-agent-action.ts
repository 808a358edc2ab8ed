import type { AgentActionEvent } from '../queue/inbound-event';
import type { EventSession } from './event-session';
import { endRun } from './run-steps';

/** An agent's reply, note, tag, assignment or "stop the workflow", applied in the contact's order. */
export async function applyAgentAction(session: EventSession, event: AgentActionEvent): Promise<void> {
  const conversation = await session.conversationById(event.conversationId);
  if (!conversation) return;
  const { action, agent } = event;
  switch (action.type) {
    case 'reply':
      session.outgoing.push({
        runId: null,
        stepId: null,
        conversationId: conversation.id,
        message: { type: 'text', text: action.text },
        author: 'agent',
        agentId: agent.id,
      });
      break;
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
        content: { type: 'event', text: `${agent.name} assigned the conversation${action.team ? ` to team ${action.team}` : ''}` },
      });
      break;
    case 'stop-run':
      if (session.run) {
        session.record({
          conversationId: conversation.id,
          direction: 'out',
          author: 'system',
          content: { type: 'event', text: `${agent.name} stopped ${session.run.workflowName}` },
        });
        endRun(session, session.run, 'interrupted');
      }
      break;
  }
}
