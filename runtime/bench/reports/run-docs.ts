import type { RunRecord, RunState, TraceStep } from '../../store/records';
import type { Tally } from '../../store/tallies';
import { exampleDocument, hourMs, languageTeams, routingAssignStep, seedEnd, type BenchWorkflowId } from './bench-world';
import { runIds } from './message-sketch';
import type { PlannedConversation } from './plan-conversation';

const documents = Object.fromEntries(
  (['faq-menu', 'routing-by-language', 'csat-on-close'] as const).map((id) => {
    const document = exampleDocument(id);
    return [id, { name: document.name, types: new Map(document.nodes.map((n) => [n.id, n.type as string])) }];
  }),
) as Record<BenchWorkflowId, { name: string; types: Map<string, string> }>;

type Counter = 'reached' | 'answered' | 'invalid' | 'timedOut' | 'dropped';

/**
 * Writes a run the way run-steps.ts leaves it: a trace entry per step executed or resumed, and the
 * step_hours tallies of session-facts.ts (reached on entry; answered / invalid / timed out when a
 * waiting step is left; dropped where a run that did not complete stopped).
 */
class RunWriter {
  readonly tallies: Tally[] = [];
  private readonly trace: TraceStep[] = [];
  private status: RunState['status'] = 'running';
  private nodeId: string | null = null;
  private endedAt: number | null = null;
  private visit = 0;
  private last: number;

  constructor(
    private readonly id: string,
    private readonly workflowId: BenchWorkflowId,
    private readonly version: number,
    private readonly conversation: PlannedConversation,
    private readonly triggerType: string,
    private readonly startedAt: number,
  ) {
    this.last = startedAt;
  }

  reach(stepId: string, at: number, port?: string): this {
    this.visit++;
    this.nodeId = stepId;
    this.step(stepId, at, port);
    this.count(stepId, at, 'reached');
    return this;
  }

  /** A waiting step left by an answer, an invalid answer or its timer. */
  leave(stepId: string, at: number, how: 'answered' | 'invalid' | 'timedOut', port: string): this {
    this.step(stepId, at, port);
    this.count(stepId, at, how);
    return this;
  }

  wait(): this {
    this.status = 'waiting';
    return this;
  }

  end(status: 'completed' | 'failed' | 'interrupted', at: number): this {
    if (status !== 'completed' && this.nodeId) this.count(this.nodeId, at, 'dropped');
    this.status = status;
    this.nodeId = null;
    this.endedAt = at;
    return this;
  }

  record(): RunRecord {
    const c = this.conversation;
    return {
      id: this.id,
      workflowId: this.workflowId,
      version: this.version,
      workflowName: documents[this.workflowId].name,
      conversationId: c.id,
      triggerType: this.triggerType,
      status: this.status,
      nodeId: this.status === 'waiting' ? this.nodeId : null,
      visit: this.visit,
      attempts: 0,
      vars: {},
      startedAt: new Date(this.startedAt).toISOString(),
      ...(this.endedAt !== null ? { endedAt: new Date(this.endedAt).toISOString() } : {}),
      ...(this.status === 'failed' ? { error: `step ${this.trace[this.trace.length - 1]?.stepId}: the CRM did not answer` } : {}),
      trace: this.trace,
      contactId: c.contact.id,
      updatedAt: new Date(this.endedAt ?? this.last).toISOString(),
    };
  }

  private step(stepId: string, at: number, port?: string): void {
    this.last = at;
    const type = documents[this.workflowId].types.get(stepId) ?? 'unknown';
    this.trace.push({ stepId, type, visit: this.visit, at: new Date(at).toISOString(), durationMs: 0.2, ...(port ? { port } : {}) });
  }

  private count(stepId: string, at: number, counter: Counter): void {
    const hour = new Date(at).toISOString().slice(0, 13);
    this.tallies.push({ kind: 'steps', key: { hour, workflowId: this.workflowId, version: this.version, stepId }, add: { [counter]: 1 } });
  }
}

/** The runs of a conversation's plan (FAQ menu, routing, CSAT) and their funnel tallies. */
export function conversationRuns(c: PlannedConversation): { runs: RunRecord[]; tallies: Tally[] } {
  const writers: RunWriter[] = [];
  if (c.faq) writers.push(faqRun(c));
  if (c.routing) writers.push(routingRun(c));
  if (c.csat) writers.push(csatRun(c));
  return { runs: writers.map((w) => w.record()), tallies: writers.flatMap((w) => w.tallies) };
}

