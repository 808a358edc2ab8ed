import { useEffect, useState } from 'react';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { workflowsApi, type VersionSummary } from '../api/api-client';
import { useEditor } from '../state/editor-store';

/** What changed between a version and the draft, in a few words per step. */
export function compareDocuments(version: WorkflowDocument, draft: WorkflowDocument): string[] {
  const before = new Map(version.nodes.map((n) => [n.id, n]));
  const after = new Map(draft.nodes.map((n) => [n.id, n]));
  const lines: string[] = [];
  for (const [id, node] of after) {
    const old = before.get(id);
    if (!old) lines.push(`+ step ${id} (${node.type}) added in the draft`);
    else if (JSON.stringify(old.data) !== JSON.stringify(node.data)) lines.push(`~ step ${id} changed`);
  }
  for (const id of before.keys()) if (!after.has(id)) lines.push(`− step ${id} removed in the draft`);
  const edgeKey = (e: { source: string; sourceHandle: string; target: string }) => `${e.source}.${e.sourceHandle} → ${e.target}`;
  const oldEdges = new Set(version.edges.map(edgeKey));
  const newEdges = new Set(draft.edges.map(edgeKey));
  for (const e of newEdges) if (!oldEdges.has(e)) lines.push(`+ connection ${e}`);
  for (const e of oldEdges) if (!newEdges.has(e)) lines.push(`− connection ${e}`);
  if (version.name !== draft.name) lines.push(`~ name "${version.name}" → "${draft.name}"`);
  if (JSON.stringify(version.settings) !== JSON.stringify(draft.settings)) lines.push('~ settings changed');
  return lines.length ? lines : ['No differences: the draft is this version.'];
}

export function VersionsDialog({ onClose }: { onClose: () => void }) {
  const workflowId = useEditor((s) => s.workflowId) as string;
  const publishedVersion = useEditor((s) => s.publishedVersion);
  const [versions, setVersions] = useState<VersionSummary[] | null>(null);
  const [comparison, setComparison] = useState<{ version: number; lines: string[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    workflowsApi.versions(workflowId).then(setVersions, (e: Error) => setError(e.message));
  }, [workflowId]);

  const restore = async (version: number) => {
    const { document } = await workflowsApi.version(workflowId, version);
    const editor = useEditor.getState();
    editor.checkpoint();
    editor.load(document, publishedVersion);
    useEditor.setState({ saveState: 'unsaved', revision: editor.revision + 1 });
    onClose();
  };

  const compare = async (version: number) => {
    const { document } = await workflowsApi.version(workflowId, version);
    setComparison({ version, lines: compareDocuments(document, useEditor.getState().document()) });
  };

  return (
    <div className="dialog-backdrop" role="dialog" aria-label="Versions">
      <div className="dialog">
        <h2>Published versions</h2>
        {error ? <p role="alert">{error}</p> : null}
        {versions === null ? <p>Loading…</p> : versions.length === 0 ? <p>Not published yet.</p> : null}
        <ul className="versions">
          {versions?.map((v) => (
            <li key={v.version}>
              <strong>Version {v.version}</strong> {v.current ? <span className="pill">live</span> : null}{' '}
              <span className="muted">{new Date(v.publishedAt).toLocaleString()}</span>
              <button type="button" onClick={() => void compare(v.version)}>
                Compare with draft
              </button>
              <button type="button" onClick={() => void restore(v.version)}>
                Restore into draft
              </button>
            </li>
          ))}
        </ul>
        {comparison ? (
          <div className="comparison">
            <h3>Version {comparison.version} → draft</h3>
            <ul>
              {comparison.lines.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
