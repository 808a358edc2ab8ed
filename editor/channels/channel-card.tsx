import { CircleAlert, CircleCheck } from 'lucide-react';
import { useState } from 'react';
import { api, ApiError } from '../api/api-client';
import type { ChannelItem } from '../../shared/api/channels-api';
import { EditChannelForm } from './edit-channel-form';
import { QuotaMeter } from './quota-meter';
import { useConfirm } from '../ui/use-confirm';

export type Notice = { kind: 'ok' | 'error'; text: string };

const sourceLabels: Record<ChannelItem['source'], string> = {
  environment: 'from environment',
  settings: 'from settings',
  stored: 'connected here',
};

/** One LINE Official Account: who it is at LINE, where LINE sends its webhooks and whether that works, its quota. */
export function ChannelCard({ channel, quotaVersion, onChanged }: { channel: ChannelItem; quotaVersion: number; onChanged: (notice: Notice) => void }) {
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
    const message = `Its contacts and conversations stay in LineFlow. LineFlow stops answering its webhooks (404) and sending with its token; change its webhook URL in the LINE Developers console too.`;
    if (!(await askConfirm({ title: `Remove the channel “${channel.name}”?`, message, confirmLabel: 'Remove channel', danger: true }))) return;
    api('deleteChannel', { params: { id: channel.id } }).then(() => onChanged({ kind: 'ok', text: `Channel “${channel.name}” removed` }), fail);
  };
  const copy = () => {
    if (!channel.webhookUrl) return;
    void navigator.clipboard?.writeText(channel.webhookUrl).then(() => setCopied(true));
  };
  const initial = (channel.bot?.displayName ?? channel.name).slice(0, 1).toUpperCase();
  // When LINE last tested the URL PUBLIC_URL makes now (an older URL's test says nothing of it).
  const tested = channel.webhookUrl && channel.webhook?.url === channel.webhookUrl ? channel.webhook.test?.at : undefined;

  return (
    <section className="channel-card" aria-label={`Channel ${channel.name}`} data-channel={channel.id}>
      <header>
        {channel.bot?.pictureUrl ? (
          <img className="channel-picture" src={channel.bot.pictureUrl} alt={`${channel.bot.displayName}'s picture`} />
        ) : (
          <span className="channel-picture" aria-hidden="true">
            {initial}
          </span>
        )}
        <div>
          <h3>
            {channel.name} <span className="pill">{sourceLabels[channel.source]}</span>
          </h3>
          <p className="muted">
            {channel.bot ? (
              <>
                LINE account <strong>{channel.bot.displayName}</strong> {channel.bot.basicId ? <span className="basic-id">{channel.bot.basicId}</span> : null}
              </>
            ) : (
              'LINE account not checked yet'
            )}{' '}
            · id <code>{channel.id}</code>
          </p>
        </div>
      </header>
      <div className="webhook-url">
        <span>Webhook URL</span>
        {channel.webhookUrl ? <code>{channel.webhookUrl}</code> : <span className="muted">none until PUBLIC_URL is set</span>}
        <button type="button" onClick={copy} disabled={!channel.webhookUrl} aria-label={`Copy the webhook URL of ${channel.name}`}>
          {copied ? 'Copied' : 'Copy'}
        </button>
      </div>
      <p className={channel.webhookOk ? 'webhook-result ok' : 'webhook-result problem'} data-testid="webhook-result">
        {channel.webhookOk ? <CircleCheck className="icon" aria-hidden="true" /> : <CircleAlert className="icon" aria-hidden="true" />} {channel.webhookSummary}
        {tested ? <span className="muted"> (tested {new Date(tested).toLocaleString()})</span> : null}
      </p>
      <div className="row-actions">
        <button type="button" onClick={testWebhook} disabled={busy || Boolean(channel.problem) || !channel.webhookUrl}>
          {busy ? 'Asking LINE…' : 'Set and test webhook'}
        </button>
        {channel.source === 'stored' ? (
          <>
            <button type="button" onClick={() => setEditing(!editing)} aria-expanded={editing}>
              Rename or replace credentials
            </button>
            <button type="button" className="danger" onClick={() => void remove()}>
              Remove
            </button>
          </>
        ) : (
          <span className="muted">
            {channel.source === 'environment'
              ? 'Set by LINE_CHANNEL_SECRET and LINE_CHANNEL_ACCESS_TOKEN: change them where LineFlow is started.'
              : 'Set under People and channel → LINE channel.'}
          </span>
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
