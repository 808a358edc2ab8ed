import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';
import type { Notice } from './channel-card';

const empty = { name: '', channelSecret: '', channelAccessToken: '' };

/** Paste the secret and token of a channel from the LINE Developers console; LineFlow does the rest. */
export function ConnectChannelForm({ onConnected }: { onConnected: (notice: Notice) => void }) {
  const { t } = useTranslation('channels');
  const [form, setForm] = useState(empty);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const connect = () => {
    setBusy(true);
    setProblem(null);
    api('connectChannel', { body: { name: form.name.trim(), channelSecret: form.channelSecret.trim(), channelAccessToken: form.channelAccessToken.trim() } })
      .then(
        (channel) => {
          setForm(empty);
          const summary = channel.webhookSummary;
          const text = channel.bot
            ? t('connectedAccount', { name: channel.name, account: channel.bot.displayName, summary })
            : t('connected', { name: channel.name, summary });
          onConnected({ kind: channel.webhookOk ? 'ok' : 'error', text });
        },
        (e: unknown) => setProblem(e instanceof ApiError ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  };
  const field = (key: keyof typeof empty, label: string, secret = false) => (
    <label key={key}>
      {label}
      <input
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : 'off'}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  const fields = [
    field('name', t('nameInLineFlow')),
    field('channelSecret', t('channelSecret'), true),
    field('channelAccessToken', t('channelAccessToken'), true),
  ];

  return (
    <form
      className="channel-connect"
      aria-label={t('connectTitle')}
      onSubmit={(e) => {
        e.preventDefault();
        connect();
      }}
    >
      <h3>{t('connectTitle')}</h3>
      <p className="muted">
        <Trans t={t} i18nKey="connectHelp" components={{ b: <strong /> }} />
      </p>
      {fields}
      {problem ? (
        <p className="field-problems" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !form.name.trim() || !form.channelSecret.trim() || !form.channelAccessToken.trim()}>
        {busy ? t('checkingLine') : t('connect')}
      </button>
    </form>
  );
}
