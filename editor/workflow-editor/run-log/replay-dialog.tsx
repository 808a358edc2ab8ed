import type { ReplayChange, ReplayInput } from '../../../shared/api/runs-api';
import { getStepDefinition } from '../../../shared/steps';
import { useEditor } from '../../state/editor-store';
import { useStepNames } from '../../state/use-step-names';
import { Dialog } from '../../ui/dialog';
import { useRunLog } from './run-log-store';
import { messageText } from './run-parts';
import './replay-dialog.css';

const changeLabels: Record<ReplayChange, string> = { same: 'Same', changed: 'Changed', missing: 'No longer sent', new: 'New' };

/**
 * A replay's comparison: for each thing the customer did, what the bot sent then (left) and what
 * the draft sends now (right), message by message, the differences marked and the first one named.
 */
export function ReplayDialog() {
  const open = useRunLog((s) => s.replay !== null);
  return open ? <ReplayComparison /> : null;
}

function ReplayComparison() {
  const replay = useRunLog((s) => s.replay);
  const names = useStepNames();
  const types = useEditor((s) => s.nodes);
  if (!replay) return null;
  const close = () => useRunLog.getState().closeReplay();
  const stepName = (id: string | null) => {
    if (!id) return '';
    const type = types.find((n) => n.id === id)?.type;
    const label = names.get(id) ?? (type ? getStepDefinition(type)?.label : undefined);
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
    <Dialog title="Replay against the draft" onCancel={close} className="replay-dialog">
      {replay.loading ? <p role="status">Replaying the conversation against the draft, in the test sandbox…</p> : null}
      {replay.error ? <p role="alert">{replay.error}</p> : null}
      {result && summary ? (
        <>
          <p className="replay-summary" role="status">
            {result.firstDivergence
              ? `The draft answers differently from the customer's input ${result.firstDivergence.input + (result.inputs[0]?.input.kind === 'start' ? 0 : 1)}${result.firstDivergence.stepId ? `, at “${stepName(result.firstDivergence.stepId)}”` : ''}.`
              : 'The draft answers exactly as the bot did.'}
          </p>
          <p className="replay-counts">
            {summary.same} same · {summary.changed} changed · {summary.missing} no longer sent · {summary.new} new
          </p>
          {result.note ? <p className="muted">{result.note}</p> : null}
          <p className="muted">Nothing was sent to LINE: a test contact ran the draft. HTTP steps were called, as in the test chat.</p>
          <div className="replay-columns-head" aria-hidden="true">
            <span>Sent then</span>
            <span>The draft now</span>
          </div>
          <ol className="replay-inputs">
            {result.inputs.map((input) => (
              <InputBlock
                key={input.index}
                input={input}
                title={describe(input.input, choiceLabel)}
                stepName={stepName}
                first={result.firstDivergence?.input === input.index}
              />
            ))}
          </ol>
        </>
      ) : null}
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </Dialog>
  );
}

function InputBlock({ input, title, stepName, first }: { input: ReplayInput; title: string; stepName: (id: string | null) => string; first: boolean }) {
  const differs = input.rows.some((r) => r.change !== 'same');
  return (
    <li className={differs ? 'replay-input differs' : 'replay-input'} data-first-divergence={first || undefined}>
      <div className="replay-customer">{title}</div>
      {input.note ? <p className="muted">{input.note}</p> : null}
      {input.rows.length === 0 ? <p className="muted">No answer then, none now.</p> : null}
      <table className="replay-rows">
        <tbody>
          {input.rows.map((row, i) => (
            <tr key={i} className={`change-${row.change}`}>
              <td>{row.sent ? <Bubble text={messageText(row.sent.message)} step={stepName(row.sent.stepId)} /> : null}</td>
              <td>
                {row.draft ? <Bubble text={messageText(row.draft.message)} step={stepName(row.draft.stepId)} /> : null}
                <span className={`replay-change change-${row.change}`}>{changeLabels[row.change]}</span>
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

function describe(input: ReplayInput['input'], choiceLabel: (nodeId: string | null, choiceId: string) => string): string {
  switch (input.kind) {
    case 'start':
      return 'Before the customer wrote';
    case 'follow':
      return 'The customer added the account as a friend';
    case 'timeout':
      return 'The question timed out';
    case 'postback': {
      const data = new URLSearchParams(input.data ?? '');
      const choice = data.get('choice');
      return `The customer tapped ${input.text ? `“${input.text}”` : choice ? `“${choiceLabel(data.get('node'), choice)}”` : `a button (${input.data ?? ''})`}`;
    }
    default:
      return `The customer wrote “${input.text ?? ''}”`;
  }
}
