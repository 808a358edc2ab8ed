import { Fragment, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import { deadLettersApi, type DeadLetterItem, type DeadLetterStatus } from './dead-letters-api';
import { useConfirm } from '../ui/use-confirm';

const emptyText: Record<DeadLetterStatus, string> = {
  waiting: 'No dead letters: every event was handled.',
  retried: 'No dead letter was retried.',
  discarded: 'No dead letter was discarded.',
};

const payloadStyle = { margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

/**
 * Events that failed every attempt: an admin fixes the cause (a workflow, a setting) and retries
 * them, or discards the ones that should never be handled.
 */
export function DeadLettersPanel() {
  const askConfirm = useConfirm();
  const [status, setStatus] = useState<DeadLetterStatus>('waiting');
  const [letters, setLetters] = useState<DeadLetterItem[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const showError = (e: unknown) => setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });

  const refresh = useCallback(() => {
    deadLettersApi.list(status).then(setLetters, showError);
  }, [status]);
  useEffect(refresh, [refresh]);

  const show = (next: DeadLetterStatus) => {
    setLetters(null);
    setStatus(next);
  };

  const act = async (letter: DeadLetterItem, action: 'retry' | 'discard') => {
    const message = `The ${letter.kind} event of ${letter.contactId} will never be handled.`;
    if (action === 'discard' && !(await askConfirm({ title: 'Discard this event?', message, confirmLabel: 'Discard', danger: true }))) return;
    setBusy(letter.id);
    deadLettersApi[action](letter.id)
      .then(
        () =>
          setMessage({
            kind: 'ok',
            text: action === 'retry' ? `The ${letter.kind} event is back in ${letter.contactId}'s queue` : `The ${letter.kind} event was discarded`,
          }),
        showError,
      )
      .finally(() => {
        setBusy(null);
        refresh();
      });
  };

  return (
    <section aria-labelledby="dead-letters-title">
      <h2 id="dead-letters-title">Dead letters</h2>
      <p className="muted">
        Events that failed every attempt are set aside here so that the customer's next messages go on. Fix the cause, then retry them, or discard them.{' '}
        <label>
          Show{' '}
          <select aria-label="Dead letters to show" value={status} onChange={(e) => show(e.target.value as DeadLetterStatus)}>
            <option value="waiting">waiting</option>
            <option value="retried">retried</option>
            <option value="discarded">discarded</option>
          </select>
        </label>{' '}
        <button type="button" onClick={refresh}>
          Refresh
        </button>
      </p>
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {letters === null ? (
        <p className="muted">Loading…</p>
      ) : letters.length === 0 ? (
        <div className="empty">{emptyText[status]}</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>When</th>
              <th>Contact</th>
              <th>Event kind</th>
              <th>Error</th>
              <th>Attempts</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <Fragment key={letter.id}>
                <tr>
                  <td title={letter.createdAt}>{new Date(letter.createdAt).toLocaleString()}</td>
                  <td>{letter.contactId}</td>
                  <td>{letter.kind}</td>
                  <td>{letter.error}</td>
                  <td>{letter.attempts}</td>
                  <td>
                    <button type="button" className="link" aria-expanded={open === letter.id} onClick={() => setOpen(open === letter.id ? null : letter.id)}>
                      {open === letter.id ? 'Hide payload' : 'Payload'}
                    </button>{' '}
                    {letter.status === 'waiting' ? (
                      <>
                        <button type="button" disabled={busy !== null} onClick={() => void act(letter, 'retry')}>
                          Retry
                        </button>{' '}
                        <button type="button" className="danger" disabled={busy !== null} onClick={() => void act(letter, 'discard')}>
                          Discard
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
                {open === letter.id ? (
                  <tr>
                    <td colSpan={6}>
                      <pre style={payloadStyle}>{JSON.stringify(letter.raw, null, 2)}</pre>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
