import { useState } from 'react';
import { api, ApiError } from '../api/api-client';
import type { Notice } from './channel-card';

const empty = { name: '', channelSecret: '', channelAccessToken: '' };

/** Paste the secret and token of a channel from the LINE Developers console; LineFlow does the rest. */
export function ConnectChannelForm({ onConnected }: { onConnected: (notice: Notice) => void }) {
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
          const account = channel.bot ? ` (LINE account “${channel.bot.displayName}”)` : '';
          onConnected({ kind: channel.webhookOk ? 'ok' : 'error', text: `Connected “${channel.name}”${account}. ${channel.webhookSummary}` });
        },
        (e: unknown) => setProblem(e instanceof ApiError ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  };
  const field = (key: keyof typeof empty, label: string, secret = false) => (
    <label>
      {label}
      <input
        type={secret ? 'password' : 'text'}
        autoComplete={secret ? 'new-password' : 'off'}
        value={form[key]}
        onChange={(e) => setForm({ ...form, [key]: e.target.value })}
      />
    </label>
  );

  return (
    <form
      className="channel-connect"
      aria-label="Connect a LINE channel"
      onSubmit={(e) => {
        e.preventDefault();
        connect();
      }}
    >
      <h3>Connect a LINE channel</h3>
      <p className="muted">
        In the LINE Developers console, open the channel: copy the <strong>Channel secret</strong> (Basic settings tab) and issue a long-lived{' '}
        <strong>Channel access token</strong> (Messaging API tab).
      </p>
      {field('name', 'Name in LineFlow')}
      {field('channelSecret', 'Channel secret', true)}
      {field('channelAccessToken', 'Channel access token', true)}
      {problem ? (
        <p className="field-problems" role="alert">
          {problem}
        </p>
      ) : null}
      <button type="submit" className="primary" disabled={busy || !form.name.trim() || !form.channelSecret.trim() || !form.channelAccessToken.trim()}>
        {busy ? 'Checking with LINE…' : 'Connect'}
      </button>
    </form>
  );
}
