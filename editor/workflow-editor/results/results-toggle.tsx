import { useTranslation } from 'react-i18next';
import { useResults } from './results-store';
import { useWorkflowResults } from './use-workflow-results';

/** The header's "Results" switch; while it is mounted, it keeps the report of the version chosen loaded. */
export function ResultsToggle({ workflowId }: { workflowId: string }) {
  const { t } = useTranslation('workflowEditor');
  useWorkflowResults(workflowId);
  const on = useResults((s) => s.on);
  return (
    <button type="button" onClick={() => useResults.getState().toggle()} aria-pressed={on} title={t('resultsToggle.tip')}>
      {on ? t('resultsToggle.hide') : t('resultsToggle.show')}
    </button>
  );
}
