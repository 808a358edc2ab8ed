import { useTranslation } from 'react-i18next';
import type { SavedReplyItem } from './inbox-api';

/** The saved replies whose code or title holds what was typed after `/`, codes that start with it first. */
export function matchingReplies(replies: readonly SavedReplyItem[], query: string): SavedReplyItem[] {
  const q = query.toLowerCase();
  const starts = replies.filter((r) => r.code.startsWith(q));
  const within = replies.filter((r) => !r.code.startsWith(q) && (r.code.includes(q) || r.title.toLowerCase().includes(q)));
  return [...starts, ...within].slice(0, 8);
}

/**
 * The list that opens above the composer when an agent types `/`: arrows move, Enter inserts,
 * Escape closes (the keys are handled by the composer's field, which keeps the focus).
 */
export function SavedReplyPicker({
  replies,
  active,
  onPick,
  onHover,
}: {
  replies: SavedReplyItem[];
  active: number;
  onPick: (reply: SavedReplyItem) => void;
  onHover: (index: number) => void;
}) {
  const { t } = useTranslation('inbox');
  return (
    <ul className="saved-reply-picker" role="listbox" id="saved-reply-picker" aria-label={t('savedReplies.title')}>
      {replies.length === 0 ? <li className="muted">{t('savedReplies.noMatch')}</li> : null}
      {replies.map((reply, i) => (
        <li
          key={reply.id}
          id={`saved-reply-${reply.id}`}
          role="option"
          aria-selected={i === active}
          onMouseEnter={() => onHover(i)}
          onMouseDown={(event) => {
            // Before the field loses the focus: the click inserts, the field keeps typing.
            event.preventDefault();
            onPick(reply);
          }}
        >
          <span className="saved-reply-code">/{reply.code}</span>
          {reply.title ? <strong>{reply.title}</strong> : null}
          <span className="saved-reply-text">{reply.text}</span>
          {reply.scope === 'shared' ? <span className="pill">{t('savedReplies.shared')}</span> : null}
        </li>
      ))}
    </ul>
  );
}
