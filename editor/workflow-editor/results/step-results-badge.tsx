import { formatCount } from '../../reports/format';
import type { StepResult } from './results-store';

type Count = 'answered' | 'invalid' | 'timedOut' | 'droppedHere';

/** The counts after "reached", shown only when not zero: short labels, the meaning in the tooltip. */
const counts: { key: Count; label: string; title: string }[] = [
  { key: 'answered', label: 'answered', title: 'Answered: runs that got an answer this step accepted' },
  { key: 'invalid', label: 'invalid', title: 'Invalid: runs that used up their attempts without an answer this step accepts' },
  { key: 'timedOut', label: 'timed out', title: 'Timed out: runs that waited here until the step gave up' },
  { key: 'droppedHere', label: 'dropped', title: 'Dropped here: runs that did not complete and stopped at this step' },
];

/**
 * One step's funnel counts, drawn just above its node: outside the node's box, so turning results
 * on or off never changes a node's size, its ports or the edges.
 */
export function StepResultsBadge({
  result,
  name,
}: {
  result: Exclude<StepResult, null>;
  /** The step's name, when it has one, for the tooltips. */ name?: string;
}) {
  const step = name ? `“${name}”` : 'this step';
  if (result === 'loading') {
    return (
      <div className="step-results loading" data-testid="step-results" aria-busy="true">
        <span className="step-result">…</span>
      </div>
    );
  }
  if (result === 'not-in-version') {
    return (
      <div className="step-results missing" data-testid="step-results">
        <span className="step-result" title={`${name ? `“${name}”` : 'This step'} is not in the version shown: it has no results`}>
          reached <b>—</b>
        </span>
      </div>
    );
  }
  return (
    <div className="step-results" data-testid="step-results">
      <span className="step-result reached" title={`Reached: runs that came to ${step} (${result.reached})`}>
        reached <b data-testid="step-results-reached">{formatCount(result.reached)}</b>
      </span>
      {counts
        .filter(({ key }) => result[key] > 0)
        .map(({ key, label, title }) => (
          <span key={key} className={`step-result ${key}`} title={`${title} (${result[key]})`}>
            {label} <b>{formatCount(result[key])}</b>
          </span>
        ))}
    </div>
  );
}
