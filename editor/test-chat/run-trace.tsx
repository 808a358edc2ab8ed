import { OctagonAlert } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { RunView } from '../../shared/api/conversations-api';
import { useStepNames } from '../state/use-step-names';

/**
 * The latest run of the test chat: its status, each step it went through and its variables,
 * read again after every event the engine handles (so a timer that sends nothing still shows).
 */
export function RunTrace({ run }: { run: RunView }) {
  const { t } = useTranslation('testChat');
  const names = useStepNames();
  const vars = Object.entries(run.vars);
  const status = t(`runTrace.status.${run.status}`, { defaultValue: run.status });
  const state =
    run.status === 'waiting' && run.nodeId ? t('runTrace.stateAt', { status, step: names.get(run.nodeId) ?? run.nodeId }) : t('runTrace.state', { status });
  const named = run.workflowName ? t('runTrace.named', { name: run.workflowName, state }) : state;
  const summary = run.error ? t('runTrace.withError', { summary: named, error: run.error }) : named;
  return (
    <details className="trace" open>
      <summary>{summary}</summary>
      <ol>
        {run.trace.map((step, i) => (
          <li key={i}>
            {/* The step's name when it has one; its id (what the run record holds) on hover. */}
            <span title={step.stepId}>{names.get(step.stepId) ?? step.stepId}</span>
            {step.port ? ` → ${step.port}` : ''}
            {step.error ? (
              <span className="trace-error">
                {' '}
                <OctagonAlert className="icon" aria-label={t('runTrace.error')} /> {step.error}
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      {vars.length ? (
        <table className="trace-vars" aria-label={t('runTrace.variables')}>
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
