import { useState } from 'react';
import { ApiError, type WorkflowSummary } from '../api/api-client';
import { workflowSyncApi, type WorkflowPause } from '../api/workflow-sync-api';
import { Dialog } from '../ui/dialog';
import { FormActions } from '../ui/form-actions';

/**
 * Pausing a published workflow: its triggers start no run until it is resumed. The admin chooses
 * what happens to the runs under way: they finish on their version, or they are stopped now.
 */
export function PauseDialog({ workflow, onDone }: { workflow: WorkflowSummary; onDone: (message: string | null) => void }) {
  const [runs, setRuns] = useState<WorkflowPause['runs']>('finish');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pause = async () => {
    setBusy(true);
    try {
      const { stopping } = await workflowSyncApi.pause(workflow.id, runs);
      const stopped = runs === 'stop' ? ` ${stopping} ${stopping === 1 ? 'run is' : 'runs are'} being stopped.` : ' Runs under way finish.';
      onDone(`“${workflow.name}” is paused: it starts no new runs.${stopped}`);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
      setBusy(false);
    }
  };
  return (
    <Dialog title={`Pause “${workflow.name}”`} label="Pause workflow" onCancel={() => onDone(null)}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void pause();
        }}
      >
        <p>Its triggers start no new runs until you resume it. Version {workflow.publishedVersion} stays the live version.</p>
        <fieldset>
          <legend>Runs under way</legend>
          <label>
            <input type="radio" name="runs" checked={runs === 'finish'} onChange={() => setRuns('finish')} /> Let them finish
          </label>
          <label>
            <input type="radio" name="runs" checked={runs === 'stop'} onChange={() => setRuns('stop')} /> Stop them now
          </label>
        </fieldset>
        {error ? <p role="alert">{error}</p> : null}
        <FormActions submit="Pause" disabled={busy} onCancel={() => onDone(null)} />
      </form>
    </Dialog>
  );
}
