import { agents, routingAssignStep, seedEnd } from './bench-world';
import type { PlannedConversation } from './plan-conversation';

/** A message before it becomes a record: who wrote it, when, and how it went out. */
export interface MessageSketch {
  at: number;
  author: 'customer' | 'bot' | 'agent' | 'system';
  agentId?: string;
  method?: 'reply' | 'push';
  runId?: string;
  stepId?: string;
  text: string;
  /** LINE refused it (counted as failed, not sent). */
  failed?: true;
}

const agentNames = new Map(agents.map((a) => [a.id, a.name]));

export const runIds = {
  faq: (c: PlannedConversation) => `run-${c.index}-faq`,
  routing: (c: PlannedConversation) => `run-${c.index}-route`,
  csat: (c: PlannedConversation) => `run-${c.index}-csat`,
};

/**
 * The messages a conversation's plan implies (the opening message, what the workflows asked and
 * were answered, the routing's assignment note, the first agent message, the rating): a pure
 * function of the plan, so the planner can count them and the writer can write them.
 */
export function messageSkeleton(c: PlannedConversation): MessageSketch[] {
  const out: MessageSketch[] = [];
  if (c.openedBy === 'customer') out.push({ at: c.openedAt, author: 'customer', text: 'Hello, I have a question' });
  if (c.faq) {
    const { faq } = c;
    const runId = runIds.faq(c);
    out.push({ at: faq.at, author: 'bot', method: 'reply', runId, stepId: 'ask-topic', text: 'How can we help?' });
    if (faq.outcome === 'answered' || faq.outcome === 'invalid' || faq.outcome === 'failed')
      out.push({ at: faq.answeredAt, author: 'customer', text: faq.outcome === 'invalid' ? 'hmm?' : faq.topic });
    if (faq.outcome === 'answered') {
      const stepId =
        faq.topic === 'hours' ? 'send-hours' : faq.topic === 'pricing' ? 'send-pricing' : c.assignments.length ? 'send-agent-soon' : 'send-agents-busy';
      out.push({ at: faq.answeredAt, author: 'bot', method: 'reply', runId, stepId, text: 'Here you are' });
    }
  }
  if (c.routing) {
    const { routing } = c;
    const runId = runIds.routing(c);
    if (routing.asked) {
      out.push({ at: routing.at, author: 'bot', method: c.openedBy === 'customer' ? 'reply' : 'push', runId, stepId: 'ask-language', text: 'Language?' });
      if (routing.outcome !== 'timedOut') out.push({ at: routing.assignedAt, author: 'customer', text: 'English' });
    }
    const first = c.assignments[0];
    if (first?.by === 'workflow')
      out.push({
        at: first.at,
        author: 'system',
        runId,
        stepId: routingAssignStep(first.team),
        text: `Assigned to ${agentNames.get(first.assignee)} (team ${first.team})`,
      });
  }
  if (c.firstAgentAt !== null && c.firstAgent)
    out.push({ at: c.firstAgentAt, author: 'agent', agentId: c.firstAgent, method: 'push', text: 'Thanks for waiting' });
  if (c.csat) {
    const { csat } = c;
    const runId = runIds.csat(c);
    out.push({ at: csat.askedAt, author: 'bot', method: 'push', runId, stepId: 'rate-support', text: 'How satisfied are you?' });
    if (csat.answer) {
      const { answer } = csat;
      out.push({ at: answer.at, author: 'customer', text: String(answer.score) });
      if (answer.score >= 4) out.push({ at: answer.at, author: 'bot', method: 'reply', runId, stepId: 'send-thanks', text: 'Thank you for your rating!' });
      if (answer.score <= 2) {
        out.push({ at: answer.at, author: 'bot', method: 'reply', runId, stepId: 'ask-improve', text: 'What could we do better?' });
        if (answer.improvementAt !== null) {
          out.push({ at: answer.improvementAt, author: 'customer', text: 'Faster answers' });
          out.push({ at: answer.improvementAt, author: 'bot', method: 'reply', runId, stepId: 'send-thanks-feedback', text: 'Thank you for telling us' });
        }
      }
    }
  }
  return out.filter((m) => m.at < seedEnd);
}
