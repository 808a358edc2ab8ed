import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiClient, ApiError } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import type { ContactItem } from '../../shared/api/contacts-api';
import { ImportContacts } from './import-contacts';
import { lastSeen } from './last-seen';
import { useDebounced } from './use-debounced';
import './contacts.css';

/** Separators and marks, the same in every language. */
const dot = '·';
const pageSize = 50;

/** Every contact, searched on the server (name, LINE user id, field value, tag), newest first or by name, a page at a time. */
export function ContactsScreen() {
  const { t } = useTranslation('contacts');
  const viewer = useViewer();
  const [text, setText] = useState('');
  const [sort, setSort] = useState<'newest' | 'name'>('newest');
  const query = useDebounced(text.trim(), 300);
  const [contacts, setContacts] = useState<ContactItem[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [version, setVersion] = useState(0);

  const fetchPage = (cursor: string | null) =>
    api('listContacts', { query: { ...(query ? { q: query } : {}), sort, limit: String(pageSize), ...(cursor ? { cursor } : {}) } });
  const failed = (e: unknown) => {
    setError(e instanceof ApiError ? e.message : String(e));
    setLoading(false);
  };

  // A new search or order starts from the first page; an answer to an older one is dropped.
  useEffect(() => {
    let current = true;
    fetchPage(null).then(
      (page) => {
        if (!current) return;
        setContacts(page.contacts);
        setNext(page.next);
        setError(null);
      },
      (e: unknown) => current && failed(e),
    );
    return () => {
      current = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [query, sort, version]);

  const showMore = (cursor: string) => {
    setLoading(true);
    fetchPage(cursor).then((page) => {
      setContacts((shown) => [...(shown ?? []), ...page.contacts]);
      setNext(page.next);
      setLoading(false);
    }, failed);
  };

  return (
    <>
      <NavBar current="contacts" />
      <main className="workflows-screen contacts-screen">
        <div className="screen-header">
          <h2>{t('title')}</h2>
          <span className="spacer" />
          {viewer.role === 'admin' ? (
            <>
              <a className="button-link" href={apiClient.url('exportContactsCsv', { query: { ...(query ? { q: query } : {}), sort } })} download>
                {t('exportCsv')}
              </a>
              <ImportContacts onImported={() => setVersion((v) => v + 1)} />
            </>
          ) : null}
        </div>
        <div className="contacts-filters">
          <input type="search" aria-label={t('search')} placeholder={t('searchPlaceholder')} value={text} onChange={(e) => setText(e.target.value)} autoFocus />
          <label>
            {t('sort')}{' '}
            <select aria-label={t('sort')} value={sort} onChange={(e) => setSort(e.target.value === 'name' ? 'name' : 'newest')}>
              <option value="newest">{t('sortNewest')}</option>
              <option value="name">{t('sortName')}</option>
            </select>
          </label>
        </div>
        {error ? (
          <div className="notice error" role="alert">
            {error}
          </div>
        ) : null}
        {contacts && contacts.length === 0 ? <p className="empty">{query ? t('noMatch', { query }) : t('none')}</p> : null}
        {contacts && contacts.length > 0 ? (
          <table className="workflow-table contacts-table">
            <thead>
              <tr>
                <th>{t('columns.name')}</th>
                <th>{t('columns.lineUserId')}</th>
                <th>{t('columns.tags')}</th>
                <th>{t('columns.lastSeen')}</th>
              </tr>
            </thead>
            <tbody>
              {contacts.map((contact) => (
                <tr key={contact.id}>
                  <td>
                    <a href={`#/contacts/${encodeURIComponent(contact.id)}`}>{contact.displayName ?? t('noName')}</a>
                    {contact.channelId !== 'default' ? (
                      <span className="muted contact-channel">
                        {' '}
                        {dot} {contact.channelId}
                      </span>
                    ) : null}
                  </td>
                  <td className="contact-id">{contact.id}</td>
                  <td>
                    <span className="contact-tags">
                      {contact.tags.map((tag) => (
                        <span key={tag} className="chip">
                          {tag}
                        </span>
                      ))}
                    </span>
                  </td>
                  <td className="muted">{lastSeen(contact.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {next ? (
          <p className="contacts-more">
            <button type="button" onClick={() => showMore(next)} disabled={loading}>
              {loading ? t('loading') : t('showMore')}
            </button>
          </p>
        ) : null}
      </main>
    </>
  );
}
