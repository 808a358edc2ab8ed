import type { WorkflowNode } from '../../shared/document/workflow-document';
import type { RunState, TraceStep } from '../store/records';
import { executorFor } from '../steps';
import { StepError, type ResumeInput, type StepResult } from '../steps/step-context';
import { triggerQuoteToken } from './customer-content';
import type { EventSession } from './event-session';
import { StepTrace } from './step-trace';
import { traceBody } from './trace-values';
import { nextNodeId, type PublishedWorkflow, type TriggerEntry } from './published-workflows';

/** Validation forbids loops that do not wait; this guards against anything that slips through. */
const maxStepsPerEvent = 500;
/** Longer traces keep their newest steps (and count the others in `traceDropped`). */
export const maxTraceSteps = 200;

/** Starts a run of a published workflow at one of its triggers. Ends any run still waiting. */
export async function startRun(
  session: EventSession,
  entry: TriggerEntry,
  options: { vars?: Record<string, unknown>; conversationId?: string } = {},
): Promise<void> {
  if (session.run) endRun(session, session.run, 'interrupted');
  const { workflow } = entry;
  const defaults = Object.fromEntries((workflow.document.settings.variables ?? []).map((v) => [v.name, v.defaultValue ?? '']));
  const run: RunState = {
    id: session.nextId('run'),
    workflowId: workflow.workflowId,
    version: workflow.version,
    workflowName: workflow.document.name,
    conversationId: options.conversationId ?? session.conversation?.id ?? null,
    triggerType: entry.node.type,
    status: 'running',
    nodeId: null,
    visit: 0,
    attempts: 0,
    vars: { ...defaults, ...options.vars },
    startedAt: session.now.toISOString(),
    trace: [],
    ...triggerQuoteToken(session.event),
  };
  session.run = run;
  session.touchRun(run);
  session.log.info({ workflowId: run.workflowId, runId: run.id, trigger: entry.node.type }, 'run started');
  await advance(session, run, workflow, entry.node.id);
}

/** Wakes the waiting run with the customer's answer or its timer. */
export async function resumeRun(session: EventSession, input: ResumeInput): Promise<void> {
  const run = session.run;
  if (!run || run.status !== 'waiting' || !run.nodeId) return;
  const workflow = await session.workflows.version(run.workflowId, run.version);
  const node = workflow?.nodes.get(run.nodeId);
  if (!workflow || !node) return endRun(session, run, 'failed', `version ${run.version} of workflow ${run.workflowId} is gone`);
  const executor = executorFor(node.type);
  if (!executor.resume) return endRun(session, run, 'failed', `step ${node.id} cannot be resumed`);
  const result = await execute(session, run, workflow, node, (ctx) => executor.resume?.(node.data, ctx, input) as StepResult, input);
  if (!result) return;
  if ('wait' in result) {
    run.attempts++;
    session.touchRun(run);
    return;
  }
  await follow(session, run, workflow, node, result);
}

export function endRun(session: EventSession, run: RunState, status: 'completed' | 'failed' | 'interrupted', error?: string): void {
  // The funnel's "dropped here": where a run that did not complete stopped.
  const at = run.nodeId ?? run.trace.at(-1)?.stepId;
  if (status !== 'completed' && at) session.facts.dropped(run, at);
  run.status = status;
  run.nodeId = null;
  delete run.timer;
  run.endedAt = session.now.toISOString();
  if (error) run.error = error;
  session.touchRun(run);
  if (session.run?.id === run.id) session.run = null;
  const log = { workflowId: run.workflowId, runId: run.id, status };
  if (status === 'failed') session.log.warn({ ...log, error }, 'run failed');
  else session.log.debug(log, 'run ended');
}

async function advance(session: EventSession, run: RunState, workflow: PublishedWorkflow, firstNodeId: string): Promise<void> {
  let nodeId: string | null = firstNodeId;
  for (let steps = 0; nodeId !== null; steps++) {
    if (steps >= maxStepsPerEvent) return endRun(session, run, 'failed', `ran ${maxStepsPerEvent} steps without waiting; is there a loop?`);
    const node = workflow.nodes.get(nodeId);
    if (!node) return endRun(session, run, 'failed', `step "${nodeId}" does not exist in version ${run.version}`);
    run.visit++;
    run.attempts = 0;
    run.nodeId = node.id;
    const result = await execute(session, run, workflow, node, (ctx) => executorFor(node.type).enter(node.data, ctx));
    if (!result) return;
    if ('wait' in result) {
      run.status = 'waiting';
      const ms = (result.wait.minutes ?? 0) * 60_000 + (result.wait.seconds ?? 0) * 1000;
      const reason = result.wait.reason;
      if (ms > 0 && reason !== 'effect') {
        const timer = { kind: 'timer' as const, id: `t-${run.id}-${run.visit}`, runId: run.id, visit: run.visit, reason, fireAt: session.now.getTime() + ms };
        session.effects.push(timer);
        run.timer = timer;
      }
      session.touchRun(run);
      return;
    }
    if ('end' in result) return finish(session, run);
    nodeId = 'jump' in result ? result.jump : nextNodeId(workflow, node.id, result.port);
    if (nodeId === null && unhandledFailure(session, run, node, result)) return finish(session, run);
  }
  await finish(session, run);
}

