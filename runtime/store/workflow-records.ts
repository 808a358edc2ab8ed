import type { WorkflowDocument } from '../../shared/document/workflow-document';

/** A workflow's editable draft and its publishing state. */
export interface WorkflowRecord {
  id: string;
  draft: WorkflowDocument;
  publishedVersion: number | null;
  /** The secret an outside system sends to POST /hooks/:workflowId (incoming-webhook trigger). */
  hookToken?: string;
  /** +1 on every saved change of the draft; a save sent with an older one (If-Match) is refused. Absent before 0.2: 0. */
  revision?: number;
  /** Who saved the draft last. */
  updatedBy?: WorkflowEditor;
  /** Set while the published workflow is paused: its triggers start no run. */
  paused?: WorkflowPause | null;
  createdAt: string;
  updatedAt: string;
}

/** A signed-in user, or `{ id: null, name: 'API token' }` for a script. */
export interface WorkflowEditor {
  id: string | null;
  name: string;
}

export interface WorkflowPause {
  at: string;
  by: WorkflowEditor;
  /** What the admin chose for the runs under way: let them finish, or stop them. */
  runs: 'finish' | 'stop';
}

/** An immutable published version; runs finish on the version they started on. */
export interface WorkflowVersionRecord {
  id: string; // `${workflowId}@${version}`
  workflowId: string;
  version: number;
  document: WorkflowDocument;
  publishedAt: string;
}