function faqRun(c: PlannedConversation): RunWriter {
  const faq = c.faq as NonNullable<PlannedConversation['faq']>;
  const run = new RunWriter(runIds.faq(c), 'faq-menu', faq.version, c, faq.trigger === 'trigger-follow' ? 'trigger-follow' : 'trigger-keyword', faq.at);
  run.reach(faq.trigger, faq.at, 'next').reach('ask-topic', faq.at);
  const at = faq.answeredAt;
  switch (faq.outcome) {
    case 'waiting':
      return run.wait();
    case 'invalid':
      return run.leave('ask-topic', at, 'invalid', 'invalid').end('completed', at);
    case 'timedOut':
      return run.leave('ask-topic', at, 'timedOut', 'timeout').end('completed', at);
    case 'dropped':
      return run.end('interrupted', at);
    case 'failed':
      return run.leave('ask-topic', at, 'answered', 'agent').reach('assign-support', at).end('failed', at);
    case 'answered':
      run.leave('ask-topic', at, 'answered', faq.topic);
      if (faq.topic === 'hours') return run.reach('send-hours', at).end('completed', at);
      if (faq.topic === 'pricing') return run.reach('send-pricing', at).end('completed', at);
      if (c.assignments.length) return run.reach('assign-support', at, 'assigned').reach('send-agent-soon', at).end('completed', at);
      return run.reach('assign-support', at, 'unavailable').reach('send-agents-busy', at).end('completed', at);
  }
}

function routingRun(c: PlannedConversation): RunWriter {
  const routing = c.routing as NonNullable<PlannedConversation['routing']>;
  const run = new RunWriter(runIds.routing(c), 'routing-by-language', 1, c, 'trigger-conversation-opened', routing.at);
  run.reach('trigger-opened', routing.at, 'next');
  const team = c.assignments[0]?.by === 'workflow' ? c.assignments[0].team : languageTeams[c.contact.language];
  const assign = routingAssignStep(team);
  if (!routing.asked) {
    const port = c.contact.language === 'en' ? 'other' : c.contact.language;
    return run.reach('branch-language', routing.at, port).reach(assign, routing.at, 'assigned').end('completed', routing.at);
  }
  run.reach('branch-language', routing.at, 'else').reach('ask-language', routing.at);
  if (routing.assignedAt >= seedEnd) return run.wait();
  const port = routing.outcome === 'answered' ? c.contact.language : routing.outcome === 'invalid' ? 'invalid' : 'timeout';
  return run
    .leave('ask-language', routing.assignedAt, routing.outcome, port)
    .reach(assign, routing.assignedAt, 'assigned')
    .end('completed', routing.assignedAt);
}

function csatRun(c: PlannedConversation): RunWriter {
  const csat = c.csat as NonNullable<PlannedConversation['csat']>;
  const run = new RunWriter(runIds.csat(c), 'csat-on-close', csat.version, c, 'trigger-conversation-closed', csat.askedAt);
  run.reach('trigger-closed', csat.askedAt, 'next').reach('rate-support', csat.askedAt);
  const { answer } = csat;
  if (!answer) {
    const timeoutAt = csat.askedAt + 24 * hourMs;
    if (csat.unanswered === 'dropped') return run.end('interrupted', csat.askedAt + 2 * hourMs);
    if (timeoutAt >= seedEnd) return run.wait();
    return run.leave('rate-support', timeoutAt, 'timedOut', 'timeout').end('completed', timeoutAt);
  }
  if (answer.score >= 4) return run.leave('rate-support', answer.at, 'answered', 'high').reach('send-thanks', answer.at).end('completed', answer.at);
  if (answer.score === 3) return run.leave('rate-support', answer.at, 'answered', 'other').end('completed', answer.at);
  run.leave('rate-support', answer.at, 'answered', 'low').reach('ask-improve', answer.at);
  if (answer.improvementAt !== null)
    return run
      .leave('ask-improve', answer.improvementAt, 'answered', 'answered')
      .reach('send-thanks-feedback', answer.improvementAt)
      .end('completed', answer.improvementAt);
  const timeoutAt = answer.at + 24 * hourMs;
  if (timeoutAt >= seedEnd) return run.wait();
  return run.leave('ask-improve', timeoutAt, 'timedOut', 'timeout').end('completed', timeoutAt);
}
