import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import type { SessionItem } from '../../shared/api/users-api';
import { accountApi } from './account-api';

/** "Chrome on Windows" from a user agent: enough to tell one's own browsers apart. */
export function describeBrowser(userAgent: string | undefined): string {
  if (!userAgent) return 'Unknown browser';
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
  return system ? `${browser} on ${system}` : browser;
}

const when = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' }) : '—');

/** Where one is signed in, with "Sign out" for each (this browser's too). `version` reloads the list. */
export function SessionsPanel({ version = 0 }: { version?: number }) {
  const [sessions, setSessions] = useState<SessionItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
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
      <h3 id="sessions-title">Where you are signed in</h3>
      {error ? (
        <p className="field-problems" role="alert">
          {error}
        </p>
      ) : null}
      {sessions === null ? (
        <p className="muted">Loading…</p>
      ) : (
        <table className="workflow-table sessions-table">
          <thead>
            <tr>
              <th>Browser</th>
              <th>Address</th>
              <th>Signed in</th>
              <th>Last active</th>
              <th aria-label="Actions" />
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} data-testid="session-row">
                <td title={s.userAgent}>
                  {describeBrowser(s.userAgent)} {s.current ? <span className="pill live">this browser</span> : null}
                  {s.awaitingSecondFactor ? <span className="pill">waiting for the code</span> : null}
                </td>
                <td>{s.address ?? '—'}</td>
                <td>{when(s.createdAt)}</td>
                <td>{when(s.lastSeenAt)}</td>
                <td>
                  <button type="button" onClick={() => end(s)} aria-label={s.current ? 'Sign out of this browser' : `Sign out ${describeBrowser(s.userAgent)}`}>
                    Sign out
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
