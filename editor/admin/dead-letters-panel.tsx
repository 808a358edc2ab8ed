import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { ApiError } from '../api/api-client';
import { deadLettersApi, type DeadLetterItem, type DeadLetterStatus } from './dead-letters-api';
import { useConfirm } from '../ui/use-confirm';

const payloadStyle = { margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

/**
 * Events that failed every attempt: an admin fixes the cause (a workflow, a setting) and retries
 * them, or discards the ones that should never be handled.
 */
export function DeadLettersPanel() {
  const { t } = useTranslation('admin');
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
    const message = t('dead.discardMessage', { kind: letter.kind, contact: letter.contactId });
    if (action === 'discard' && !(await askConfirm({ title: t('dead.discardTitle'), message, confirmLabel: t('dead.discard'), danger: true }))) return;
    setBusy(letter.id);
    deadLettersApi[action](letter.id)
      .then(
        () =>
          setMessage({
            kind: 'ok',
            text: action === 'retry' ? t('dead.retried', { kind: letter.kind, contact: letter.contactId }) : t('dead.discarded', { kind: letter.kind }),
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
      <h2 id="dead-letters-title">{t('dead.title')}</h2>
      <p className="muted">
        {t('dead.intro')}{' '}
        <label>
          {t('dead.show')}{' '}
          <select aria-label={t('dead.showLabel')} value={status} onChange={(e) => show(e.target.value as DeadLetterStatus)}>
            <option value="waiting">{t('dead.status.waiting')}</option>
            <option value="retried">{t('dead.status.retried')}</option>
            <option value="discarded">{t('dead.status.discarded')}</option>
          </select>
        </label>{' '}
        <button type="button" onClick={refresh}>
          {t('dead.refresh')}
        </button>
      </p>
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {letters === null ? (
        <p className="muted">{t('loading')}</p>
      ) : letters.length === 0 ? (
        <div className="empty">{t(`dead.empty.${status}`)}</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>{t('dead.col.when')}</th>
              <th>{t('dead.col.contact')}</th>
              <th>{t('dead.col.kind')}</th>
              <th>{t('dead.col.error')}</th>
              <th>{t('dead.col.attempts')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {letters.map((letter) => (
              <Fragment key={letter.id}>
                <tr>
                  <td title={letter.createdAt}>{formatDateTime(letter.createdAt)}</td>
                  <td>{letter.contactId}</td>
                  <td>{letter.kind}</td>
                  <td>{letter.error}</td>
                  <td>{letter.attempts}</td>
                  <td>
                    <button type="button" className="link" aria-expanded={open === letter.id} onClick={() => setOpen(open === letter.id ? null : letter.id)}>
                      {open === letter.id ? t('dead.hidePayload') : t('dead.payload')}
                    </button>{' '}
                    {letter.status === 'waiting' ? (
                      <>
                        <button type="button" disabled={busy !== null} onClick={() => void act(letter, 'retry')}>
                          {t('dead.retry')}
                        </button>{' '}
                        <button type="button" className="danger" disabled={busy !== null} onClick={() => void act(letter, 'discard')}>
                          {t('dead.discard')}
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
