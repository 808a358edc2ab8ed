import { Fragment, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import { subscriptionsApi, type EventDeliveryItem } from './subscriptions-api';

const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));
const payloadStyle = { margin: 0, maxHeight: 320, overflow: 'auto', whiteSpace: 'pre-wrap', wordBreak: 'break-all', fontSize: 12 } as const;

/** A subscription's deliveries, newest first, with each attempt and a resend. */
export function DeliveryLog({ subscriptionId, onChange }: { subscriptionId: string; onChange: () => void }) {
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
        (d) => (d.status === 'delivered' ? undefined : setError(`Resent; it failed again: ${d.lastError ?? d.status}`)),
        (e: unknown) => setError(errorText(e)),
      )
      .finally(() => {
        setBusy(null);
        refresh();
        onChange();
      });
  };

  if (deliveries === null) return <p className="muted">{error ?? 'Loading…'}</p>;
  return (
    <div aria-label="Delivery log">
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      <button type="button" onClick={refresh}>
        Refresh
      </button>
      {deliveries.length === 0 ? (
        <div className="empty">Nothing delivered yet.</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>When</th>
              <th>Event</th>
              <th>Status</th>
              <th>Attempts</th>
              <th>Answer</th>
              <th>Last error</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {deliveries.map((d) => (
              <Fragment key={d.id}>
                <tr>
                  <td title={d.createdAt}>{new Date(d.createdAt).toLocaleString()}</td>
                  <td>{d.type}</td>
                  <td>
                    {d.status}
                    {d.status === 'pending' && d.nextAttemptAt ? <div className="muted">next {new Date(d.nextAttemptAt).toLocaleTimeString()}</div> : null}
                  </td>
                  <td>{d.attempts}</td>
                  <td>{d.lastStatus ?? '—'}</td>
                  <td>{d.lastError ?? ''}</td>
                  <td>
                    <button type="button" className="link" aria-expanded={open === d.id} onClick={() => setOpen(open === d.id ? null : d.id)}>
                      {open === d.id ? 'Hide' : 'Details'}
                    </button>{' '}
                    <button type="button" disabled={busy !== null} onClick={() => resend(d)}>
                      {busy === d.id ? 'Sending…' : 'Resend'}
                    </button>
                  </td>
                </tr>
                {open === d.id ? (
                  <tr>
                    <td colSpan={7}>
                      <ol>
                        {d.tries.map((t) => (
                          <li key={t.attempt}>
                            {new Date(t.startedAt).toLocaleString()}: {t.outcome}
                            {t.responseStatus ? ` (${t.responseStatus})` : ''}
                            {t.durationMs !== undefined ? ` in ${t.durationMs} ms` : ''}
                            {t.error ? ` — ${t.error}` : ''}
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
