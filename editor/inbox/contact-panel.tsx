import type { ConversationDetail } from './inbox-api';
import { MergeContacts } from './merge-contacts';

/** The customer beside the conversation: profile, fields, merging a second profile, past conversations. */
export function ContactPanel({ detail, onMerged }: { detail: ConversationDetail; onMerged: () => void }) {
  const contact = detail.contact;
  if (!contact) return null;
  return (
    <aside className="contact-panel" aria-label="Contact">
      {contact.pictureUrl ? <img src={contact.pictureUrl} alt="" className="avatar" /> : null}
      <h3>{contact.displayName ?? 'Unknown name'}</h3>
      <p className="muted">{contact.id}</p>
      <p>Language: {contact.language ?? 'not shared'}</p>
      {Object.keys(contact.fields).length ? (
        <dl>
          {Object.entries(contact.fields).map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{String(v)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      <MergeContacts contactId={contact.id} onMerged={onMerged} />
      <h4>Past conversations</h4>
      <ul>
        {detail.pastConversations.map((c) => (
          <li key={c.id}>
            <a href={`#/inbox/${c.id}`}>
              {new Date(c.lastMessageAt).toLocaleDateString()} · {c.status}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
