import { create } from 'zustand';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { SavedByOthers, WorkflowEditor, WorkflowPause, WorkflowPresence } from '../api/workflow-sync-api';

/** A save refused because someone saved first, with the draft this editor could not save. */
export interface Conflict extends SavedByOthers {
  mine: WorkflowDocument;
}

/**
 * The open workflow as the server knows it, beside the editor's own state (editor-store): the
 * revision this draft is based on (sent as If-Match), who saved last, the live version to compare
 * the draft with, whether it is paused, who else has it open, and a conflict to resolve.
 */
export interface DraftSync {
  baseRevision: number;
  savedBy: WorkflowEditor | null;
  savedAt: string | null;
  live: { version: number; document: WorkflowDocument } | null;
  paused: WorkflowPause | null;
  others: WorkflowPresence[];
  conflict: Conflict | null;
}

export const initialDraftSync: DraftSync = { baseRevision: 0, savedBy: null, savedAt: null, live: null, paused: null, others: [], conflict: null };

export const useDraftSync = create<DraftSync>()(() => initialDraftSync);
