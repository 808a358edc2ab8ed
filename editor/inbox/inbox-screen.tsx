import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ArrowLeft, UserRound } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import type { WorkflowSummary } from '../api/api-client';
import { NavBar } from '../app/nav-bar';
import { useViewer } from '../app/viewer';
import { ContactPanel } from './contact-panel';
import { ConversationList } from './conversation-list';
import { conversationListApi } from './conversation-list-api';
import { ConversationView } from './conversation-view';
import { inboxApi, type ConversationDetail, type UserItem } from './inbox-api';
import { AgentStatus } from './agent-status';
import { useLiveEvent } from './live-events';
import './inbox-panes.css';

/** On a phone one pane shows at a time; on a wide screen all three, and this is ignored. */
type Pane = 'list' | 'conversation' | 'contact';

/**
 * The agents' inbox: conversations on the left (live), the one open in the middle, the contact on
 * the right. On a phone (under 760px) they are stacked views, one at a time, with a back button.
 */
export function InboxScreen({ conversationId }: { conversationId: string | null }) {
  const { t } = useTranslation('inbox');
  const viewer = useViewer();
  const [detail, setDetail] = useState<ConversationDetail | null>(null);
  const [users, setUsers] = useState<UserItem[]>([]);
  const [shortcuts, setShortcuts] = useState<WorkflowSummary[]>([]);
  const [refreshKey, setRefreshKey] = useState(0);
  // Opening a conversation shows it (on a phone); state adjusted while rendering, as React advises, not in an effect.
  const [opened, setOpened] = useState(conversationId);
  const [pane, setPane] = useState<Pane>(conversationId ? 'conversation' : 'list');
  if (opened !== conversationId) {
    setOpened(conversationId);
    setPane(conversationId ? 'conversation' : 'list');
    if (!conversationId) setDetail(null);
  }

  const refreshDetail = () => (conversationId ? inboxApi.get(conversationId).then(setDetail, () => setDetail(null)) : Promise.resolve());
  const refreshDetailFromEffect = useEffectEvent(() => void refreshDetail());
  // The agent sees the conversation: their read marker moves (their unread count is 0 on every
  // device), and LINE shows the customer "Read" (the server decides whether there is anything to mark).
  const seeNow = () => {
    if (!conversationId || document.visibilityState !== 'visible') return;
    void conversationListApi.seen(conversationId).then(
      () => setRefreshKey((k) => k + 1),
      () => {},
    );
    void inboxApi.markRead(conversationId).catch(() => {});
  };
  const markSeen = useEffectEvent(seeNow);

  useEffect(() => {
    refreshDetailFromEffect();
    markSeen();
  }, [conversationId]);
  useEffect(() => {
    const onVisible = () => markSeen();
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, []);
  useEffect(() => {
    void inboxApi.users().then(setUsers);
    void inboxApi.shortcuts().then(setShortcuts);
  }, []);

  // Live (the page's one shared stream): new messages and changed conversations (and marks) arrive without a reload.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const soon = () => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      setRefreshKey((k) => k + 1);
      void refreshDetail();
    }, 150);
  };
  useEffect(() => () => clearTimeout(timer.current), []);
  useLiveEvent<{ conversationId: string | null; direction: string; unsentAt?: string }>('message', (message) => {
    // A customer's new message in the conversation on screen is read as it arrives.
    if (message.direction === 'in' && !message.unsentAt && message.conversationId === conversationId) seeNow();
    soon();
  });
  useLiveEvent('conversation', soon);

  const name = detail?.contact?.displayName ?? detail?.conversation.contactId ?? '';
  return (
    <div className="inbox">
      <NavBar current="inbox" />
      <div className="inbox-body" data-pane={pane}>
        <div className="list-pane">
          <AgentStatus users={users} viewerId={viewer.id} onChanged={() => void inboxApi.users().then(setUsers)} />
          <ConversationList conversationId={conversationId} refreshKey={refreshKey} users={users} initialAssignee={viewer.role === 'agent' ? 'me' : ''} />
        </div>
        <div className="conversation-pane">
          {detail ? (
            <>
              <nav className="phone-bar" aria-label={t('conversationNavigation')}>
                <a href="#/inbox" className="phone-back">
                  <ArrowLeft className="icon" aria-hidden="true" /> {t('conversations')}
                </a>
                <strong className="phone-title">{name}</strong>
                <button type="button" onClick={() => setPane('contact')} aria-label={t('contactOf', { name })}>
                  <UserRound className="icon" aria-hidden="true" /> {t('contact')}
                </button>
              </nav>
              <ConversationView detail={detail} users={users} shortcuts={shortcuts} />
            </>
          ) : (
            <p className="screen-message">{t('chooseConversation')}</p>
          )}
        </div>
        {detail?.contact ? (
          <div className="contact-pane">
            <nav className="phone-bar" aria-label={t('contactNavigation')}>
              <button type="button" className="phone-back" onClick={() => setPane('conversation')}>
                <ArrowLeft className="icon" aria-hidden="true" /> {t('conversation')}
              </button>
            </nav>
            <ContactPanel detail={detail} onMerged={() => void refreshDetail()} />
          </div>
        ) : null}
      </div>
    </div>
  );
}
