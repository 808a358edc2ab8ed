import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError } from '../api/api-client';

/** A URL, the same in every language. */
const iconUrlExample = 'https://example.com/support-icon.png';

/** LINE's helpers for agents: "Read" when an agent opens a conversation, and the agent's name on replies. */
export function LineHelpersPanel() {
  const { t } = useTranslation('admin');
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
      setMessage({ kind: 'ok', text: t('saved') });
    }, showError);
  };

  return (
    <section aria-labelledby="line-helpers-title">
      <h2 id="line-helpers-title">{t('helpers.title')}</h2>
      {loaded ? (
        <form
          className="admin-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label className="field-checkbox">
            <input type="checkbox" checked={markAsReadOnOpen} onChange={(e) => setMarkAsReadOnOpen(e.target.checked)} /> {t('helpers.markAsRead')}
          </label>
          <label className="field-checkbox">
            <input type="checkbox" checked={agentSender} onChange={(e) => setAgentSender(e.target.checked)} /> {t('helpers.agentSender')}
          </label>
          <p className="muted">{t('helpers.nameRules')}</p>
          <label>
            {t('helpers.icon')}
            <input
              aria-label={t('helpers.iconLabel')}
              placeholder={iconUrlExample}
              value={iconUrl}
              maxLength={2000}
              onChange={(e) => setIconUrl(e.target.value)}
            />
          </label>
          <div>
            <button type="submit" className="primary">
              {t('save')}
            </button>
          </div>
        </form>
      ) : message ? null : (
        <p className="muted">{t('loading')}</p>
      )}
      {message ? (
        <div className={`notice ${message.kind}`} role={message.kind === 'error' ? 'alert' : 'status'}>
          {message.text}
        </div>
      ) : null}
    </section>
  );
}
