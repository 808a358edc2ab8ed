import { CircleAlert, CircleCheck } from 'lucide-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
import { api, ApiError } from '../api/api-client';
import type { ChannelItem } from '../../shared/api/channels-api';
import { EditChannelForm } from './edit-channel-form';
import { QuotaMeter } from './quota-meter';
import { useConfirm } from '../ui/use-confirm';

export type Notice = { kind: 'ok' | 'error'; text: string };

/** One LINE Official Account: who it is at LINE, where LINE sends its webhooks and whether that works, its quota. */
export function ChannelCard({ channel, quotaVersion, onChanged }: { channel: ChannelItem; quotaVersion: number; onChanged: (notice: Notice) => void }) {
  const { t } = useTranslation('channels');
  const askConfirm = useConfirm();
  const [busy, setBusy] = useState(false);
  const [editing, setEditing] = useState(false);
  const [copied, setCopied] = useState(false);
  const fail = (e: unknown) => onChanged({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });
  const testWebhook = () => {
    setBusy(true);
    api('testChannelWebhook', { params: { id: channel.id } })
      .then((tested) => onChanged({ kind: tested.webhookOk ? 'ok' : 'error', text: `${tested.name}: ${tested.webhookSummary}` }), fail)
      .finally(() => setBusy(false));
  };
  const remove = async () => {
    const message = t('removeMessage');
    if (!(await askConfirm({ title: t('removeTitle', { name: channel.name }), message, confirmLabel: t('removeChannel'), danger: true }))) return;
    api('deleteChannel', { params: { id: channel.id } }).then(() => onChanged({ kind: 'ok', text: t('removed', { name: channel.name }) }), fail);
  };
  const copy = () => {
    if (!channel.webhookUrl) return;
    void navigator.clipboard?.writeText(channel.webhookUrl).then(() => setCopied(true));
  };
  const initial = (channel.bot?.displayName ?? channel.name).slice(0, 1).toUpperCase();
  // When LINE last tested the URL PUBLIC_URL makes now (an older URL's test says nothing of it).
  const tested = channel.webhookUrl && channel.webhook?.url === channel.webhookUrl ? channel.webhook.test?.at : undefined;

  return (
    <section className="channel-card" aria-label={t('cardLabel', { name: channel.name })} data-channel={channel.id}>
      <header>
        {channel.bot?.pictureUrl ? (
          <img className="channel-picture" src={channel.bot.pictureUrl} alt={t('pictureAlt', { name: channel.bot.displayName })} />
        ) : (
          <span className="channel-picture" aria-hidden="true">
            {initial}
          </span>
        )}
        <div>
          <h3>
            {channel.name} <span className="pill">{t(`source.${channel.source}`)}</span>
          </h3>
          <p className="muted">
            {channel.bot ? (
              <>
                {t('lineAccount')} <strong>{channel.bot.displayName}</strong>{' '}
                {channel.bot.basicId ? <span className="basic-id">{channel.bot.basicId}</span> : null}
              </>
            ) : (
              t('notChecked')
            )}{' '}
            {t('idLabel')} <code>{channel.id}</code>
          </p>
        </div>
      </header>
      <div className="webhook-url">
        <span>{t('webhookUrl')}</span>
        {channel.webhookUrl ? <code>{channel.webhookUrl}</code> : <span className="muted">{t('noWebhookUrl')}</span>}
        <button type="button" onClick={copy} disabled={!channel.webhookUrl} aria-label={t('copyLabel', { name: channel.name })}>
          {copied ? t('copied') : t('copy')}
        </button>
      </div>
      <p className={channel.webhookOk ? 'webhook-result ok' : 'webhook-result problem'} data-testid="webhook-result">
        {channel.webhookOk ? <CircleCheck className="icon" aria-hidden="true" /> : <CircleAlert className="icon" aria-hidden="true" />} {channel.webhookSummary}
        {tested ? <span className="muted"> {t('tested', { when: formatDateTime(tested) })}</span> : null}
      </p>
      <div className="row-actions">
        <button type="button" onClick={testWebhook} disabled={busy || Boolean(channel.problem) || !channel.webhookUrl}>
          {busy ? t('askingLine') : t('setAndTest')}
        </button>
        {channel.source === 'stored' ? (
          <>
            <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
              {t('renameOrReplace')}
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              {t('remove')}
            </button>
          </>
        ) : (
          <span className="muted">{channel.source === 'environment' ? t('setByEnv') : t('setBySettings')}</span>
        )}
      </div>
      {editing ? (
        <EditChannelForm
          channel={channel}
          onDone={(notice) => {
            setEditing(false);
            onChanged(notice);
          }}
        />
      ) : null}
      <QuotaMeter channelId={channel.id} version={quotaVersion} />
    </section>
  );
}
