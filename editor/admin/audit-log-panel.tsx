import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/api-client';
import { inboxApi, type UserItem } from '../inbox/inbox-api';
import { auditApi, type AuditEntryItem, type AuditFilter } from './audit-api';

const cellStyle = { maxWidth: 280, overflowWrap: 'anywhere' } as const;
const filtersStyle = { alignItems: 'center', gap: 12 } as const;
const selectStyle = { width: 'auto', minWidth: 160 } as const;

/** What a request changed, as the log keeps it: field names, and the values of the few safe to show. */
function changesText(entry: AuditEntryItem): string {
  if (!entry.changes) return '';
  return entry.changes.fields
    .map((field) => {
      const value = entry.changes?.values[field];
      return value === undefined ? field : `${field}: ${Array.isArray(value) ? value.join(', ') : String(value)}`;
    })
    .join('; ');
}

function targetText(entry: AuditEntryItem): string {
  const target = entry.target;
  if (!target) return '';
  return `${target.type} ${target.label ? `${target.label} (${target.id})` : target.id}`;
}

/**
 * The audit log: who published, changed or deleted what, who signed in (and who failed to), when
 * and from where. Newest first, filtered by action and person, older entries on demand.
 */
export function AuditLogPanel() {
  const [filter, setFilter] = useState<AuditFilter>({});
  const [entries, setEntries] = useState<AuditEntryItem[] | null>(null);
  const [nextBefore, setNextBefore] = useState<string | null>(null);
  const [actions, setActions] = useState<string[]>([]);
  const [users, setUsers] = useState<UserItem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const showError = (e: unknown) => setError(e instanceof ApiError ? e.message : String(e));

  const load = useCallback(
    (before?: string) => {
      auditApi.list({ ...filter, before }).then((answer) => {
        setError(null);
        setEntries((shown) => (before && shown ? [...shown, ...answer.entries] : answer.entries));
        setNextBefore(answer.nextBefore);
        setActions(answer.actions);
      }, showError);
    },
    [filter],
  );
  useEffect(() => load(), [load]);
  useEffect(() => {
    inboxApi.users().then(setUsers, () => setUsers([]));
  }, []);

  return (
    <section aria-labelledby="audit-log-title">
      <h2 id="audit-log-title">Audit log</h2>
      <p className="muted">
        Every change made by a person or with the API token, and every sign-in, with the address and browser it came from. Changes list the fields sent, never a
        password or secret.
      </p>
      <div className="filters" style={filtersStyle}>
        <label>
          Action{' '}
          <select
            aria-label="Audit log action"
            style={selectStyle}
            value={filter.action ?? ''}
            onChange={(e) => setFilter({ ...filter, action: e.target.value || undefined })}
          >
            <option value="">any</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          Who{' '}
          <select
            aria-label="Audit log person"
            style={selectStyle}
            value={filter.actor ?? ''}
            onChange={(e) => setFilter({ ...filter, actor: e.target.value || undefined })}
          >
            <option value="">anyone</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name || user.email}
              </option>
            ))}
            <option value="api-token">API token</option>
            <option value="anonymous">unknown (failed sign-ins)</option>
          </select>
        </label>
        <button type="button" onClick={() => load()}>
          Refresh
        </button>
      </div>
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      {entries === null ? (
        <p className="muted">Loading…</p>
      ) : entries.length === 0 ? (
        <div className="empty">Nothing recorded{filter.action || filter.actor ? ' for this filter' : ' yet'}.</div>
      ) : (
        <table className="workflow-table" aria-label="Audit log entries">
          <thead>
            <tr>
              <th>When</th>
              <th>Who</th>
              <th>Action</th>
              <th>Target</th>
              <th>Changes</th>
              <th>From</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td title={entry.at}>{new Date(entry.at).toLocaleString()}</td>
                <td>{entry.actor.name}</td>
                <td title={`${entry.method} ${entry.path} → ${entry.status}`}>{entry.action}</td>
                <td style={cellStyle}>{targetText(entry)}</td>
                <td style={cellStyle}>{changesText(entry)}</td>
                <td title={entry.userAgent ?? ''}>{entry.address ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {nextBefore ? (
        <button type="button" onClick={() => load(nextBefore)}>
          Older entries
        </button>
      ) : null}
    </section>
  );
}
