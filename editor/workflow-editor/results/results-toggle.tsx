import { useResults } from './results-store';
import { useWorkflowResults } from './use-workflow-results';

/** The header's "Results" switch; while it is mounted, it keeps the report of the version chosen loaded. */
export function ResultsToggle({ workflowId }: { workflowId: string }) {
  useWorkflowResults(workflowId);
  const on = useResults((s) => s.on);
  return (
    <button
      type="button"
      onClick={() => useResults.getState().toggle()}
      aria-pressed={on}
      title="Show how many runs reached each step, from the reports (Workflows)"
    >
      {on ? 'Hide results' : 'Show results'}
    </button>
  );
}
