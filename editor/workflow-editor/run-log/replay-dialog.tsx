import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ReplayInput } from '../../../shared/api/runs-api';
import { getStepDefinition } from '../../../shared/steps';
import { useStepLabel } from '../../canvas/use-step-label';
import { useFormat } from '../../i18n/format';
import { useEditor } from '../../state/editor-store';
import { useStepNames } from '../../state/use-step-names';
import { Dialog } from '../../ui/dialog';
import { useRunLog } from './run-log-store';
import { messageText } from './run-parts';
import './replay-dialog.css';

/**
 * A replay's comparison: for each thing the customer did, what the bot sent then (left) and what
 * the draft sends now (right), message by message, the differences marked and the first one named.
 */
export function ReplayDialog() {
  const open = useRunLog((s) => s.replay !== null);
  return open ? <ReplayComparison /> : null;
}

function ReplayComparison() {
  const { t } = useTranslation('workflowEditor');
  const { formatNumber } = useFormat();
  const stepLabel = useStepLabel();
  const replay = useRunLog((s) => s.replay);
  const names = useStepNames();
  const types = useEditor((s) => s.nodes);
  if (!replay) return null;
  const close = () => useRunLog.getState().closeReplay();
  const stepLabelOf = (type: string) => {
    const definition = getStepDefinition(type);
    return definition ? stepLabel(definition) : undefined;
  };
  const stepName = (id: string | null) => {
    if (!id) return '';
    const type = types.find((n) => n.id === id)?.type;
    const label = names.get(id) ?? (type ? stepLabelOf(type) : undefined);
    return label ? `${label} · ${id}` : id;
  };
  // A tapped choice by its label in the draft, not its id.
  const choiceLabel = (nodeId: string | null, choiceId: string) => {
    const data = types.find((n) => n.id === nodeId)?.data as { choices?: { id: string; label: string }[] } | undefined;
    return data?.choices?.find((c) => c.id === choiceId)?.label ?? choiceId;
  };
  const result = replay.result;
  const summary = result?.summary;
  return (
    <Dialog title={t('replay.title')} onCancel={close} className="replay-dialog">
      {replay.loading ? <p role="status">{t('replay.loading')}</p> : null}
      {replay.error ? <p role="alert">{replay.error}</p> : null}
      {result && summary ? (
        <>
          <p className="replay-summary" role="status">
            {result.firstDivergence
              ? t(result.firstDivergence.stepId ? 'replay.differsAt' : 'replay.differs', {
                  input: formatNumber(result.firstDivergence.input + (result.inputs[0]?.input.kind === 'start' ? 0 : 1)),
                  step: stepName(result.firstDivergence.stepId),
                })
              : t('replay.same')}
          </p>
          <p className="replay-counts">
            {t('replay.counts', {
              same: formatNumber(summary.same),
              changed: formatNumber(summary.changed),
              missing: formatNumber(summary.missing),
              new: formatNumber(summary.new),
            })}
          </p>
          {result.note ? <p className="muted">{result.note}</p> : null}
          <p className="muted">{t('replay.sandbox')}</p>
          <div className="replay-columns-head" aria-hidden="true">
            <span>{t('replay.sentThen')}</span>
            <span>{t('replay.draftNow')}</span>
          </div>
          <ol className="replay-inputs">
            {result.inputs.map((input) => (
              <InputBlock
                key={input.index}
                input={input}
                title={describe(t, input.input, choiceLabel)}
                stepName={stepName}
                first={result.firstDivergence?.input === input.index}
              />
            ))}
          </ol>
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('replay.close')}
        </button>
      </div>
    </Dialog>
  );
}

function InputBlock({ input, title, stepName, first }: { input: ReplayInput; title: string; stepName: (id: string | null) => string; first: boolean }) {
  const { t } = useTranslation('workflowEditor');
  const differs = input.rows.some((r) => r.change !== 'same');
  return (
    <li className={differs ? 'replay-input differs' : 'replay-input'} data-first-divergence={first || undefined}>
      <div className="replay-customer">{title}</div>
      {input.note ? <p className="muted">{input.note}</p> : null}
      {input.rows.length === 0 ? <p className="muted">{t('replay.noAnswer')}</p> : null}
      <table className="replay-rows">
        <tbody>
          {input.rows.map((row, i) => (
            <tr key={i} className={`change-${row.change}`}>
              <td>{row.sent ? <Bubble text={messageText(row.sent.message)} step={stepName(row.sent.stepId)} /> : null}</td>
              <td>
                {row.draft ? <Bubble text={messageText(row.draft.message)} step={stepName(row.draft.stepId)} /> : null}
                <span className={`replay-change change-${row.change}`}>{t(`replay.change.${row.change}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </li>
  );
}

function Bubble({ text, step }: { text: string; step: string }) {
  return (
    <div className="replay-bubble">
      <div>{text}</div>
      {step ? <div className="replay-step muted">{step}</div> : null}
    </div>
  );
}

function describe(t: TFunction<'workflowEditor'>, input: ReplayInput['input'], choiceLabel: (nodeId: string | null, choiceId: string) => string): string {
  switch (input.kind) {
    case 'start':
      return t('replay.input.start');
    case 'follow':
      return t('replay.input.follow');
    case 'timeout':
      return t('replay.input.timeout');
    case 'postback': {
      const data = new URLSearchParams(input.data ?? '');
      const choice = data.get('choice');
      if (input.text) return t('replay.input.tapped', { label: input.text });
      if (choice) return t('replay.input.tapped', { label: choiceLabel(data.get('node'), choice) });
      return t('replay.input.tappedButton', { data: input.data ?? '' });
    }
    default:
      return t('replay.input.wrote', { text: input.text ?? '' });
  }
}
