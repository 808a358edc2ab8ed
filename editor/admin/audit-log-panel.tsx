import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../i18n/format';
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
  const { t } = useTranslation('admin');
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
      <h2 id="audit-log-title">{t('audit.title')}</h2>
      <p className="muted">{t('audit.intro')}</p>
      <div className="filters" style={filtersStyle}>
        <label>
          {t('audit.action')}{' '}
          <select
            aria-label={t('audit.actionLabel')}
            style={selectStyle}
            value={filter.action ?? ''}
            onChange={(e) => setFilter({ ...filter, action: e.target.value || undefined })}
          >
            <option value="">{t('audit.any')}</option>
            {actions.map((action) => (
              <option key={action} value={action}>
                {action}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('audit.who')}{' '}
          <select
            aria-label={t('audit.personLabel')}
            style={selectStyle}
            value={filter.actor ?? ''}
            onChange={(e) => setFilter({ ...filter, actor: e.target.value || undefined })}
          >
            <option value="">{t('audit.anyone')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name || user.email}
              </option>
            ))}
            <option value="api-token">{t('audit.apiToken')}</option>
            <option value="anonymous">{t('audit.anonymous')}</option>
          </select>
        </label>
        <button type="button" onClick={() => load()}>
          {t('refresh')}
        </button>
      </div>
      {error ? (
        <div className="notice error" role="alert">
          {error}
        </div>
      ) : null}
      {entries === null ? (
        <p className="muted">{t('loading')}</p>
      ) : entries.length === 0 ? (
        <div className="empty">{filter.action || filter.actor ? t('audit.emptyFiltered') : t('audit.empty')}</div>
      ) : (
        <table className="workflow-table" aria-label={t('audit.entries')}>
          <thead>
            <tr>
              <th>{t('audit.col.when')}</th>
              <th>{t('audit.col.who')}</th>
              <th>{t('audit.col.action')}</th>
              <th>{t('audit.col.target')}</th>
              <th>{t('audit.col.changes')}</th>
              <th>{t('audit.col.from')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td title={entry.at}>{formatDateTime(entry.at)}</td>
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
          {t('audit.older')}
        </button>
      ) : null}
    </section>
  );
}
