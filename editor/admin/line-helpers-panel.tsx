import { useEffect, useState } from 'react';
import { api, ApiError } from '../api/api-client';

/** LINE's helpers for agents: "Read" when an agent opens a conversation, and the agent's name on replies. */
export function LineHelpersPanel() {
  const [markAsReadOnOpen, setMarkAsReadOnOpen] = useState(true);
  const [agentSender, setAgentSender] = useState(false);
  const [iconUrl, setIconUrl] = useState('');
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const show = (saved: { markAsReadOnOpen: boolean; agentSender: boolean; senderIconUrl: string | null }) => {
    setMarkAsReadOnOpen(saved.markAsReadOnOpen);
    setAgentSender(saved.agentSender);
    setIconUrl(saved.senderIconUrl ?? '');
    setLoaded(true);
  };
  const showError = (e: unknown) => setMessage({ kind: 'error', text: e instanceof ApiError ? e.message : String(e) });

  useEffect(() => {
    api('getLineHelperSettings').then(show, showError);
  }, []);

  const save = () => {
    setMessage(null);
    api('saveLineHelperSettings', { body: { markAsReadOnOpen, agentSender, senderIconUrl: iconUrl.trim() || null } }).then((saved) => {
      show(saved);
      setMessage({ kind: 'ok', text: 'Saved' });
    }, showError);
  };

  return (
    <section aria-labelledby="line-helpers-title">
      <h2 id="line-helpers-title">LINE chat for agents</h2>
      {loaded ? (
        <form
          className="admin-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label className="field-checkbox">
            <input type="checkbox" checked={markAsReadOnOpen} onChange={(e) => setMarkAsReadOnOpen(e.target.checked)} /> Mark as read when an agent opens a
            conversation (the customer sees “Read” in LINE)
          </label>
          <label className="field-checkbox">
            <input type="checkbox" checked={agentSender} onChange={(e) => setAgentSender(e.target.checked)} /> Show the agent’s name on their replies
          </label>
          <p className="muted">
            LINE shows up to 20 characters of the name and refuses some words (such as “LINE”): a name containing them is left out, and the account’s own name
            shows instead.
          </p>
          <label>
            Icon beside the agent’s name (optional, an HTTPS image)
            <input
              aria-label="Agent icon URL"
              placeholder="https://example.com/support-icon.png"
              value={iconUrl}
              maxLength={2000}
              onChange={(e) => setIconUrl(e.target.value)}
            />
          </label>
          <div>
            <button type="submit" className="primary">
              Save
            </button>
          </div>
        </form>
      ) : message ? null : (
        <p className="muted">Loading…</p>
      )}
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
    </section>
  );
}
