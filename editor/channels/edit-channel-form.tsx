import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import type { ChannelItem } from '../../shared/api/channels-api';
import type { Notice } from './channel-card';

/** Rename a channel, or replace its secret or token: new credentials are checked with LINE and the webhook tested again. */
export function EditChannelForm({ channel, onDone }: { channel: ChannelItem; onDone: (notice: Notice) => void }) {
  const { t } = useTranslation('channels');
  const [form, setForm] = useState({ name: channel.name, channelSecret: '', channelAccessToken: '' });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const save = () => {
    const body = {
      ...(form.name.trim() !== channel.name ? { name: form.name.trim() } : {}),
      ...(form.channelSecret.trim() ? { channelSecret: form.channelSecret.trim() } : {}),
      ...(form.channelAccessToken.trim() ? { channelAccessToken: form.channelAccessToken.trim() } : {}),
    };
    setBusy(true);
    setProblem(null);
    api('updateChannel', { params: { id: channel.id }, body })
      .then(
        (saved) => {
          const credentials = body.channelSecret !== undefined || body.channelAccessToken !== undefined;
          onDone({
            kind: saved.webhookOk || !credentials ? 'ok' : 'error',
            text: credentials ? t('savedWithSummary', { name: saved.name, summary: saved.webhookSummary }) : t('saved', { name: saved.name }),
          });
        },
        (e: unknown) => setProblem(e instanceof ApiError ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form
      className="channel-connect"
      aria-label={t('changeLabel', { name: channel.name })}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        {t('nameInLineFlow')}
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label>
        {t('newSecret')}
        <input type="password" autoComplete="new-password" value={form.channelSecret} onChange={(e) => setForm({ ...form, channelSecret: e.target.value })} />
      </label>
      <label>
        {t('newToken')}
        <input
          type="password"
          autoComplete="new-password"
          value={form.channelAccessToken}
          onChange={(e) => setForm({ ...form, channelAccessToken: e.target.value })}
        />
      </label>
      {problem ? (
        <p className="field-problems" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy}>
        {busy ? t('checkingLine') : t('save')}
      </button>
    </form>
  );
}
