import { useReactFlow } from '@xyflow/react';
import { ArrowLeft, GitCompareArrows } from 'lucide-react';
import type { ReactNode } from 'react';
import type { RunDetail, TraceStepView } from '../../../shared/api/runs-api';
import { getStepDefinition } from '../../../shared/steps';
import { useStepNames } from '../../state/use-step-names';
import { useRunLog } from './run-log-store';
import { duration, messageText, shownValue, startedAt, StatusBadge, visitNumbers } from './run-parts';

/** One run: who, when, how it ended, and each step with what it got (input) and what it did (output), like n8n's node panels. */
export function RunDetailView({ run }: { run: RunDetail }) {
  const names = useStepNames();
  const replaying = useRunLog((s) => s.replay?.loading ?? false);
  const { fitView } = useReactFlow();
  const numbers = visitNumbers(run.trace);
  const show = (stepId: string) => void fitView({ nodes: [{ id: stepId }], duration: 250, maxZoom: 1 });
  return (
    <div className="run-detail" aria-label="Run">
      <div className="run-detail-actions">
        <button type="button" className="link" onClick={() => void useRunLog.getState().select(null)}>
          <ArrowLeft className="icon" aria-hidden="true" /> All runs
        </button>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void useRunLog.getState().replayDraft()}
          disabled={!run.conversationId || replaying}
          title={
            run.conversationId
              ? "Re-run this conversation's customer messages against the draft, in the test sandbox"
              : 'This run had no conversation to replay'
          }
        >
          <GitCompareArrows className="icon" aria-hidden="true" /> {replaying ? 'Replaying…' : 'Replay against draft'}
        </button>
      </div>
      <dl className="run-facts">
        <dt>Status</dt>
        <dd>
          <StatusBadge status={run.status} />
        </dd>
        <dt>Version</dt>
        <dd>{run.version > 0 ? run.version : 'a test of the draft'}</dd>
        <dt>Contact</dt>
        <dd>{run.contactName ?? run.contactId}</dd>
        <dt>Started</dt>
        <dd>
          {startedAt(run.startedAt)} · {run.durationMs === null ? 'still going' : duration(run.durationMs)}
        </dd>
      </dl>
      {run.error ? (
        <p className="run-error" role="alert">
          {run.error}
        </p>
      ) : null}
      {run.traceDropped ? <p className="muted">The {run.traceDropped} oldest steps are not kept (a trace keeps the newest 200).</p> : null}
      <ul className="run-steps" aria-label="Steps of the run">
        {run.trace.map((step, i) => (
          <StepEntry key={i} step={step} number={numbers[i] ?? 0} name={names.get(step.stepId)} onShow={() => show(step.stepId)} />
        ))}
      </ul>
    </div>
  );
}

function StepEntry({ step, number, name, onShow }: { step: TraceStepView; number: number; name: string | undefined; onShow: () => void }) {
  const label = name ?? getStepDefinition(step.type)?.label ?? step.type;
  const woken = step.input !== undefined;
  const input = sections([
    ['Woken by', step.input],
    ['Read', step.read],
  ]);
  const output = sections([
    ['Sent', step.sent?.map(messageText)],
    ['Set', step.set],
    ['Called', step.calls],
    ['Result', step.output],
  ]);
  return (
    <li className={step.error ? 'run-step failed' : 'run-step'} data-step={step.stepId}>
      <div className="run-step-head">
        <span className="run-step-number" title="The number on the canvas">
          {number}
        </span>
        <button type="button" className="link run-step-name" onClick={onShow} title={`Show ${step.stepId} on the canvas`}>
          {label}
        </button>
        {woken ? <span className="muted">resumed</span> : null}
        <span className="spacer" />
        {step.port ? <span className="run-port">→ {step.port}</span> : null}
        <span className="muted">{duration(step.durationMs ?? 0)}</span>
      </div>
      {step.error ? <p className="run-step-error">{step.error}</p> : null}
      {input || output ? (
        <details open={Boolean(step.error)}>
          <summary>Input and output</summary>
          <div className="run-io">
            <section aria-label="Input">
              <h4>Input</h4>
              {input ?? <p className="muted">Nothing read</p>}
            </section>
            <section aria-label="Output">
              <h4>Output</h4>
              {output ?? <p className="muted">Nothing</p>}
            </section>
          </div>
        </details>
      ) : null}
      {step.omitted?.length ? <p className="muted">Left out (over 4 KB): {step.omitted.join(', ')}</p> : null}
    </li>
  );
}

/** Labelled values; null when there is none. Objects of names show one line per name. */
function sections(parts: [string, unknown][]): ReactNode {
  const shown = parts.filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0));
  if (shown.length === 0) return null;
  return shown.map(([title, value]) => (
    <div key={title} className="run-io-part">
      <div className="run-io-title">{title}</div>
      {value !== null && typeof value === 'object' && !Array.isArray(value) ? (
        <dl className="run-values">
          {Object.entries(value).map(([key, inner]) => (
            <div key={key}>
              <dt>{key}</dt>
              <dd>
                <pre>{shownValue(inner)}</pre>
              </dd>
            </div>
          ))}
        </dl>
      ) : Array.isArray(value) ? (
        <ul className="run-list-values">
          {value.map((item, i) => (
            <li key={i}>
              <pre>{shownValue(item)}</pre>
            </li>
          ))}
        </ul>
      ) : (
        <pre>{shownValue(value)}</pre>
      )}
    </div>
  ));
}
