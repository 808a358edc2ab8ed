import { randomUUID } from 'node:crypto';
import type { RuntimeServices } from '../app/runtime-services';
import { testContactPrefix } from '../engine/published-workflows';
import type { WorkflowEditor, WorkflowPause, WorkflowRecord } from '../store/records';
import { HttpError } from './http-error';

/**
 * Pauses a published workflow: its triggers start no run from now on (the trigger index skips it,
 * in every process). The runs under way finish on their version, or are stopped: each stop goes
 * through its contact's queue, in order with the customer's messages, as an agent's "stop" does.
 * Pausing again changes the choice (a pause that let runs finish can stop them later).
 */
export async function pauseWorkflow(
  services: RuntimeServices,
  record: WorkflowRecord,
  runs: WorkflowPause['runs'],
  by: WorkflowEditor,
): Promise<{ paused: WorkflowPause; stopping: number }> {
  if (record.publishedVersion === null) throw new HttpError(409, `"${record.draft.name}" is not published: there is nothing to pause`);
  const paused: WorkflowPause = { at: new Date().toISOString(), by, runs };
  if (!(await services.store.workflows.patch(record.id, { paused }))) throw new HttpError(404, `No workflow "${record.id}"`);
  await services.workflowsChanged();
  const stopping = runs === 'stop' ? await stopRuns(services, record.id, by) : 0;
  return { paused, stopping };
}

/** Lets the live version start runs again. */
export async function resumeWorkflow(services: RuntimeServices, record: WorkflowRecord): Promise<WorkflowRecord> {
  const resumed = await services.store.workflows.patch(record.id, { paused: null });
  if (!resumed) throw new HttpError(404, `No workflow "${record.id}"`);
  await services.workflowsChanged();
  return resumed;
}

/** Asks each contact's queue to stop its run of this workflow; the engine stops it only if that run is still this workflow's. */
async function stopRuns(services: RuntimeServices, workflowId: string, by: WorkflowEditor): Promise<number> {
  const contacts = await services.store.contacts.find({ 'engine.run.status': { $in: ['running', 'waiting'] }, 'engine.run.workflowId': workflowId });
  // The editor's test chats run drafts, not the paused live version.
  const live = contacts.filter((c) => !c.id.startsWith(testContactPrefix));
  for (const contact of live) {
    const now = Date.now();
    await services.queue.enqueue({
      kind: 'agent-action',
      id: `pause-${randomUUID()}`,
      contactId: contact.id,
      timestamp: now,
      receivedAt: now,
      conversationId: contact.engine.run?.conversationId ?? contact.openConversationId ?? '',
      agent: { id: by.id, name: by.name },
      action: { type: 'stop-run', workflowId },
    });
  }
  return live.length;
}
