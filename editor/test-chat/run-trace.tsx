import { OctagonAlert } from 'lucide-react';
import type { RunView } from '../../shared/api/conversations-api';
import { useStepNames } from '../state/use-step-names';

/**
 * The latest run of the test chat: its status, each step it went through and its variables,
 * read again after every event the engine handles (so a timer that sends nothing still shows).
 */
export function RunTrace({ run }: { run: RunView }) {
  const names = useStepNames();
  const vars = Object.entries(run.vars);
  return (
    <details className="trace" open>
      <summary>
        {run.workflowName ? `${run.workflowName}: ` : ''}run {run.status}
        {run.status === 'waiting' && run.nodeId ? ` at ${names.get(run.nodeId) ?? run.nodeId}` : ''}
        {run.error ? `: ${run.error}` : ''}
      </summary>
      <ol>
        {run.trace.map((step, i) => (
          <li key={i}>
            {/* The step's name when it has one; its id (what the run record holds) on hover. */}
            <span title={step.stepId}>{names.get(step.stepId) ?? step.stepId}</span>
            {step.port ? ` → ${step.port}` : ''}
            {step.error ? (
              <span className="trace-error">
                {' '}
                <OctagonAlert className="icon" aria-label="Error" /> {step.error}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {vars.length ? (
        <table className="trace-vars" aria-label="Variables">
          <tbody>
            {vars.map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td>{typeof value === 'string' ? value : JSON.stringify(value)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </details>
  );
}
