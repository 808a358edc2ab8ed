import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type WorkflowSummary } from '../api/api-client';
import { workflowSyncApi, type WorkflowPause } from '../api/workflow-sync-api';
import { Dialog } from '../ui/dialog';
import { FormActions } from '../ui/form-actions';

/**
 * Pausing a published workflow: its triggers start no run until it is resumed. The admin chooses
 * what happens to the runs under way: they finish on their version, or they are stopped now.
 */
export function PauseDialog({ workflow, onDone }: { workflow: WorkflowSummary; onDone: (message: string | null) => void }) {
  const { t } = useTranslation('workflows');
  const [runs, setRuns] = useState<WorkflowPause['runs']>('finish');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pause = async () => {
    setBusy(true);
    try {
      const { stopping } = await workflowSyncApi.pause(workflow.id, runs);
      const name = workflow.name;
      onDone(runs === 'stop' ? t('pause.pausedStop', { name, count: stopping }) : t('pause.pausedFinish', { name }));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={t('pause.title', { name: workflow.name })} label={t('pause.label')} onCancel={() => onDone(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pause();
        }}
      >
        <p>{t('pause.intro', { version: workflow.publishedVersion })}</p>
        <fieldset>
          <legend>{t('pause.runsUnderWay')}</legend>
          <label>
            <input type="radio" name="runs" checked={runs === 'finish'} onChange={() => setRuns('finish')} /> {t('pause.letFinish')}
          </label>
          <label>
            <input type="radio" name="runs" checked={runs === 'stop'} onChange={() => setRuns('stop')} /> {t('pause.stopNow')}
          </label>
        </fieldset>
        {error ? <p role="alert">{error}</p> : null}
        <FormActions submit={t('pause.submit')} disabled={busy} onCancel={() => onDone(null)} />
      </form>
    </Dialog>
  );
}
