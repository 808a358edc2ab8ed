import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { keywordClashes, type LiveWorkflow } from '../../shared/keywords/keyword-clashes';
import type { Problem } from '../../shared/validation/problem';
import { api } from '../api/api-client';
import { useViewer } from '../app/viewer';
import { toDocument } from '../state/document-conversion';
import { useEditor } from '../state/editor-store';

/** The keywords live now (other workflows'), fetched when an admin opens an editor. */
export const useLiveKeywords = create<{ workflows: LiveWorkflow[]; refresh: () => Promise<void> }>()((set) => ({
  workflows: [],
  refresh: () =>
    api('listLiveKeywords').then(
      (r) => set({ workflows: r.workflows }),
      // Without the list (an agent's read-only view, a network fault) the panel shows no clash; publishing still names them.
      () => set({ workflows: [] }),
    ),
}));

/**
 * Warnings for the draft's keywords that another live workflow answers too, as the admin types
 * (the same check as the publish answer's, shared/keywords/keyword-clashes.ts).
 */
export function useKeywordClashes(): Problem[] {
  const live = useLiveKeywords((s) => s.workflows);
  const meta = useEditor((s) => s.meta);
  const nodes = useEditor((s) => s.nodes);
  const edges = useEditor((s) => s.edges);
  const admin = useViewer().role === 'admin';
  useEffect(() => {
    if (admin) void useLiveKeywords.getState().refresh();
  }, [meta.id, admin]);
  // Only the keyword triggers decide: a drag of another step does not recompute.
  const keywordNodes = JSON.stringify(nodes.filter((n) => n.type === 'trigger-keyword').map((n) => [n.id, n.data]));
  return useMemo(
    () => (live.length ? keywordClashes(toDocument(meta, nodes, edges), meta.name, live) : []),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- nodes and edges count through keywordNodes
    [live, meta, keywordNodes],
  );
}