async function follow(session: EventSession, run: RunState, workflow: PublishedWorkflow, node: WorkflowNode, result: StepResult): Promise<void> {
  if ('end' in result) return finish(session, run);
  const target = 'jump' in result ? result.jump : 'port' in result ? nextNodeId(workflow, node.id, result.port) : null;
  run.status = 'running';
  if (target === null) {
    unhandledFailure(session, run, node, result);
    return finish(session, run);
  }
  await advance(session, run, workflow, target);
}

async function finish(session: EventSession, run: RunState): Promise<void> {
  if (run.status !== 'failed' && run.status !== 'interrupted') endRun(session, run, 'completed');
  const pending = session.afterRun.splice(0);
  for (const task of pending) await task();
}

/** Runs one step, traces it, and turns a step error into a failed run (never retried). */
async function execute(
  session: EventSession,
  run: RunState,
  workflow: PublishedWorkflow,
  node: WorkflowNode,
  call: (ctx: ReturnType<EventSession['stepContext']>) => StepResult | Promise<StepResult>,
  input?: ResumeInput,
): Promise<StepResult | null> {
  const missing: string[] = [];
  const started = performance.now();
  const trace: TraceStep = { stepId: node.id, type: node.type, visit: run.visit, at: session.now.toISOString(), durationMs: 0 };
  if (input)
    trace.input = input.kind === 'answer' ? input.answer : input.kind === 'timer' ? { timer: input.reason } : { effectResult: traceable(input.result) };
  const recorder = new StepTrace(session, run, workflow, node);
  try {
    const result = await call(recorder.wrap(session.stepContext(run, workflow, node.id, missing)));
    trace.durationMs = round(performance.now() - started);
    if (result.output !== undefined) trace.output = result.output;
    if (missing.length) trace.output = { ...(trace.output as object), missingPlaceholders: [...new Set(missing)] };
    if ('port' in result) trace.port = result.port;
    // A step that took its failure port says why: the run log shows it as the step's error.
    const failed = 'port' in result && result.port === 'failure' ? (result.output as { error?: unknown } | undefined)?.error : undefined;
    if (typeof failed === 'string') trace.error = failed;
    recorder.finish(trace);
    pushTrace(run, trace);
    if (!input) session.facts.stepReached(run, node.id);
    else if ('port' in result) session.facts.stepLeft(run, node.id, result.port, input.kind === 'answer');
    return result;
  } catch (error) {
    if (!(error instanceof StepError)) throw error;
    trace.durationMs = round(performance.now() - started);
    trace.error = error.message;
    recorder.finish(trace);
    pushTrace(run, trace);
    if (!input) session.facts.stepReached(run, node.id);
    endRun(session, run, 'failed', `step ${node.id}: ${error.message}`);
    return null;
  }
}

/** Adds a step to the trace; past maxTraceSteps the oldest go, counted in `traceDropped`. */
export function pushTrace(run: RunState, step: TraceStep): void {
  run.trace.push(step);
  if (run.trace.length <= maxTraceSteps) return;
  const dropped = run.trace.length - maxTraceSteps;
  run.trace.splice(0, dropped);
  run.traceDropped = (run.traceDropped ?? 0) + dropped;
}

/**
 * A step that failed (it took its `failure` port) with nothing connected there: nobody handles the
 * error, so the run fails with it, and the run log lists it among the failed runs.
 */
function unhandledFailure(session: EventSession, run: RunState, node: WorkflowNode, result: StepResult): boolean {
  if (!('port' in result) || result.port !== 'failure') return false;
  const error = (result.output as { error?: unknown } | undefined)?.error;
  endRun(session, run, 'failed', `step ${node.id}: ${typeof error === 'string' ? error : 'failed'} (nothing is connected to its failure port)`);
  return true;
}

/** An HTTP answer's body can be large; the trace keeps its start, secret-named JSON fields masked. */
function traceable(result: { status: number; body: string } | { error: string; errorKind: string }): unknown {
  return 'body' in result ? { status: result.status, body: traceBody(result.body) } : result;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}
