import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { WorkflowPause, WorkflowRecord } from '../store/records';
import { routes } from '../../shared/api/routes';
import { callerAsEditor } from './caller-as-editor';
import { HttpError, route } from './http-error';
import { pauseWorkflow, resumeWorkflow } from './pause-workflow';
import type { routeRegistrar } from './register-route';
import { WorkflowPresence } from './workflow-presence';

/** Pause and resume a published workflow; the editor's presence heartbeat (who else has it open). */
export function registerWorkflowStatusRoutes(on: ReturnType<typeof routeRegistrar>, services: RuntimeServices, summary: (r: WorkflowRecord) => object): void {
  const presence = new WorkflowPresence(services.redis, services.config.queuePrefix);

  on(
    routes.pauseWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const { runs } = req.body as { runs: WorkflowPause['runs'] };
      res.json(await pauseWorkflow(services, record, runs, await callerAsEditor(services, res.locals.caller as Caller)));
    }),
  );

  on(
    routes.resumeWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      res.json(summary(await resumeWorkflow(services, record)));
    }),
  );

  on(
    routes.workflowPresence,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const { tab, leaving } = req.body as { tab: string; leaving?: boolean };
      res.json({ others: await presence.beat(record.id, tab, await callerAsEditor(services, res.locals.caller as Caller), leaving === true) });
    }),
  );
}

async function existing(services: RuntimeServices, id: string): Promise<WorkflowRecord> {
  const record = await services.store.workflows.get(id);
  if (!record) throw new HttpError(404, `No workflow "${id}"`);
  return record;
}
