import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
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
import { useFormat } from '../i18n/format';

/**
 * Someone saved this workflow after this tab loaded it: nothing of this tab's draft was saved.
 * The person chooses: take theirs, keep theirs and save this draft as a new workflow, or first
 * see what differs. Until then this tab saves nothing, and the draft stays in this browser.
 */
export function ConflictDialog({ workflowId, onDone }: { workflowId: string; onDone: (notice: string) => void }) {
  const { t } = useTranslation('workflowEditor');
  const { formatDateTime } = useFormat();
  const conflict = useDraftSync((s) => s.conflict);
  const me = useViewer().id;
  const [comparison, setComparison] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!conflict) return null;
  const who = conflict.updatedBy?.name ?? t('conflict.someone');
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
      onDone(t('conflict.reloaded', { name: who }));
    });

  const keepMineAsCopy = () =>
    run(async () => {
      const taken = (await workflowsApi.list()).map((w) => w.id);
      const id = workflowIdFrom(`${workflowId}-copy`, taken);
      const name = t('conflict.copyName', { name: conflict.mine.name });
      const answer = await workflowSyncApi.create({ ...conflict.mine, id, name }, { allowInvalid: true });
      if (!answer.ok) throw new Error(t('conflict.copyFailed', { reason: answer.body.error ?? `HTTP ${answer.status}` }));
      dropBackup(workflowId);
      useDraftSync.setState({ conflict: null });
      useEditor.getState().setSaveState('saved');
      onDone(t('conflict.copied', { copy: name, name: conflict.mine.name, who }));
      window.location.hash = `#/workflows/${encodeURIComponent(id)}`;
    });

  const compare = () =>
    run(async () => {
      const theirs = await workflowsApi.get(workflowId);
      setComparison(diffDocuments(theirs.document, conflict.mine).map((c) => c.text));
    });

  return (
    // No onCancel: nothing is saved until the person chooses, so Escape does not make the question go away.
    <Dialog title={mine ? t('conflict.titleMine') : t('conflict.titleTheirs', { name: who })} className="conflict-dialog">
      <p>
        <Trans
          t={t}
          i18nKey={mine ? 'conflict.savedMine' : 'conflict.savedTheirs'}
          values={{ name: who, time: formatDateTime(conflict.updatedAt), revision: conflict.revision }}
          components={{ b: <strong /> }}
        />
      </p>
      {comparison ? (
        <div className="comparison">
          <h3>{t('conflict.comparison')}</h3>
          <ChangeList lines={comparison} />
        </div>
      ) : null}
      {error ? <p role="alert">{error}</p> : null}
      <div className="dialog-actions">
        <button type="button" onClick={() => void reloadTheirs()} disabled={busy}>
          {t('conflict.reload')}
        </button>
        <button type="button" className="primary" onClick={() => void keepMineAsCopy()} disabled={busy}>
          {t('conflict.keepCopy')}
        </button>
        <button type="button" onClick={() => void compare()} disabled={busy} aria-pressed={comparison !== null}>
          {t('conflict.compare')}
        </button>
      </div>
      <p className="muted">{t('conflict.help')}</p>
    </Dialog>
  );
}
