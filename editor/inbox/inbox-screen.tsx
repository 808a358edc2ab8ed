import { useEffect, useEffectEvent, useState } from 'react';
import { apiClient, type WorkflowSummary } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import { ConversationView } from './conversation-view';
import { MergeContacts } from './merge-contacts';
import { inboxApi, type ConversationDetail, type ConversationItem, type UserItem } from './inbox-api';
import { useChannelNames } from '../api/use-channel-names';

type Filter = 'mine' | 'teams' | 'unassigned' | 'all';

/** The agents' inbox: conversations on the left (live), the one open in the middle, the contact on the right. */
export function InboxScreen({ conversationId }: { conversationId: string | null }) {
  const viewer = useViewer();
  const [filter, setFilter] = useState<Filter>(viewer.role === 'agent' ? 'mine' : 'all');
  const [status, setStatus] = useState<'open' | 'closed'>('open');
  const [channel, setChannel] = useState('');
  const channels = useChannelNames();
  const [items, setItems] = useState<ConversationItem[]>([]);
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [users, setUsers] = useState<UserItem[]>([]);
  const [shortcuts, setShortcuts] = useState<WorkflowSummary[]>([]);
  const [unread, setUnread] = useState<Record<string, number>>({});
  // Opening a conversation marks it read: state adjusted while rendering, as React advises, not in an effect.
  const [opened, setOpened] = useState(conversationId);
  if (opened !== conversationId) {
    setOpened(conversationId);
    if (conversationId) setUnread((u) => ({ ...u, [conversationId]: 0 }));
    else setDetail(null);
  }

  const refreshList = () => {
    const assignee = filter === 'mine' && viewer.id ? 'me' : filter === 'unassigned' ? 'none' : undefined;
    return inboxApi
      .list({ status, ...(assignee ? { assignee } : {}), ...(channel ? { channel } : {}) })
      .then((list) => setItems(filter === 'teams' ? list.filter((c) => c.team && viewer.teams.includes(c.team)) : list));
  };
  const refreshDetail = () => (conversationId ? inboxApi.get(conversationId).then(setDetail, () => setDetail(null)) : Promise.resolve());
  // Effects and the live stream call these, always with the current filter and conversation.
  const refreshListFromEffect = useEffectEvent(() => void refreshList());
  const refreshDetailFromEffect = useEffectEvent(() => void refreshDetail());
  // The agent sees the conversation: LINE shows the customer "Read" (the server decides whether there is anything to mark).
  const markRead = (id: string) => void inboxApi.markRead(id).catch(() => {});
  const countUnread = useEffectEvent((message: { conversationId: string | null; direction: string; unsentAt?: string }) => {
    const id = message.conversationId;
    // An unsend changes an earlier message: nothing new to read.
    if (message.direction !== 'in' || !id || message.unsentAt) return;
    if (id !== conversationId) setUnread((u) => ({ ...u, [id]: (u[id] ?? 0) + 1 }));
    else if (document.visibilityState === 'visible') markRead(id);
  });
  const markOpenRead = useEffectEvent(() => {
    if (conversationId && document.visibilityState === 'visible') markRead(conversationId);
  });

  useEffect(() => {
    refreshListFromEffect();
  }, [filter, status, channel]);
  useEffect(() => {
    refreshDetailFromEffect();
    markOpenRead();
  }, [conversationId]);
  useEffect(() => {
    const onVisible = () => markOpenRead();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  useEffect(() => {
    void inboxApi.users().then(setUsers);
    void inboxApi.shortcuts().then(setShortcuts);
  }, []);

  // Live: new messages and changed conversations arrive without a reload.
  useEffect(() => {
    // The session cookie goes with it; no credential in the URL.
    const source = new EventSource(apiClient.url('streamEvents'));
    let timer: ReturnType<typeof setTimeout> | undefined;
    const soon = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        refreshListFromEffect();
        refreshDetailFromEffect();
      }, 150);
    };
    source.addEventListener('conversation', soon);
    source.addEventListener('message', (event) => {
      countUnread(JSON.parse(event.data as string) as { conversationId: string | null; direction: string; unsentAt?: string });
      soon();
    });
    return () => {
      clearTimeout(timer);
      source.close();
    };
  }, []);

  const me = users.find((u) => u.id === viewer.id);
  return (
    <div className="inbox">
      <NavBar current="inbox" />
      <div className="inbox-body">
        <aside className="conversation-list" aria-label="Conversations">
          <div className="filters">
            {(['mine', 'teams', 'unassigned', 'all'] as const).map((f) => (
              <button type="button" key={f} aria-pressed={filter === f} onClick={() => setFilter(f)}>
                {{ mine: 'Mine', teams: 'My teams', unassigned: 'Unassigned', all: 'All' }[f]}
              </button>
            ))}
          </div>
          <div className="filters">
            <button type="button" aria-pressed={status === 'open'} onClick={() => setStatus('open')}>
              Open
            </button>
            <button type="button" aria-pressed={status === 'closed'} onClick={() => setStatus('closed')}>
              Closed
            </button>
            {me ? (
              <button
                type="button"
                onClick={() => void inboxApi.setStatus(me.status === 'online' ? 'away' : 'online').then(() => inboxApi.users().then(setUsers))}
              >
                {me.status === 'online' ? '● Online' : '○ Away'}
              </button>
            ) : null}
          </div>
          {channels.length > 1 ? (
            <label className="filters">
              Channel{' '}
              <select value={channel} onChange={(event) => setChannel(event.target.value)}>
                <option value="">All channels</option>
                {channels.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.name}
                  </option>
                ))}
              </select>
            </label>
          ) : null}
          {items.length === 0 ? <p className="empty">No conversations here.</p> : null}
          <ul>
            {items.map((c) => (
              <li key={c.id}>
                <a href={`#/inbox/${c.id}`} aria-current={c.id === conversationId ? 'true' : undefined} data-testid={`conversation-${c.contactId}`}>
                  <strong>{c.contactName ?? c.contactId.slice(0, 12)}</strong>
                  {unread[c.id] ? <span className="badge error">{unread[c.id]}</span> : null}
                  <span className="muted">
                    {channels.length > 1 ? `${channels.find((ch) => ch.id === (c.channelId ?? 'default'))?.name ?? c.channelId} · ` : ''}
                    {c.team ?? 'No team'} · {users.find((u) => u.id === c.assignee)?.name ?? 'unassigned'}
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </aside>
        {detail ? <ConversationView detail={detail} users={users} shortcuts={shortcuts} /> : <p className="screen-message">Choose a conversation.</p>}
        {detail?.contact ? (
          <aside className="contact-panel" aria-label="Contact">
            {detail.contact.pictureUrl ? <img src={detail.contact.pictureUrl} alt="" className="avatar" /> : null}
            <h3>{detail.contact.displayName ?? 'Unknown name'}</h3>
            <p className="muted">{detail.contact.id}</p>
            <p>Language: {detail.contact.language ?? 'not shared'}</p>
            {Object.keys(detail.contact.fields).length ? (
              <dl>
                {Object.entries(detail.contact.fields).map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{String(v)}</dd>
                  </div>
                ))}
              </dl>
            ) : null}
            <MergeContacts contactId={detail.contact.id} onMerged={() => void refreshDetail()} />
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
        ) : null}
      </div>
    </div>
  );
}
