import { getStepDefinition } from '../../shared/steps';
import type { ConversationRecord, RunState } from '../store/records';
import type { AssignOutcome, AssignTarget } from '../steps/step-context';
import { chooseAssignee } from './choose-assignee';
import type { EventSession } from './event-session';
import type { PublishedWorkflow } from './published-workflows';

/**
 * A workflow's assign step: picks the agent the way the team assigns, opens a conversation if none
 * is open, assigns it and says so in the transcript; when nobody fits, the conversation waits
 * unassigned in the team's queue. The history keeps the workflow and the step by name ("Assigned
 * by the Support menu's “Hand to a person” step"). A test contact of the editor's test chat assigns
 * nobody for real: its transcript says whom it would ("Would assign to Ana (Support, round robin)")
 * and no round-robin turn is taken.
 */
export async function assignByStep(
  session: EventSession,
  run: RunState,
  workflow: PublishedWorkflow,
  nodeId: string,
  target: AssignTarget,
): Promise<AssignOutcome> {
  const test = session.facts.test;
  const choice = await chooseAssignee(session.deps.store, target, `${session.event.id}:${nodeId}:${run.visit}`, { dryRun: test });
  const say = (conversationId: string | null, text: string, fact?: string) =>
    session.record({
      conversationId,
      direction: 'out',
      author: 'system',
      content: { type: 'event', ...(fact ? { fact } : {}), text },
      runId: run.id,
      stepId: nodeId,
    });
  const team = choice.team?.name ?? null;
  if (test) {
    say(run.conversationId, choice.user ? `Would assign to ${choice.user.name} (${choice.how})` : `Would assign nobody: ${choice.why}`);
    return choice.user ? { assignee: choice.user.id, team } : { assignee: null, team, reason: choice.why };
  }
  if (!choice.user && !choice.team) return { assignee: null, team, reason: choice.why };
  await session.ensureOpenConversation();
  const conversation = session.conversation as ConversationRecord;
  if (!run.conversationId) run.conversationId = conversation.id;
  const node = workflow.nodes.get(nodeId);
  const via = { workflowName: workflow.document.name, stepName: node?.name ?? (node && getStepDefinition(node.type)?.label) ?? nodeId };
  if (!choice.user) {
    if (conversation.assignee !== null || conversation.team !== team) session.assignConversation(conversation, { assignee: null, team, via }, 'workflow', null);
    say(conversation.id, `Waiting in team ${team as string}'s queue: ${choice.why}`);
    return { assignee: null, team, reason: choice.why };
  }
  session.assignConversation(conversation, { assignee: choice.user.id, team: team ?? conversation.team, via }, 'workflow', null);
  say(conversation.id, `Assigned to ${choice.user.name}${team ? ` (team ${team})` : ''}`, 'assigned');
  return { assignee: choice.user.id, team };
}
