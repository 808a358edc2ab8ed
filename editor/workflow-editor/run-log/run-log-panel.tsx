import { useReactFlow } from '@xyflow/react';
import { X } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { fitViewOptions } from '../../canvas/flow-canvas';
import { runStatuses, type RunStatus, type RunSummary } from '../../../shared/api/runs-api';
import { api } from '../../api/api-client';
import { useFormat } from '../../i18n/format';
import { RunDetailView } from './run-detail';
import { useRunLog } from './run-log-store';
import { StatusBadge, useRunFormat } from './run-parts';

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
  const { t } = useTranslation('workflowEditor');
  const { formatNumber } = useFormat();
  // The panel narrows the canvas, and a run's path may be anywhere on it: the whole workflow is framed again.
  useEffect(() => {
    const frame = requestAnimationFrame(() => requestAnimationFrame(() => void fitView(fitViewOptions)));
    return () => cancelAnimationFrame(frame);
  }, [fitView, selected?.id]);
  const onlyFailed = filters.status === 'failed';

  return (
    <aside className="run-log" aria-label={t('runLog.label')}>
      <header className="run-log-header">
        <h2>{t('runLog.title')}</h2>
        <button
          type="button"
          className={failed ? 'failed-filter has-failed' : 'failed-filter'}
          aria-pressed={onlyFailed}
          onClick={() => setFilters({ status: onlyFailed ? '' : 'failed' })}
          title={onlyFailed ? t('runLog.showAll') : t('runLog.showFailed')}
        >
          <Trans t={t} i18nKey="runLog.failed" values={{ n: formatNumber(failed) }} components={{ b: <strong /> }} />
        </button>
        <span className="spacer" />
        <button type="button" className="icon-only" onClick={() => useRunLog.getState().close()} aria-label={t('runLog.close')}>
          <X className="icon" aria-hidden="true" />
        </button>
      </header>
      <div className="run-log-filters">
        <select aria-label={t('runLog.status')} value={filters.status} onChange={(e) => setFilters({ status: e.target.value as RunStatus | '' })}>
          <option value="">{t('runLog.anyStatus')}</option>
          {runStatuses.map((s) => (
            <option key={s} value={s}>
              {t(`status.${s}`)}
            </option>
          ))}
        </select>
        <select aria-label={t('runLog.version')} value={filters.version} disabled={filters.test} onChange={(e) => setFilters({ version: e.target.value })}>
          <option value="">{t('runLog.anyVersion')}</option>
          {versions.map((v) => (
            <option key={v} value={String(v)}>
              {t('runLog.versionOption', { version: v })}
            </option>
          ))}
        </select>
        <label className="run-log-check">
          <input type="checkbox" checked={filters.test} onChange={(e) => setFilters({ test: e.target.checked, version: '' })} /> {t('runLog.testRuns')}
        </label>
        <label>
          {t('runLog.from')}{' '}
          <input type="date" aria-label={t('runLog.fromLabel')} value={filters.from} onChange={(e) => setFilters({ from: e.target.value })} />
        </label>
        <label>
          {t('runLog.to')} <input type="date" aria-label={t('runLog.toLabel')} value={filters.to} onChange={(e) => setFilters({ to: e.target.value })} />
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
          {runs.length === 0 && !loading ? <p className="muted run-log-empty">{emptyText(t, filters.status, filters.test)}</p> : null}
          <ul className="run-list" aria-label={t('runLog.list')}>
            {runs.map((run) => (
              <RunRow key={run.id} run={run} />
            ))}
          </ul>
          {nextBefore ? (
            <button type="button" className="link" onClick={() => void useRunLog.getState().load(true)} disabled={loading}>
              {t('runLog.older')}
            </button>
          ) : null}
          {loading ? <p className="muted run-log-empty">{t('runLog.loading')}</p> : null}
        </div>
      )}
    </aside>
  );
}

function RunRow({ run }: { run: RunSummary }) {
  const { t } = useTranslation('workflowEditor');
  const { startedAt, duration } = useRunFormat();
  return (
    <li>
      <button type="button" className={`run-row status-${run.status}`} onClick={() => void useRunLog.getState().select(run.id)}>
        <span className="run-row-top">
          <StatusBadge status={run.status} />
          <span className="run-row-contact">{run.contactName ?? run.contactId}</span>
          <span className="muted">{run.version > 0 ? t('runLog.rowVersion', { version: run.version }) : t('runLog.rowTest')}</span>
        </span>
        <span className="run-row-meta muted">
          {startedAt(run.startedAt)} · {run.durationMs === null ? t('runLog.stillGoing') : duration(run.durationMs)} · {t('runLog.steps', { count: run.steps })}
        </span>
        {run.error ? <span className="run-row-error">{run.error}</span> : null}
      </button>
    </li>
  );
}

function emptyText(t: TFunction<'workflowEditor'>, status: string, test: boolean): string {
  if (status === 'failed') return t('runLog.noFailed');
  return test ? t('runLog.noTest') : t('runLog.none');
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
