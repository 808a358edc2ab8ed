import { Fragment, useCallback, useEffect, useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import { DeliveryLog } from './delivery-log';
import { subscriptionsApi, type EventDeliveryItem, type EventSubscriptionItem, type SubscribableEventType } from './subscriptions-api';
import { useConfirm } from '../ui/use-confirm';

type Message = { kind: 'ok' | 'error'; text: string } | null;

/** A URL, the same in every language. */
const urlExample = 'https://example.com/lineflow-events';
const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/**
 * Event subscriptions ("data out"): URLs that receive LineFlow's events as signed JSON POSTs. The
 * signing secret is shown once, when a subscription is added; each subscription's delivery log
 * shows every attempt, and a delivery can be sent again.
 */
export function SubscriptionsPanel() {
  const { t } = useTranslation('admin');
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
    setForm({ ...form, events: form.events.includes(type) ? form.events.filter((other) => other !== type) : [...form.events, type] });

  const create = () => {
    setSecret(null);
    act(
      subscriptionsApi
        .create({ url: form.url.trim(), events: form.events, ...(form.description.trim() ? { description: form.description.trim() } : {}) })
        .then((created) => {
          setSecret({ url: created.url, value: created.secret });
          setForm({ url: '', description: '', events: [] });
        }),
      t('subs.added'),
    );
  };

  return (
    <section aria-labelledby="subscriptions-title">
      <h2 id="subscriptions-title">{t('subs.title')}</h2>
      <p className="muted">
        <Trans t={t} i18nKey="subs.intro" components={{ c: <code /> }} />
      </p>
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
      {secret ? (
        <div className="notice ok" role="status" aria-label={t('subs.secretLabel')}>
          {t('subs.secretFor', { url: secret.url })} <code data-testid="subscription-secret">{secret.value}</code>{' '}
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(secret.value).then(() => setMessage({ kind: 'ok', text: t('subs.copied') }))}
          >
            {t('subs.copy')}
          </button>{' '}
          <button type="button" className="link" onClick={() => setSecret(null)}>
            {t('subs.done')}
          </button>
        </div>
      ) : null}
      {subscriptions === null ? (
        <p className="muted">{t('loading')}</p>
      ) : subscriptions.length === 0 ? (
        <div className="empty">{t('subs.empty')}</div>
      ) : (
        <table className="workflow-table">
          <thead>
            <tr>
              <th>{t('subs.col.url')}</th>
              <th>{t('subs.col.events')}</th>
              <th>{t('subs.col.active')}</th>
              <th>{t('subs.col.waiting')}</th>
              <th>{t('subs.col.failed')}</th>
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
                      aria-label={t(s.active ? 'subs.turnOff' : 'subs.turnOn', { url: s.url })}
                      disabled={busy}
                      onClick={() => act(subscriptionsApi.update(s.id, { active: !s.active }), t(s.active ? 'subs.nowOff' : 'subs.nowOn', { url: s.url }))}
                    >
                      {s.active ? t('subs.on') : t('subs.off')}
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
                            ? { kind: 'ok', text: t('subs.pingDelivered', { status: ping.lastStatus }) }
                            : { kind: 'error', text: t('subs.pingFailed', { error: ping.lastError ?? ping.status }) };
                        })
                      }
                    >
                      {t('subs.test')}
                    </button>{' '}
                    <button type="button" className="link" aria-expanded={open === s.id} onClick={() => setOpen(open === s.id ? null : s.id)}>
                      {open === s.id ? t('subs.hideDeliveries') : t('subs.deliveries')}
                    </button>{' '}
                    <button
                      type="button"
                      className="danger"
                      disabled={busy}
                      onClick={() =>
                        void askConfirm({
                          title: t('subs.deleteTitle'),
                          message: t('subs.deleteMessage', { url: s.url }),
                          confirmLabel: t('subs.delete'),
                          danger: true,
                        }).then((yes) => yes && act(subscriptionsApi.remove(s.id), t('subs.deleted', { url: s.url })))
                      }
                    >
                      {t('subs.delete')}
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
        <h3>{t('subs.addTitle')}</h3>
        <input aria-label={t('subs.urlLabel')} placeholder={urlExample} value={form.url} onChange={(e) => setForm({ ...form, url: e.target.value })} />
        <input
          aria-label={t('subs.descriptionLabel')}
          placeholder={t('subs.descriptionPlaceholder')}
          value={form.description}
          onChange={(e) => setForm({ ...form, description: e.target.value })}
        />
        <fieldset style={{ width: '100%', border: 'none', padding: 0, display: 'flex', flexWrap: 'wrap', gap: 12 }}>
          <legend className="muted">{t('subs.events')}</legend>
          {eventTypes.map((type) => (
            <label key={type}>
              <input type="checkbox" checked={form.events.includes(type)} onChange={() => toggleEvent(type)} /> {type}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="primary" disabled={busy}>
          {t('subs.add')}
        </button>
      </form>
    </section>
  );
}
