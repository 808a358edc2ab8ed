import { useState } from 'react';
import { diffDocuments } from '../../shared/document/diff-documents';
import { workflowsApi } from '../api/api-client';
import { workflowSyncApi } from '../api/workflow-sync-api';
import { useDraftSync } from '../state/draft-sync';
import { useEditor } from '../state/editor-store';
import { loadWorkflow } from '../state/load-workflow';
import { workflowIdFrom } from '../state/new-ids';
import { dropBackup } from '../state/use-autosave';
import { ChangeList } from './live-status';
import { useViewer } from '../app/viewer';
import { Dialog } from '../ui/dialog';

/**
 * Someone saved this workflow after this tab loaded it: nothing of this tab's draft was saved.
 * The person chooses: take theirs, keep theirs and save this draft as a new workflow, or first
 * see what differs. Until then this tab saves nothing, and the draft stays in this browser.
 */
export function ConflictDialog({ workflowId, onDone }: { workflowId: string; onDone: (notice: string) => void }) {
  const conflict = useDraftSync((s) => s.conflict);
  const me = useViewer().id;
  const [comparison, setComparison] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conflict) return null;
  const who = conflict.updatedBy?.name ?? 'Someone';
  // The same person in another tab or window: say so, or "Admin saved" reads like someone else.
  const mine = me !== null && conflict.updatedBy?.id === me;

  const run = async (what: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await what();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  const reloadTheirs = () =>
    run(async () => {
      loadWorkflow(await workflowsApi.get(workflowId));
      dropBackup(workflowId);
      setComparison(null);
      onDone(`Reloaded the version ${who} saved.`);
    });

  const keepMineAsCopy = () =>
    run(async () => {
      const taken = (await workflowsApi.list()).map((w) => w.id);
      const id = workflowIdFrom(`${workflowId}-copy`, taken);
      const name = `${conflict.mine.name} (my copy)`;
      const answer = await workflowSyncApi.create({ ...conflict.mine, id, name }, { allowInvalid: true });
      if (!answer.ok) throw new Error(`Your copy was not created: ${answer.body.error ?? `HTTP ${answer.status}`}`);
      dropBackup(workflowId);
      useDraftSync.setState({ conflict: null });
      useEditor.getState().setSaveState('saved');
      onDone(`Your changes are in the new workflow “${name}”; “${conflict.mine.name}” keeps what ${who} saved.`);
      window.location.hash = `#/workflows/${encodeURIComponent(id)}`;
    });

  const compare = () =>
    run(async () => {
      const theirs = await workflowsApi.get(workflowId);
      setComparison(diffDocuments(theirs.document, conflict.mine).map((c) => c.text));
    });

  return (
    // No onCancel: nothing is saved until the person chooses, so Escape does not make the question go away.
    <Dialog title={mine ? 'You saved this workflow in another tab' : `${who} saved this workflow meanwhile`} className="conflict-dialog">
      <p>
        {mine ? 'You saved it in another tab or window' : `${who} saved it`} at <strong>{new Date(conflict.updatedAt).toLocaleString()}</strong> (revision{' '}
        {conflict.revision}), after you opened it. Your latest changes are <strong>not saved</strong> yet; they stay in this browser until you choose.
      </p>
      {comparison ? (
        <div className="comparison">
          <h3>Their version → your draft</h3>
          <ChangeList lines={comparison} />
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={() => void reloadTheirs()} disabled={busy}>
          Reload theirs
        </button>
        <button type="button" className="primary" onClick={() => void keepMineAsCopy()} disabled={busy}>
          Keep mine as a copy
        </button>
        <button type="button" onClick={() => void compare()} disabled={busy} aria-pressed={comparison !== null}>
          Compare
        </button>
      </div>
      <p className="muted">Reload theirs drops your changes. Keep mine as a copy makes a new workflow of your draft and leaves theirs here.</p>
    </Dialog>
  );
}
