import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/api-client';
import type { SessionItem } from '../../shared/api/users-api';
import { useFormat } from '../i18n/format';
import { i18n } from '../i18n/i18n';
import { accountApi } from './account-api';

/** "Chrome on Windows" from a user agent: enough to tell one's own browsers apart. */
export function describeBrowser(userAgent: string | undefined): string {
  if (!userAgent) return i18n.t('account:sessions.unknownBrowser');
  const browser = /Edg\//.test(userAgent)
    ? 'Edge'
    : /Chrome\//.test(userAgent)
      ? 'Chrome'
      : /Firefox\//.test(userAgent)
        ? 'Firefox'
        : /Safari\//.test(userAgent)
          ? 'Safari'
          : userAgent.slice(0, 40);
  const system = /Windows/.test(userAgent)
    ? 'Windows'
    : /iPhone|iPad/.test(userAgent)
      ? 'iOS'
      : /Mac OS X/.test(userAgent)
        ? 'macOS'
        : /Android/.test(userAgent)
          ? 'Android'
          : /Linux/.test(userAgent)
            ? 'Linux'
            : null;
  return system ? i18n.t('account:sessions.browserOn', { browser, system }) : browser;
}

/** Where one is signed in, with "Sign out" for each (this browser's too). `version` reloads the list. */
export function SessionsPanel({ version = 0 }: { version?: number }) {
  const [sessions, setSessions] = useState<SessionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { t } = useTranslation('account');
  const { formatDateTime } = useFormat();
  const when = (iso: string | undefined) => (iso ? formatDateTime(iso) : '—');
  const refresh = useCallback(() => {
    accountApi.sessions().then(setSessions, (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)));
  }, []);
  useEffect(refresh, [refresh, version]);

  const end = (session: SessionItem) => {
    accountApi.endSession(session.id).then(
      () => (session.current ? window.location.reload() : refresh()),
      (e: unknown) => setError(e instanceof ApiError ? e.message : String(e)),
    );
  };

  return (
    <section className="account-card" aria-labelledby="sessions-title">
      <h3 id="sessions-title">{t('sessions.title')}</h3>
      {error ? (
        <p className="field-problems" role="alert">
          {error}
        </p>
      ) : null}
      {sessions === null ? (
        <p className="muted">{t('common:loading')}</p>
      ) : (
        <table className="workflow-table sessions-table">
          <thead>
            <tr>
              <th>{t('sessions.browser')}</th>
              <th>{t('sessions.address')}</th>
              <th>{t('sessions.signedIn')}</th>
              <th>{t('sessions.lastActive')}</th>
              <th aria-label={t('sessions.actions')} />
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-testid="session-row">
                <td title={s.userAgent}>
                  {describeBrowser(s.userAgent)} {s.current ? <span className="pill live">{t('sessions.thisBrowser')}</span> : null}
                  {s.awaitingSecondFactor ? <span className="pill">{t('sessions.awaitingCode')}</span> : null}
                </td>
                <td>{s.address ?? '—'}</td>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastSeenAt)}</td>
                <td>
                  <button
                    type="button"
                    onClick={() => end(s)}
                    aria-label={s.current ? t('sessions.signOutThis') : t('sessions.signOutOther', { browser: describeBrowser(s.userAgent) })}
                  >
                    {t('sessions.signOut')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
