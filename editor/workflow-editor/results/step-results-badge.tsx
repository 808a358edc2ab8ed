import { useTranslation } from 'react-i18next';
import { formatCount } from '../../reports/format';
import type { StepResult } from './results-store';

type Count = 'answered' | 'invalid' | 'timedOut' | 'droppedHere';

/** The counts after "reached", shown only when not zero: short labels (`stepResults.<key>`), the meaning in the tooltip (`<key>Tip`). */
const counts: Count[] = ['answered', 'invalid', 'timedOut', 'droppedHere'];

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
  const { t } = useTranslation('workflowEditor');
  const step = name ? t('stepResults.named', { name }) : t('stepResults.thisStep');
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
        <span className="step-result" title={name ? t('stepResults.notInVersionNamed', { name }) : t('stepResults.notInVersion')}>
          {t('stepResults.reached')} <b>—</b>
        </span>
      </div>
    );
  }
  return (
    <div className="step-results" data-testid="step-results">
      <span className="step-result reached" title={t('stepResults.reachedTip', { step, n: formatCount(result.reached) })}>
        {t('stepResults.reached')} <b data-testid="step-results-reached">{formatCount(result.reached)}</b>
      </span>
      {counts
        .filter((key) => result[key] > 0)
        .map((key) => (
          <span key={key} className={`step-result ${key}`} title={t(`stepResults.${key}Tip`, { n: formatCount(result[key]) })}>
            {t(`stepResults.${key}`)} <b>{formatCount(result[key])}</b>
          </span>
        ))}
    </div>
  );
}
