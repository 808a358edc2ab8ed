import { Fragment, useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import { DeliveryLog } from './delivery-log';
import { subscriptionsApi, type EventDeliveryItem, type EventSubscriptionItem, type SubscribableEventType } from './subscriptions-api';
import { useConfirm } from '../ui/use-confirm';

type Message = { kind: 'ok' | 'error'; text: string } | null;

const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/**
 * Event subscriptions ("data out"): URLs that receive LineFlow's events as signed JSON POSTs. The
 * signing secret is shown once, when a subscription is added; each subscription's delivery log
 * shows every attempt, and a delivery can be sent again.
 */
export function SubscriptionsPanel() {
  const askConfirm = useConfirm();
  const [subscriptions, setSubscriptions] = useState<EventSubscriptionItem[] | null>(null);
  const [eventTypes, setEventTypes] = useState<SubscribableEventType[]>([]);
  const [form, setForm] = useState<{ url: string; description: string; events: SubscribableEventType[] }>({ url: '', description: '', events: [] });
  const [secret, setSecret] = useState<{ url: string; value: string } | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<Message>(null);

  const refresh = useCallback(() => {
    subscriptionsApi.list().then(
      (r) => {
        setSubscriptions(r.subscriptions);
        setEventTypes(r.eventTypes);
      },
      (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }),
    );
  }, []);
  useEffect(refresh, [refresh]);

  const act = (work: Promise<unknown>, ok: string | ((result: unknown) => NonNullable<Message>)) => {
    setBusy(true);
    work
      .then(
        (result) => setMessage(typeof ok === 'string' ? { kind: 'ok', text: ok } : ok(result)),
        (e: unknown) => setMessage({ kind: 'error', text: errorText(e) }),
      )
      .finally(() => {
        setBusy(false);
        refresh();
      });
  };

  const toggleEvent = (type: SubscribableEventType) =>
    setForm({ ...form, events: form.events.includes(type) ? form.events.filter((t) => t !== type) : [...form.events, type] });

  const create = () => {
    setSecret(null);
    act(
      subscriptionsApi
        .create({ url: form.url.trim(), events: form.events, ...(form.description.trim() ? { description: form.description.trim() } : {}) })
        .then((created) => {
          setSecret({ url: created.url, value: created.secret });
          setForm({ url: '', description: '', events: [] });
        }),
      'Subscription added: copy its secret now',
    );
  };

  return (
    <section aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">Event subscriptions</h2>
      <p className="muted">
        LineFlow POSTs each event (JSON <code>{'{id, type, at, data}'}</code>) to the URLs below, signed: <code>X-LineFlow-Signature: sha256=</code>HMAC-SHA256
        of <code>&lt;X-LineFlow-Timestamp&gt;.&lt;body&gt;</code> under the subscription&apos;s secret. Failed deliveries are retried with backoff for about 10
        hours.
      </p>
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {secret ? (
        <div className="notice ok" role="status" aria-label="New subscription's secret">
          Secret for {secret.url} (shown only now): <code data-testid="subscription-secret">{secret.value}</code>{' '}
          <button type="button" onClick={() => void navigator.clipboard?.writeText(secret.value).then(() => setMessage({ kind: 'ok', text: 'Secret copied' }))}>
            Copy
          </button>{' '}
          <button type="button" className="link" onClick={() => setSecret(null)}>
            Done
          </button>
        </div>
      ) : null}
      {subscriptions === null ? (
        <p className="muted">Loading…</p>
      ) : subscriptions.length === 0 ? (
        <div className="empty">No subscriptions: no event leaves LineFlow.</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>URL</th>
              <th>Events</th>
              <th>Active</th>
              <th>Waiting</th>
              <th>Failed</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {subscriptions.map((s) => (
              <Fragment key={s.id}>
                <tr>
                  <td>
                    {s.url}
                    {s.description ? <div className="muted">{s.description}</div> : null}
                  </td>
                  <td>{s.events.join(', ')}</td>
                  <td>
                    <button
                      type="button"
                      aria-label={`${s.active ? 'Turn off' : 'Turn on'} ${s.url}`}
                      disabled={busy}
                      onClick={() => act(subscriptionsApi.update(s.id, { active: !s.active }), `${s.url} is now ${s.active ? 'off' : 'on'}`)}
                    >
                      {s.active ? '● on' : '○ off'}
                    </button>
                  </td>
                  <td>{s.pending}</td>
                  <td>{s.failed}</td>
                  <td>
                    <button
                      type="button"
                      disabled={busy}
                      onClick={() =>
                        act(subscriptionsApi.test(s.id), (d) => {
                          const ping = d as EventDeliveryItem;
                          return ping.status === 'delivered'
                            ? { kind: 'ok', text: `Ping delivered (${ping.lastStatus})` }
                            : { kind: 'error', text: `Ping failed: ${ping.lastError ?? ping.status}` };
                        })
                      }
                    >
                      Test
                    </button>{' '}
                    <button type="button" className="link" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                      {open === s.id ? 'Hide deliveries' : 'Deliveries'}
                    </button>{' '}
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() =>
                        void askConfirm({
                          title: 'Delete this subscription?',
                          message: `${s.url} stops receiving events, and its delivery log is deleted.`,
                          confirmLabel: 'Delete',
                          danger: true,
                        }).then((yes) => yes && act(subscriptionsApi.remove(s.id), `${s.url} no longer receives events`))
                      }
                    >
                      Delete
                    </button>
                  </td>
                </tr>
                {open === s.id ? (
                  <tr>
                    <td colSpan={6}>
                      <DeliveryLog subscriptionId={s.id} onChange={refresh} />
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="admin-form"
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <h3>Add a subscription</h3>
        <input
          aria-label="Subscription URL"
          placeholder="https://example.com/lineflow-events"
          value={form.url}
          onChange={(e) => setForm({ ...form, url: e.target.value })}
        />
        <input
          aria-label="Subscription description"
          placeholder="what it is for (optional)"
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
        <fieldset style={{ width: '100%', border: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          <legend className="muted">Events</legend>
          {eventTypes.map((type) => (
            <label key={type}>
              <input type="checkbox" checked={form.events.includes(type)} onChange={() => toggleEvent(type)} /> {type}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          Add subscription
        </button>
      </form>
    </section>
  );
}
