import { useEffect, useEffectEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../api/api-client';
import { useChannelNames } from '../api/use-channel-names';
import { useFormat } from '../i18n/format';
import type { UserItem } from '../../shared/api/users-api';
import { conversationListApi, type ListFilter, type ListRow as Row } from './conversation-list-api';
import { ListFilters } from './list-filters';
import { ListRow } from './list-row';
import './conversation-list.css';

/** The index's pieces are 3 characters long: a shorter search reads only this many newest messages (runtime/store/message-search.ts). */
const shortestIndexedSearch = 3;
const shortSearchWindow = 20_000;

/**
 * The inbox's conversation list: filters and search, rows read from the server (unread counts
 * are each agent's own, kept there), pages of 50, read again whenever `refreshKey` changes (the
 * live stream) or a mark is set.
 */
export function ConversationList({
  conversationId,
  refreshKey,
  users,
  initialAssignee,
}: {
  conversationId: string | null;
  refreshKey: number;
  users: UserItem[];
  initialAssignee: string;
}) {
  const { t } = useTranslation('inbox');
  const { formatNumber } = useFormat();
  const [filter, setFilter] = useState<ListFilter>({
    status: 'open',
    assignee: initialAssignee,
    team: '',
    tag: '',
    category: '',
    channel: '',
    followUp: false,
    q: '',
  });
  const [rows, setRows] = useState<Row[]>([]);
  const [nextCursor, setNextCursor] = useState<string | null>(null);
  const [snoozeEndsAt, setSnoozeEndsAt] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [categories, setCategories] = useState<string[]>([]);
  const [marked, setMarked] = useState(0);
  const channels = useChannelNames();
  const searching = filter.q.trim() !== '';
  const effective = searching ? filter : { ...filter, q: '' };

  const load = useEffectEvent(() => {
    conversationListApi.list(effective).then(
      (page) => {
        setRows(page.conversations);
        setNextCursor(page.nextCursor);
        setSnoozeEndsAt(page.snoozeEndsAt);
        setProblem(null);
      },
      (e: unknown) => setProblem(e instanceof ApiError ? e.message : String(e)),
    );
  });
  const key = JSON.stringify(effective);
  useEffect(() => {
    // Typing a search waits for a pause; everything else reads at once.
    const timer = setTimeout(load, searching ? 250 : 0);
    return () => clearTimeout(timer);
  }, [key, refreshKey, marked, searching]);
  useEffect(() => {
    // A snooze ending is not pushed: read the list again just after the next one ends (timers top out near 24 days).
    if (!snoozeEndsAt) return;
    const timer = setTimeout(load, Math.min(Math.max(Date.parse(snoozeEndsAt) - Date.now(), 0) + 500, 2 ** 31 - 1));
    return () => clearTimeout(timer);
  }, [snoozeEndsAt]);
  useEffect(() => {
    api('getCategories').then(
      (answer) => setCategories(answer.categories),
      () => setCategories([]),
    );
  }, []);

  const more = () =>
    nextCursor &&
    void conversationListApi.list(effective, nextCursor).then((page) => {
      setRows((before) => [...before, ...page.conversations.filter((r) => !before.some((b) => b.id === r.id))]);
      setNextCursor(page.nextCursor);
    });
  const onChanged = (message: string | null) => {
    setProblem(message);
    setMarked((n) => n + 1);
  };
  const tags = [...new Set(rows.flatMap((r) => r.tags ?? []))].sort();

  return (
    <aside className="conversation-list" aria-label={t('conversations')}>
      <ListFilters filter={filter} onChange={setFilter} users={users} categories={categories} tags={tags} channels={channels} />
      {searching && [...filter.q.trim()].length < shortestIndexedSearch ? (
        <p className="list-hint">{t('list.searchShort', { window: formatNumber(shortSearchWindow) })}</p>
      ) : null}
      {problem ? (
        <p className="list-hint error" role="alert">
          {problem}
        </p>
      ) : null}
      {rows.length === 0 ? <p className="empty">{searching ? t('list.noMatches') : t('list.empty')}</p> : null}
      <ul className="list-rows">
        {rows.map((row) => (
          <ListRow
            key={row.id}
            row={row}
            current={row.id === conversationId}
            assignee={users.find((u) => u.id === row.assignee)}
            query={effective.q}
            onChanged={onChanged}
          />
        ))}
      </ul>
      {nextCursor ? (
        <button type="button" className="load-more" onClick={more}>
          {t('list.showMore')}
        </button>
      ) : null}
    </aside>
  );
}
