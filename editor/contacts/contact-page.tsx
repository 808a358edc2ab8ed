import { useState } from 'react';
import { api } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { MergeContacts } from '../inbox/merge-contacts';
import { displayNameProblem } from '../../shared/contacts/contact-rules';
import { ContactFields } from './contact-fields';
import { ContactTags } from './contact-tags';
import { lastSeen } from './last-seen';
import { useContact } from './use-contact';
import './contacts.css';

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One contact: its name, fields and tags (editable), its conversations, and merging another profile into it. */
export function ContactPage({ contactId }: { contactId: string }) {
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
      (d) => add.every((t) => d.contact.tags.includes(t)) && remove.every((t) => !d.contact.tags.includes(t)),
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
          <a href="#/contacts">← Contacts</a>
        </p>
        {error ? (
          <div className="notice error" role="alert">
            {error}{' '}
            <button type="button" className="link" onClick={clearError}>
              Dismiss
            </button>
          </div>
        ) : null}
        {!contact ? (
          error ? null : (
            <p className="muted">Loading…</p>
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
                    aria-label="Display name"
                    className="contact-name"
                    value={name ?? contact.displayName ?? ''}
                    placeholder="No name"
                    aria-invalid={nameProblem ? true : undefined}
                    onChange={(e) => setName(e.target.value)}
                    onKeyDown={(e) => {
                      if (e.key === 'Enter' && !nameProblem) saveName();
                    }}
                  />
                  {name !== null && name !== (contact.displayName ?? '') ? (
                    <button type="button" className="primary" disabled={Boolean(nameProblem) || saving} onClick={saveName}>
                      Save name
                    </button>
                  ) : null}
                </div>
                <p className="muted contact-facts">
                  <span className="contact-id">{contact.id}</span> · channel {contact.channelId} · language {contact.language ?? '—'} · last seen{' '}
                  {lastSeen(contact.updatedAt)}
                  {contact.createdAt ? ` · first seen ${new Date(contact.createdAt).toLocaleDateString()}` : ''}
                </p>
                {contact.mergedInto ? (
                  <p className="notice">
                    Merged into <a href={`#/contacts/${encodeURIComponent(contact.mergedInto)}`}>{contact.mergedInto}</a>: its history is there now.
                  </p>
                ) : null}
                {detail.activeRun ? (
                  <p className="pill contact-run">
                    {detail.activeRun.workflowName}: {detail.activeRun.status}
                  </p>
                ) : null}
              </div>
              {saving ? (
                <span className="muted" role="status">
                  Saving…
                </span>
              ) : null}
            </header>
            <div className="contact-columns">
              <div>
                <ContactFields fields={contact.fields} saving={saving} onSave={saveFields} />
                <ContactTags tags={contact.tags} saving={saving} onChange={saveTags} />
              </div>
              <section className="contact-section" aria-label="Conversations">
                <h3>Conversations</h3>
                {detail.conversations.length === 0 ? <p className="muted">No conversations.</p> : null}
                <ul className="contact-conversations">
                  {detail.conversations.map((c) => (
                    <li key={c.id}>
                      <a href={`#/inbox/${encodeURIComponent(c.id)}`}>{new Date(c.openedAt ?? c.lastMessageAt).toLocaleString()}</a>{' '}
                      <span className={`chip status-${c.status}`}>{c.status}</span> <span className="muted">last message {lastSeen(c.lastMessageAt)}</span>
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
