import { Trans, useTranslation } from 'react-i18next';
import { isNote } from '../../state/document-conversion';
import { useEditor } from '../../state/editor-store';
import { useStepNames } from '../../state/use-step-names';
import { formatAverage, formatCount } from '../../reports/format';
import { sameStep, useResults, type ResultsRange } from './results-store';

const ranges: ResultsRange[] = ['last-7-days', 'last-30-days'];

/** Under the header while results are on: which days and version, and that version's runs and CSAT on one line. */
export function ResultsBar() {
  const on = useResults((s) => s.on);
  if (!on) return null;
  return <ResultsLine />;
}

function ResultsLine() {
  const { t } = useTranslation('workflowEditor');
  const range = useResults((s) => s.range);
  const version = useResults((s) => s.version);
  const report = useResults((s) => s.report);
  const loading = useResults((s) => s.loading);
  const error = useResults((s) => s.error);
  const live = useEditor((s) => s.publishedVersion);
  // Ids and types only, as one string: dragging a node does not redraw this line.
  // Steps only: sticky notes are not part of any version's runs.
  const draft = useEditor((s) =>
    s.nodes
      .filter((n) => !isNote(n))
      .map((n) => `${n.id} ${n.type}`)
      .join('\n'),
  );
  const names = useStepNames();
  const shown = report?.version ?? null;
  const versions = report?.versions ?? (shown === null ? [] : [shown]);
  const draftTypes = new Map(draft ? draft.split('\n').map((line) => line.split(' ') as [string, string]) : []);
  const kept = report ? report.steps.filter((s) => draftTypes.has(s.stepId) && sameStep(s, draftTypes.get(s.stepId))).length : 0;
  const notInVersion = report && shown !== null ? draftTypes.size - kept : 0;
  const notInDraft = report ? report.steps.length - kept : 0;
  const reported = new Set(report?.steps.filter((s) => sameStep(s, draftTypes.get(s.stepId))).map((s) => s.stepId));
  const newSteps = [...draftTypes.keys()].filter((id) => !reported.has(id)).map((id) => names.get(id) ?? id);
  return (
    <div className="results-bar" role="region" aria-label={t('results.label')} aria-busy={loading} data-testid="results-bar">
      <span className="results-title">{t('results.title')}</span>
      <select aria-label={t('results.range')} value={range} onChange={(e) => useResults.getState().setRange(e.target.value as ResultsRange)}>
        {ranges.map((r) => (
          <option key={r} value={r}>
            {t(`results.ranges.${r}`)}
          </option>
        ))}
      </select>
      <select
        aria-label={t('results.version')}
        value={String(version ?? shown ?? '')}
        disabled={!versions.length}
        onChange={(e) => useResults.getState().setVersion(Number(e.target.value))}
      >
        {versions.length ? null : <option value="">{loading ? '…' : t('results.noVersion')}</option>}
        {versions.map((v) => (
          <option key={v} value={String(v)}>
            {t('results.versionOption', { version: v })}
            {v === live ? t('results.live') : ''}
          </option>
        ))}
      </select>
      {error ? (
        <span className="results-error" role="alert">
          {t('results.notLoaded', { error })}
        </span>
      ) : !report ? (
        <span className="muted">{t('results.loading')}</span>
      ) : shown === null ? (
        <span className="muted">{t('results.notPublished')}</span>
      ) : (
        <span className="results-summary" data-testid="results-summary">
          <Trans
            t={t}
            i18nKey="results.summary"
            values={{
              started: formatCount(report.runs.started),
              completed: formatCount(report.runs.completed),
              failed: formatCount(report.runs.failed),
              csat: formatAverage(report.csat.average),
            }}
            components={{ b: <b /> }}
          />
          <span className="muted">{t('results.responses', { n: formatCount(report.csat.responses) })}</span>
        </span>
      )}
      {notInVersion || notInDraft ? (
        <span
          className="muted"
          data-testid="results-draft-differs"
          title={notInVersion ? t('results.newInDraft', { steps: newSteps.join(t('listSeparator')) }) : undefined}
        >
          {t('results.differs', { version: shown })}
          {notInVersion ? t('results.newSteps', { count: notInVersion }) : ''}
          {notInVersion && notInDraft ? t('results.and') : ''}
          {notInDraft ? t('results.removedSteps', { count: notInDraft, version: shown }) : ''}
        </span>
      ) : null}
    </div>
  );
}
