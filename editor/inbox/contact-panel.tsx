import { useTranslation } from 'react-i18next';
import { formatDate } from '../i18n/format';
import type { ConversationDetail } from './inbox-api';
import { MergeContacts } from './merge-contacts';

/** The customer beside the conversation: profile, fields, merging a second profile, past conversations. */
export function ContactPanel({ detail, onMerged }: { detail: ConversationDetail; onMerged: () => void }) {
  const { t } = useTranslation('inbox');
  const contact = detail.contact;
  if (!contact) return null;
  return (
    <aside className="contact-panel" aria-label={t('contact')}>
      {contact.pictureUrl ? <img src={contact.pictureUrl} alt="" className="avatar" /> : null}
      <h3>{contact.displayName ?? t('contactPanel.unknownName')}</h3>
      <p className="muted">{contact.id}</p>
      <p>{t('contactPanel.language', { language: contact.language ?? t('contactPanel.notShared') })}</p>
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
      <h4>{t('contactPanel.past')}</h4>
      {detail.pastConversations.length === 0 ? <p className="muted">{t('contactPanel.noPast')}</p> : null}
      <ul>
        {detail.pastConversations.map((c) => (
          <li key={c.id}>
            <a href={`#/inbox/${c.id}`}>
              {t('contactPanel.pastItem', { date: formatDate(c.lastMessageAt), status: t(`conversationStatus.${c.status}`, { defaultValue: c.status }) })}
            </a>
          </li>
        ))}
      </ul>
    </aside>
  );
}
