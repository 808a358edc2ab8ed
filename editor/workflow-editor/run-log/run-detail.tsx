import { useReactFlow } from '@xyflow/react';
import { ArrowLeft, GitCompareArrows } from 'lucide-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RunDetail, TraceStepView } from '../../../shared/api/runs-api';
import { getStepDefinition } from '../../../shared/steps';
import { useStepLabel } from '../../canvas/use-step-label';
import { useFormat } from '../../i18n/format';
import { useStepNames } from '../../state/use-step-names';
import { useRunLog } from './run-log-store';
import { messageText, shownValue, StatusBadge, useRunFormat, visitNumbers } from './run-parts';

/** One run: who, when, how it ended, and each step with what it got (input) and what it did (output), like n8n's node panels. */
export function RunDetailView({ run }: { run: RunDetail }) {
  const { t } = useTranslation('workflowEditor');
  const { formatNumber } = useFormat();
  const { startedAt, duration } = useRunFormat();
  const names = useStepNames();
  const replaying = useRunLog((s) => s.replay?.loading ?? false);
  const { fitView } = useReactFlow();
  const numbers = visitNumbers(run.trace);
  const show = (stepId: string) => void fitView({ nodes: [{ id: stepId }], duration: 250, maxZoom: 1 });
  return (
    <div className="run-detail" aria-label={t('runDetail.label')}>
      <div className="run-detail-actions">
        <button type="button" className="link" onClick={() => void useRunLog.getState().select(null)}>
          <ArrowLeft className="icon" aria-hidden="true" /> {t('runDetail.allRuns')}
        </button>
        <span className="spacer" />
        <button
          type="button"
          onClick={() => void useRunLog.getState().replayDraft()}
          disabled={!run.conversationId || replaying}
          title={run.conversationId ? t('runDetail.replayTip') : t('runDetail.noConversation')}
        >
          <GitCompareArrows className="icon" aria-hidden="true" /> {replaying ? t('runDetail.replaying') : t('runDetail.replay')}
        </button>
      </div>
      <dl className="run-facts">
        <dt>{t('runDetail.status')}</dt>
        <dd>
          <StatusBadge status={run.status} />
        </dd>
        <dt>{t('runDetail.version')}</dt>
        <dd>{run.version > 0 ? run.version : t('runDetail.draftTest')}</dd>
        <dt>{t('runDetail.contact')}</dt>
        <dd>{run.contactName ?? run.contactId}</dd>
        <dt>{t('runDetail.started')}</dt>
        <dd>
          {startedAt(run.startedAt)} · {run.durationMs === null ? t('runLog.stillGoing') : duration(run.durationMs)}
        </dd>
      </dl>
      {run.error ? (
        <p className="run-error" role="alert">
          {run.error}
        </p>
      ) : null}
      {run.traceDropped ? <p className="muted">{t('runDetail.traceDropped', { n: formatNumber(run.traceDropped), kept: formatNumber(200) })}</p> : null}
      <ul className="run-steps" aria-label={t('runDetail.steps')}>
        {run.trace.map((step, i) => (
          <StepEntry key={i} step={step} number={numbers[i] ?? 0} name={names.get(step.stepId)} onShow={() => show(step.stepId)} />
        ))}
      </ul>
    </div>
  );
}

function StepEntry({ step, number, name, onShow }: { step: TraceStepView; number: number; name: string | undefined; onShow: () => void }) {
  const { t } = useTranslation('workflowEditor');
  const { duration } = useRunFormat();
  const stepLabel = useStepLabel();
  const definition = getStepDefinition(step.type);
  const label = name ?? (definition ? stepLabel(definition) : step.type);
  const woken = step.input !== undefined;
  const input = sections([
    [t('runDetail.wokenBy'), step.input],
    [t('runDetail.read'), step.read],
  ]);
  const output = sections([
    [t('runDetail.sent'), step.sent?.map(messageText)],
    [t('runDetail.set'), step.set],
    [t('runDetail.called'), step.calls],
    [t('runDetail.result'), step.output],
  ]);
  return (
    <li className={step.error ? 'run-step failed' : 'run-step'} data-step={step.stepId}>
      <div className="run-step-head">
        <span className="run-step-number" title={t('runDetail.numberTip')}>
          {number}
        </span>
        <button type="button" className="link run-step-name" onClick={onShow} title={t('runDetail.showTip', { id: step.stepId })}>
          {label}
        </button>
        {woken ? <span className="muted">{t('runDetail.resumed')}</span> : null}
        <span className="spacer" />
        {step.port ? <span className="run-port">→ {step.port}</span> : null}
        <span className="muted">{duration(step.durationMs ?? 0)}</span>
      </div>
      {step.error ? <p className="run-step-error">{step.error}</p> : null}
      {input || output ? (
        <details open={Boolean(step.error)}>
          <summary>{t('runDetail.inputOutput')}</summary>
          <div className="run-io">
            <section aria-label={t('runDetail.input')}>
              <h4>{t('runDetail.input')}</h4>
              {input ?? <p className="muted">{t('runDetail.nothingRead')}</p>}
            </section>
            <section aria-label={t('runDetail.output')}>
              <h4>{t('runDetail.output')}</h4>
              {output ?? <p className="muted">{t('runDetail.nothing')}</p>}
            </section>
          </div>
        </details>
      ) : null}
      {step.omitted?.length ? <p className="muted">{t('runDetail.omitted', { fields: step.omitted.join(t('listSeparator')) })}</p> : null}
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
