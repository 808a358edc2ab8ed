import { useState } from 'react';
import { api, ApiError } from '../api/api-client';
import type { ChannelItem } from '../../shared/api/channels-api';
import type { Notice } from './channel-card';

/** Rename a channel, or replace its secret or token: new credentials are checked with LINE and the webhook tested again. */
export function EditChannelForm({ channel, onDone }: { channel: ChannelItem; onDone: (notice: Notice) => void }) {
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
          onDone({ kind: saved.webhookOk || !credentials ? 'ok' : 'error', text: `“${saved.name}” saved.${credentials ? ` ${saved.webhookSummary}` : ''}` });
        },
        (e: unknown) => setProblem(e instanceof ApiError ? e.message : String(e)),
      )
      .finally(() => setBusy(false));
  };
  return (
    <form
      className="channel-connect"
      aria-label={`Change channel ${channel.name}`}
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        Name in LineFlow
        <input value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
      </label>
      <label>
        New channel secret (leave empty to keep)
        <input type="password" autoComplete="new-password" value={form.channelSecret} onChange={(e) => setForm({ ...form, channelSecret: e.target.value })} />
      </label>
      <label>
        New channel access token (leave empty to keep)
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
        {busy ? 'Checking with LINE…' : 'Save'}
      </button>
    </form>
  );
}
