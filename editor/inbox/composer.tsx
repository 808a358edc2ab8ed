import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Message } from '../../shared/api/conversations-api';
import { expandSavedReply } from '../../shared/saved-replies/expand-saved-reply';
import type { ConversationDetail, SavedReplyItem } from './inbox-api';
import { matchingReplies, SavedReplyPicker } from './saved-reply-picker';
import { summary } from './transcript';
import './composer.css';

/** A `/code` being typed at the end of the text: what follows the slash. */
const slashAtEnd = /(^|\s)\/([\p{L}\p{N}_-]*)$/u;

/**
 * The reply box: a reply on LINE or a note, a quote of the customer's message, and saved replies
 * (type `/` and a code; the contact's fields are filled in before it is inserted). A closed
 * conversation says that replying opens it again.
 */
export function Composer({
  detail,
  replies,
  mode,
  onMode,
  quoting,
  onUnquote,
  onSend,
  onNotice,
}: {
  detail: ConversationDetail;
  replies: SavedReplyItem[];
  mode: 'reply' | 'note';
  onMode: (mode: 'reply' | 'note') => void;
  quoting: Message | null;
  onUnquote: () => void;
  onSend: (mode: 'reply' | 'note', text: string) => void;
  onNotice: (text: string) => void;
}) {
  const { t } = useTranslation('inbox');
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  // Escape closes the list until the text changes.
  const [dismissedAt, setDismissedAt] = useState<string | null>(null);
  const slash = slashAtEnd.exec(text);
  const matches = slash && dismissedAt !== text ? matchingReplies(replies, slash[2] ?? '') : null;
  const highlighted = matches ? Math.min(active, Math.max(matches.length - 1, 0)) : 0;

  const insert = (reply: SavedReplyItem) => {
    const { text: filled, missing } = expandSavedReply(reply.text, detail.contact, detail.conversation);
    const start = (slash?.index ?? text.length) + (slash?.[1]?.length ?? 0);
    setText(text.slice(0, start) + filled);
    setActive(0);
    if (missing.length) onNotice(t('composer.missingFields', { fields: missing.join(', '), code: reply.code }));
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!matches) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((highlighted + step + matches.length) % Math.max(matches.length, 1));
    } else if (event.key === 'Enter' && matches[highlighted]) {
      event.preventDefault();
      insert(matches[highlighted]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      setDismissedAt(text);
    }
  };

  return (
    <div className="composer">
      {quoting && mode === 'reply' ? (
        <div className="quoting" role="status">
          {t('composer.quoting', { text: summary(quoting, t) })}
          <button type="button" className="link" onClick={onUnquote}>
            {t('composer.unquote')}
          </button>
        </div>
      ) : null}
      {detail.conversation.status === 'closed' && mode === 'reply' ? <p className="muted composer-hint">{t('composer.closedHint')}</p> : null}
      {matches ? <SavedReplyPicker replies={matches} active={highlighted} onPick={insert} onHover={setActive} /> : null}
      <form
        className="reply-box"
        onSubmit={(e) => {
          e.preventDefault();
          if (!text.trim()) return;
          onSend(mode, text);
          setText('');
        }}
      >
        <select aria-label={t('composer.mode')} value={mode} onChange={(e) => onMode(e.target.value as 'reply' | 'note')}>
          <option value="reply">{t('composer.reply')}</option>
          <option value="note">{t('composer.note')}</option>
        </select>
        <input
          aria-label={mode === 'reply' ? t('composer.replyLabel') : t('composer.noteLabel')}
          role="combobox"
          aria-expanded={matches !== null}
          aria-controls="saved-reply-picker"
          aria-activedescendant={matches?.[highlighted] ? `saved-reply-${matches[highlighted].id}` : undefined}
          aria-autocomplete="list"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
          placeholder={mode === 'reply' ? t('composer.replyPlaceholder') : t('composer.notePlaceholder')}
        />
        <button type="submit" className="primary">
          {t('composer.send')}
        </button>
      </form>
    </div>
  );
}
