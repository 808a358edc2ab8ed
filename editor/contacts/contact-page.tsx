import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../i18n/format';
import { api } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { MergeContacts } from '../inbox/merge-contacts';
import { displayNameProblem } from '../../shared/contacts/contact-rules';
import { ContactFields } from './contact-fields';
import { ContactTags } from './contact-tags';
import { lastSeen } from './last-seen';
import { useContact } from './use-contact';
import './contacts.css';

/** Separators and marks, the same in every language. */
const dot = '·';
const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One contact: its name, fields and tags (editable), its conversations, and merging another profile into it. */
export function ContactPage({ contactId }: { contactId: string }) {
  const { t } = useTranslation('contacts');
  const { detail, error, saving, reload, change, clearError } = useContact(contactId);
  const [name, setName] = useState<string | null>(null);
  const contact = detail?.contact;
  const params = { id: contactId };

  const saveFields = (changes: Record<string, unknown>) =>
    change(
      () => api('updateContact', { params, body: { fields: changes } }),
      (d) => Object.entries(changes).every(([k, v]) => (v === null ? !(k in d.contact.fields) : sameJson(d.contact.fields[k], v))),
    );
  const saveTags = (add: string[], remove: string[]) =>
    change(
      () => api('updateContact', { params, body: { ...(add.length ? { addTags: add } : {}), ...(remove.length ? { removeTags: remove } : {}) } }),
      (d) => add.every((tag) => d.contact.tags.includes(tag)) && remove.every((tag) => !d.contact.tags.includes(tag)),
    );
  const nameProblem = name !== null ? displayNameProblem(name) : null;
  const saveName = () =>
    name !== null &&
    void change(
      () => api('updateContact', { params, body: { displayName: name } }),
      (d) => d.contact.displayName === name.trim(),
    ).then((ok) => ok && setName(null));

  return (
    <>
      <NavBar current="contacts" />
      <main className="workflows-screen contact-page">
        <p>
          <a href="#/contacts">{t('back')}</a>
        </p>
        {error ? (
          <div className="notice error" role="alert">
            {error}{' '}
            <button type="button" className="link" onClick={clearError}>
              {t('dismiss')}
            </button>
          </div>
        ) : null}
        {!contact ? (
          error ? null : (
            <p className="muted">{t('loading')}</p>
          )
        ) : (
          <>
            <header className="contact-header">
              {contact.pictureUrl ? (
                <img className="contact-picture" src={contact.pictureUrl} alt="" />
              ) : (
                <span className="contact-picture" aria-hidden>
                  {(contact.displayName ?? '?').slice(0, 1)}
                </span>
              )}
              <div className="contact-title">
                <div className="contact-name-row">
                  <input
                    aria-label={t('displayName')}
                    className="contact-name"
                    value={name ?? contact.displayName ?? ''}
                    placeholder={t('noName')}
                    aria-invalid={nameProblem ? true : undefined}
                    onChange={(e) => setName(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !nameProblem) saveName();
                    }}
                  />
                  {name !== null && name !== (contact.displayName ?? '') ? (
                    <button type="button" className="primary" disabled={Boolean(nameProblem) || saving} onClick={saveName}>
                      {t('saveName')}
                    </button>
                  ) : null}
                </div>
                <p className="muted contact-facts">
                  <span className="contact-id">{contact.id}</span> {dot}{' '}
                  {t('facts', { channel: contact.channelId, language: contact.language ?? '—', lastSeen: lastSeen(contact.updatedAt) })}
                  {contact.createdAt ? ` ${dot} ${t('firstSeen', { date: formatDate(contact.createdAt) })}` : null}
                </p>
                {contact.mergedInto ? (
                  <p className="notice">
                    <Trans
                      t={t}
                      i18nKey="mergedInto"
                      values={{ id: contact.mergedInto }}
                      components={{ link: <a href={`#/contacts/${encodeURIComponent(contact.mergedInto)}`} /> }}
                    />
                  </p>
                ) : null}
                {detail.activeRun ? (
                  <p className="pill contact-run">
                    {t('run', {
                      name: detail.activeRun.workflowName,
                      status: t(`runStatus.${detail.activeRun.status}`, { defaultValue: detail.activeRun.status }),
                    })}
                  </p>
                ) : null}
              </div>
              {saving ? (
                <span className="muted" role="status">
                  {t('saving')}
                </span>
              ) : null}
            </header>
            <div className="contact-columns">
              <div>
                <ContactFields fields={contact.fields} saving={saving} onSave={saveFields} />
                <ContactTags tags={contact.tags} saving={saving} onChange={saveTags} />
              </div>
              <section className="contact-section" aria-label={t('conversations')}>
                <h3>{t('conversations')}</h3>
                {detail.conversations.length === 0 ? <p className="muted">{t('noConversations')}</p> : null}
                <ul className="contact-conversations">
                  {detail.conversations.map((c) => (
                    <li key={c.id}>
                      <a href={`#/inbox/${encodeURIComponent(c.id)}`}>{formatDateTime(c.openedAt ?? c.lastMessageAt)}</a>{' '}
                      <span className={`chip status-${c.status}`}>{t(`status.${c.status}`, { defaultValue: c.status })}</span>{' '}
                      <span className="muted">{t('lastMessage', { when: lastSeen(c.lastMessageAt) })}</span>
                    </li>
                  ))}
                </ul>
                {contact.mergedInto ? null : <MergeContacts contactId={contact.id} onMerged={() => void reload()} />}
              </section>
            </div>
          </>
        )}
      </main>
    </>
  );
}
