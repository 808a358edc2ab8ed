import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { WorkflowEditor, WorkflowPause, WorkflowPresence } from '../../shared/api/workflows-api';
import { api, apiClient } from './api-client';

export type { WorkflowEditor, WorkflowPause, WorkflowPresence };

/** What a save refused because someone else saved first (409) says: their revision, who, when. */
export interface SavedByOthers {
  revision: number;
  updatedBy: WorkflowEditor | null;
  updatedAt: string;
}

/** The workflow an import would have duplicated (409 of POST /api/workflows). */
export interface ExistingWorkflow {
  id: string;
  name: string;
  publishedVersion: number | null;
}

/** The calls of editing with others: saves that send If-Match, publishing, pausing, presence, imports that ask. */
export const workflowSyncApi = {
  /** Saves the draft the editor based on `revision`; a 409 answers who saved since, instead of throwing. */
  save: (document: WorkflowDocument, revision: number) =>
    apiClient.call('saveWorkflow', { params: { id: document.id }, query: { allowInvalid: 'true' }, body: document, headers: { 'if-match': `"${revision}"` } }),
  /** Creates a workflow (a copy may hold unfinished steps); `replace` replaces the draft of one that exists. */
  create: (document: WorkflowDocument, options: { replace?: boolean; allowInvalid?: boolean } = {}) =>
    apiClient.call('createWorkflow', {
      body: document,
      query: { ...(options.replace ? { replace: 'true' } : {}), ...(options.allowInvalid ? { allowInvalid: 'true' } : {}) },
    }),
  pause: (id: string, runs: WorkflowPause['runs']) => api('pauseWorkflow', { params: { id }, body: { runs } }),
  resume: (id: string) => api('resumeWorkflow', { params: { id } }),
  presence: (id: string, tab: string, leaving = false) =>
    api('workflowPresence', { params: { id }, body: { tab, ...(leaving ? { leaving } : {}) } }).then((r) => r.others),
};

/** The 409 body of a save, when it is one. */
export function savedByOthers(status: number, body: Record<string, unknown>): SavedByOthers | null {
  if (status !== 409 || typeof body.revision !== 'number') return null;
  return {
    revision: body.revision,
    updatedBy: (body.updatedBy as WorkflowEditor | null) ?? null,
    updatedAt: typeof body.updatedAt === 'string' ? body.updatedAt : '',
  };
}

/** The 409 body of an import, when it names the workflow that exists. */
export function existingWorkflow(status: number, body: Record<string, unknown>): ExistingWorkflow | null {
  if (status !== 409 || typeof body.existing !== 'object' || body.existing === null) return null;
  return body.existing as ExistingWorkflow;
}
