import { useReactFlow } from '@xyflow/react';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { fitViewOptions } from '../../canvas/flow-canvas';
import { runStatuses, type RunStatus, type RunSummary } from '../../../shared/api/runs-api';
import { api } from '../../api/api-client';
import { RunDetailView } from './run-detail';
import { useRunLog } from './run-log-store';
import { duration, startedAt, StatusBadge, statusLabels } from './run-parts';

/**
 * The run log, like n8n's executions: this workflow's runs newest first, filtered by status,
 * version, days and live or test; the failed ones one click away, counted up front. A run opens
 * below, its path drawn on the canvas.
 */
export function RunLogPanel({ workflowId }: { workflowId: string }) {
  const filters = useRunLog((s) => s.filters);
  const runs = useRunLog((s) => s.runs);
  const failed = useRunLog((s) => s.failed);
  const loading = useRunLog((s) => s.loading);
  const error = useRunLog((s) => s.error);
  const nextBefore = useRunLog((s) => s.nextBefore);
  const selected = useRunLog((s) => s.selected);
  const versions = useVersions(workflowId);
  const { setFilters } = useRunLog.getState();
  const { fitView } = useReactFlow();
  // The panel narrows the canvas, and a run's path may be anywhere on it: the whole workflow is framed again.
  useEffect(() => {
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => void fitView(fitViewOptions)));
    return () => cancelAnimationFrame(frame);
  }, [fitView, selected?.id]);
  const onlyFailed = filters.status === 'failed';

  return (
    <aside className="run-log" aria-label="Runs">
      <header className="run-log-header">
        <h2>Runs</h2>
        <button
          type="button"
          className={failed ? 'failed-filter has-failed' : 'failed-filter'}
          aria-pressed={onlyFailed}
          onClick={() => setFilters({ status: onlyFailed ? '' : 'failed' })}
          title={onlyFailed ? 'Show every run' : 'Show only the failed runs'}
        >
          Failed <strong>{failed}</strong>
        </button>
        <span className="spacer" />
        <button type="button" className="icon-only" onClick={() => useRunLog.getState().close()} aria-label="Close the runs">
          <X className="icon" aria-hidden="true" />
        </button>
      </header>
      <div className="run-log-filters">
        <select aria-label="Status" value={filters.status} onChange={(e) => setFilters({ status: e.target.value as RunStatus | '' })}>
          <option value="">Any status</option>
          {runStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
        <select aria-label="Version" value={filters.version} disabled={filters.test} onChange={(e) => setFilters({ version: e.target.value })}>
          <option value="">Any version</option>
          {versions.map((v) => (
            <option key={v} value={String(v)}>
              Version {v}
            </option>
          ))}
        </select>
        <label className="run-log-check">
          <input type="checkbox" checked={filters.test} onChange={(e) => setFilters({ test: e.target.checked, version: '' })} /> Test runs
        </label>
        <label>
          From <input type="date" aria-label="Started from" value={filters.from} onChange={(e) => setFilters({ from: e.target.value })} />
        </label>
        <label>
          To <input type="date" aria-label="Started up to" value={filters.to} onChange={(e) => setFilters({ to: e.target.value })} />
        </label>
      </div>
      {error ? (
        <p className="run-log-error" role="alert">
          {error}
        </p>
      ) : null}
      {selected ? (
        <RunDetailView run={selected} />
      ) : (
        <div className="run-list-frame">
          {runs.length === 0 && !loading ? <p className="muted run-log-empty">{emptyText(filters.status, filters.test)}</p> : null}
          <ul className="run-list" aria-label="Runs of this workflow">
            {runs.map((run) => (
              <RunRow key={run.id} run={run} />
            ))}
          </ul>
          {nextBefore ? (
            <button type="button" className="link" onClick={() => void useRunLog.getState().load(true)} disabled={loading}>
              Older runs
            </button>
          ) : null}
          {loading ? <p className="muted run-log-empty">Loading…</p> : null}
        </div>
      )}
    </aside>
  );
}

function RunRow({ run }: { run: RunSummary }) {
  return (
    <li>
      <button type="button" className={`run-row status-${run.status}`} onClick={() => void useRunLog.getState().select(run.id)}>
        <span className="run-row-top">
          <StatusBadge status={run.status} />
          <span className="run-row-contact">{run.contactName ?? run.contactId}</span>
          <span className="muted">{run.version > 0 ? `v${run.version}` : 'test'}</span>
        </span>
        <span className="run-row-meta muted">
          {startedAt(run.startedAt)} · {run.durationMs === null ? 'still going' : duration(run.durationMs)} · {run.steps} step{run.steps === 1 ? '' : 's'}
        </span>
        {run.error ? <span className="run-row-error">{run.error}</span> : null}
      </button>
    </li>
  );
}

function emptyText(status: string, test: boolean): string {
  if (status === 'failed') return 'No failed runs.';
  return test
    ? 'No test runs: the test chat and replays make them.'
    : 'No runs yet. Runs appear here once the workflow is published and a customer starts one.';
}

/** The published versions, for the version filter. */
function useVersions(workflowId: string): number[] {
  const [versions, setVersions] = useState<number[]>([]);
  useEffect(() => {
    api('listWorkflowVersions', { params: { id: workflowId } }).then(
      (answer) => setVersions(answer.versions.map((v) => v.version)),
      () => setVersions([]),
    );
  }, [workflowId]);
  return versions;
}
