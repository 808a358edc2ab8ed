import { memo } from 'react';
import { AlarmClock, Flag, Pin } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { UserItem } from '../../shared/api/users-api';
import type { ListRow as Row } from './conversation-list-api';
import { InitialsAvatar } from './initials-avatar';
import { formatDateTime } from '../i18n/format';
import { relativeTime } from './relative-time';
import { previewText } from './preview-text';
import { RowActions } from './row-actions';

/** The snippet of a search hit with the searched words marked. */
function Highlighted({ text, query }: { text: string; query: string }) {
  const at = query ? text.toLowerCase().indexOf(query.toLowerCase()) : -1;
  if (at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{text.slice(at, at + query.length)}</mark>
      {text.slice(at + query.length)}
    </>
  );
}

/** One conversation in the list: who, what was said last and when, unread, marks, and who has it. */
export const ListRow = memo(function ListRow({
  row,
  current,
  assignee,
  query,
  onChanged,
}: {
  row: Row;
  current: boolean;
  assignee: UserItem | undefined;
  query: string;
  onChanged: (problem: string | null) => void;
}) {
  const { t } = useTranslation('inbox');
  const name = row.contactName ?? row.contactId.slice(0, 12);
  const preview = row.match ? row.match.snippet : previewText(row.preview?.text ?? '', t);
  const who = row.preview && !row.match ? { customer: '', bot: t('row.botPrefix'), agent: t('row.agentPrefix') }[row.preview.author] : '';
  return (
    <li className={`list-row${row.unread ? ' unread' : ''}`}>
      <a href={`#/inbox/${row.id}`} aria-current={current ? 'true' : undefined} data-testid={`conversation-${row.contactId}`}>
        <InitialsAvatar name={name} id={row.contactId} pictureUrl={row.contactPictureUrl} size="md" />
        <span className="row-main">
          <span className="row-top">
            <strong className="row-name">{name}</strong>
            <span className="row-marks">
              {row.pinned ? <Pin className="icon pinned" aria-label={t('row.pinned')} role="img" /> : null}
              {row.followUp ? <Flag className="icon follow-up" aria-label={t('row.followUp')} role="img" /> : null}
              {row.snoozedUntil ? (
                <AlarmClock className="icon" aria-label={t('row.snoozedUntil', { time: formatDateTime(row.snoozedUntil) })} role="img" />
              ) : null}
            </span>
            <time className="row-time" dateTime={row.lastMessageAt} title={formatDateTime(row.lastMessageAt)}>
              {relativeTime(row.lastMessageAt)}
            </time>
          </span>
          <span className="row-bottom">
            <span className="row-preview">
              {who}
              <Highlighted text={preview} query={row.match ? query : ''} />
            </span>
            {row.unread ? (
              <span className="unread-badge" aria-label={t('row.unread', { count: row.unread })}>
                {row.unread > 99 ? '99+' : row.unread}
              </span>
            ) : null}
            {assignee ? (
              <InitialsAvatar name={assignee.name} id={assignee.id} size="sm" label={t('row.assignedTo', { name: assignee.name })} />
            ) : row.status === 'open' ? (
              <span className="unassigned-dot" title={t('unassigned')} aria-label={t('unassigned')} role="img" />
            ) : null}
          </span>
        </span>
      </a>
      <RowActions row={row} name={name} onChanged={onChanged} />
    </li>
  );
});
