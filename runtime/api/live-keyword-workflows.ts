import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { keywordClashes, liveWorkflowOf, type LiveWorkflow } from '../../shared/keywords/keyword-clashes';
import type { Problem } from '../../shared/validation/problem';
import type { RuntimeServices } from '../app/runtime-services';

/**
 * The published, unpaused workflows with keyword triggers, from the runtime's own cached trigger
 * index (so exactly the triggers that compete for a message, in their order), each named as the
 * workflows list names it.
 */
export async function liveKeywordWorkflows(services: RuntimeServices): Promise<LiveWorkflow[]> {
  const entries = await services.workflows.triggers('trigger-keyword');
  const seen = new Map<string, WorkflowDocument>();
  for (const { workflow } of entries) if (!seen.has(workflow.workflowId)) seen.set(workflow.workflowId, workflow.document);
  return Promise.all(
    [...seen].map(async ([id, document]) => {
      // The runtime orders by the draft's name; the published name stands in for a workflow deleted meanwhile.
      const record = await services.store.workflows.get(id);
      return liveWorkflowOf(id, record?.draft.name ?? document.name, document);
    }),
  );
}

/** Warnings for the draft's keywords that would also start another live workflow. */
export async function keywordClashWarnings(services: RuntimeServices, draft: WorkflowDocument): Promise<Problem[]> {
  return keywordClashes(draft, draft.name, await liveKeywordWorkflows(services));
}
