import { Fragment, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatTime } from '../i18n/format';
import { ApiError } from '../api/api-client';
import { subscriptionsApi, type EventDeliveryItem } from './subscriptions-api';

/** Shown where there is no value: a dash reads the same in every language. */
const noValue = '—';

const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));
const payloadStyle = { margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

/** A subscription's deliveries, newest first, with each attempt and a resend. */
export function DeliveryLog({ subscriptionId, onChange }: { subscriptionId: string; onChange: () => void }) {
  const { t } = useTranslation('admin');
  const [deliveries, setDeliveries] = useState<EventDeliveryItem[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    subscriptionsApi.deliveries(subscriptionId).then(setDeliveries, (e: unknown) => setError(errorText(e)));
  }, [subscriptionId]);
  useEffect(refresh, [refresh]);

  const resend = (delivery: EventDeliveryItem) => {
    setBusy(delivery.id);
    setError(null);
    subscriptionsApi
      .resend(delivery.id)
      .then(
        (d) => (d.status === 'delivered' ? undefined : setError(t('delivery.failedAgain', { error: d.lastError ?? d.status }))),
        (e: unknown) => setError(errorText(e)),
      )
      .finally(() => {
        setBusy(null);
        refresh();
        onChange();
      });
  };

  if (deliveries === null) return <p className="muted">{error ?? t('loading')}</p>;
  return (
    <div aria-label={t('delivery.label')}>
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="button" onClick={refresh}>
        {t('refresh')}
      </button>
      {deliveries.length === 0 ? (
        <div className="empty">{t('delivery.empty')}</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>{t('delivery.col.when')}</th>
              <th>{t('delivery.col.event')}</th>
              <th>{t('delivery.col.status')}</th>
              <th>{t('delivery.col.attempts')}</th>
              <th>{t('delivery.col.answer')}</th>
              <th>{t('delivery.col.lastError')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <Fragment key={d.id}>
                <tr>
                  <td title={d.createdAt}>{formatDateTime(d.createdAt)}</td>
                  <td>{d.type}</td>
                  <td>
                    {d.status}
                    {d.status === 'pending' && d.nextAttemptAt ? (
                      <div className="muted">{t('delivery.next', { time: formatTime(d.nextAttemptAt) })}</div>
                    ) : null}
                  </td>
                  <td>{d.attempts}</td>
                  <td>{d.lastStatus ?? noValue}</td>
                  <td>{d.lastError ?? ''}</td>
                  <td>
                    <button type="button" className="link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                      {open === d.id ? t('delivery.hide') : t('delivery.details')}
                    </button>{' '}
                    <button type="button" disabled={busy !== null} onClick={() => resend(d)}>
                      {busy === d.id ? t('delivery.sending') : t('delivery.resend')}
                    </button>
                  </td>
                </tr>
                {open === d.id ? (
                  <tr>
                    <td colSpan={7}>
                      <ol>
                        {d.tries.map((attempt) => (
                          <li key={attempt.attempt}>
                            {t('delivery.try', { when: formatDateTime(attempt.startedAt), outcome: attempt.outcome })}
                            {attempt.responseStatus ? ` (${attempt.responseStatus})` : ''}
                            {attempt.durationMs !== undefined ? ` ${t('delivery.tryDuration', { ms: attempt.durationMs })}` : ''}
                            {attempt.error ? ` — ${attempt.error}` : ''}
                          </li>
                        ))}
                      </ol>
                      <pre style={payloadStyle}>{JSON.stringify(d.payload, null, 2)}</pre>
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
