import type { WorkflowDetail } from '../api/api-client';
import { workflowsApi } from '../api/api-client';
import { useDraftSync } from './draft-sync';
import { useEditor } from './editor-store';

/**
 * Puts a workflow as the server answered it into the editor: the draft, the revision it is at
 * (the next save's If-Match), who saved it, whether it is paused, and its live version's document
 * (fetched after, for the header's draft-vs-live comparison).
 */
export function loadWorkflow(detail: WorkflowDetail): void {
  useEditor.getState().load(detail.document, detail.publishedVersion);
  useDraftSync.setState({
    baseRevision: detail.revision,
    savedBy: detail.updatedBy,
    savedAt: detail.updatedAt,
    paused: detail.paused,
    conflict: null,
    live: null,
  });
  void loadLive(detail.id, detail.publishedVersion);
}

/** The live version's document, kept beside the draft (null when nothing is published). */
export async function loadLive(workflowId: string, version: number | null): Promise<void> {
  if (version === null) return useDraftSync.setState({ live: null });
  const { document } = await workflowsApi.version(workflowId, version);
  // Another workflow (or version) may be open by the time it arrives.
  if (useEditor.getState().workflowId === workflowId && useEditor.getState().publishedVersion === version)
    useDraftSync.setState({ live: { version, document } });
}
