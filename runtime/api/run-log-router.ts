import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { masked, traceFields, traceValue } from '../engine/trace-values';
import { findTemplateReferences } from '../../shared/template/find-template-references';
import type { RunRecord, TraceStep } from '../store/records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { replayConversation } from './replay-conversation';
import { countFailed, readRunPage, type RunLogFilters } from './run-log-query';

/**
 * The run log (like n8n's executions): `GET /api/workflows/:id/runs` lists a workflow's runs newest
 * first with filters and how many failed; `GET /api/runs/:id` is one run with each step's input,
 * output and port; `POST /api/workflows/:id/replay` re-runs a conversation against the draft.
 * Admins only: traces hold what customers wrote and what the workflow's calls answered.
 */
export function runLogRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  // authenticate() already keeps agents out (their routes are listed there); checked here too.
  router.use(['/workflows/:id/runs', '/workflows/:id/replay', '/runs/:id'], adminOnly);

  on(
    routes.listWorkflowRuns,
    route(async (req, res) => {
      const workflowId = req.params.id as string;
      if (!(await store.workflows.get(workflowId))) throw new HttpError(404, `No workflow "${workflowId}"`);
      const filters = req.query as RunLogFilters;
      const { page, nextBefore, query } = await readRunPage(store.runs, workflowId, filters);
      const names = await contactNames(services, page);
      res.json({ runs: page.map((run) => summary(run, names)), nextBefore, failed: await countFailed(store.runs, query) });
    }),
  );

  on(
    routes.getRun,
    route(async (req, res) => {
      const id = req.params.id as string;
      const run = await store.runs.get(id);
      if (!run) throw new HttpError(404, `No run "${id}"`);
      const names = await contactNames(services, [run]);
      const hidden = await headerVariables(services, run);
      res.json({
        run: {
          ...summary(run, names),
          workflowName: run.workflowName,
          vars: Object.fromEntries(Object.entries(run.vars).map(([name, value]) => [name, hidden.has(name) ? masked : traceValue(value, name)])),
          trace: run.trace.map(publicStep),
          ...(run.traceDropped ? { traceDropped: run.traceDropped } : {}),
        },
      });
    }),
  );

  on(
    routes.replayConversation,
    route(async (req, res) => {
      const body = req.body as { conversationId: string };
      res.json(await replayConversation(services, req.params.id as string, body.conversationId));
    }),
  );

  return router;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

async function contactNames(services: RuntimeServices, runs: RunRecord[]): Promise<Map<string, string | null>> {
  const ids = [...new Set(runs.map((r) => r.contactId))];
  const contacts = ids.length ? await services.store.contacts.find({ id: { $in: ids } }) : [];
  return new Map(contacts.map((c) => [c.id, c.displayName ?? null]));
}

function summary(run: RunRecord, names: Map<string, string | null>) {
  const ended = run.endedAt ? Date.parse(run.endedAt) - Date.parse(run.startedAt) : null;
  return {
    id: run.id,
    workflowId: run.workflowId,
    version: run.version,
    status: run.status,
    contactId: run.contactId,
    contactName: names.get(run.contactId) ?? null,
    conversationId: run.conversationId,
    triggerType: run.triggerType,
    startedAt: run.startedAt,
    endedAt: run.endedAt ?? null,
    durationMs: ended,
    error: run.error ?? null,
    steps: run.visit,
    nodeId: run.nodeId,
    lastStepId: run.trace.at(-1)?.stepId ?? null,
  };
}

/** Variables an HTTP step of the run's version sends in a header: credentials as often as not, so not shown. */
async function headerVariables(services: RuntimeServices, run: RunRecord): Promise<Set<string>> {
  const version = run.version > 0 ? await services.store.versions.get(`${run.workflowId}@${run.version}`) : null;
  const document = version?.document ?? (await services.store.workflows.get(run.workflowId))?.draft;
  const names = new Set<string>();
  for (const node of document?.nodes ?? []) {
    if (node.type !== 'http-request') continue;
    for (const header of (node.data as { headers?: { value?: unknown }[] }).headers ?? []) {
      if (typeof header.value !== 'string') continue;
      for (const ref of findTemplateReferences(header.value).references) if (ref.root === 'vars' && ref.path[0]) names.add(ref.path[0]);
    }
  }
  return names;
}

/** A step as answered: its input and output masked again (runs recorded before traces were masked). */
function publicStep(step: TraceStep): TraceStep {
  return {
    ...step,
    ...(step.input !== undefined ? { input: traceFields(step.input) } : {}),
    ...(step.output !== undefined ? { output: traceFields(step.output) } : {}),
  };
}
