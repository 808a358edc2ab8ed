import { isNote } from '../../state/document-conversion';
import { useEditor } from '../../state/editor-store';
import { useStepNames } from '../../state/use-step-names';
import { formatAverage, formatCount } from '../../reports/format';
import { presets } from '../../reports/report-query';
import { sameStep, useResults, type ResultsRange } from './results-store';

const ranges: ResultsRange[] = ['last-7-days', 'last-30-days'];
const plural = (n: number, what: string) => `${n} ${what}${n === 1 ? '' : 's'}`;

/** Under the header while results are on: which days and version, and that version's runs and CSAT on one line. */
export function ResultsBar() {
  const on = useResults((s) => s.on);
  if (!on) return null;
  return <ResultsLine />;
}

function ResultsLine() {
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
    <div className="results-bar" role="region" aria-label="Results" aria-busy={loading} data-testid="results-bar">
      <span className="results-title">Results</span>
      <select aria-label="Results range" value={range} onChange={(e) => useResults.getState().setRange(e.target.value as ResultsRange)}>
        {ranges.map((r) => (
          <option key={r} value={r}>
            {presets[r]}
          </option>
        ))}
      </select>
      <select
        aria-label="Results version"
        value={String(version ?? shown ?? '')}
        disabled={!versions.length}
        onChange={(e) => useResults.getState().setVersion(Number(e.target.value))}
      >
        {versions.length ? null : <option value="">{loading ? '…' : 'No version'}</option>}
        {versions.map((v) => (
          <option key={v} value={String(v)}>
            v{v}
            {v === live ? ' (live)' : ''}
          </option>
        ))}
      </select>
      {error ? (
        <span className="results-error" role="alert">
          Results not loaded: {error}
        </span>
      ) : !report ? (
        <span className="muted">Loading results…</span>
      ) : shown === null ? (
        <span className="muted">Not published yet: no runs to show.</span>
      ) : (
        <span className="results-summary" data-testid="results-summary">
          <b>{formatCount(report.runs.started)}</b> runs started · <b>{formatCount(report.runs.completed)}</b> completed ·{' '}
          <b>{formatCount(report.runs.failed)}</b> failed · CSAT <b>{formatAverage(report.csat.average)}</b>
          <span className="muted"> ({formatCount(report.csat.responses)} responses)</span>
        </span>
      )}
      {notInVersion || notInDraft ? (
        <span className="muted" data-testid="results-draft-differs" title={notInVersion ? `New in the draft: ${newSteps.join(', ')}` : undefined}>
          · The draft differs from v{shown}:{notInVersion ? ` ${plural(notInVersion, 'new step')} (shown as —)` : ''}
          {notInVersion && notInDraft ? ',' : ''}
          {notInDraft ? ` ${plural(notInDraft, 'step')} of v${shown} removed` : ''}
        </span>
      ) : null}
    </div>
  );
}
