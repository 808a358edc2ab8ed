import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Viewer } from '../api/api-client';
import { inboxApi } from './inbox-api';
import { playAlertSound } from './alert-sound';
import { useLiveEvent } from './live-events';
import './inbox-alerts.css';

interface LiveMessage {
  conversationId: string | null;
  direction: string;
  author: string;
  unsentAt?: string;
  content?: { type?: string; text?: string };
}
interface LiveConversation {
  id: string;
  contactId: string;
  status: string;
  assignee: string | null;
}

const dismissedKey = 'lineflow.notifications.asked';
const supported = typeof window !== 'undefined' && 'Notification' in window;

/**
 * Tells an agent what needs them while the inbox is open in a tab: a desktop notification and a
 * short sound for a customer's new message in a conversation assigned to them and for a
 * conversation newly assigned to them, and the count of such unread messages in the tab's title
 * ("(3) Inbox — LineFlow"). Permission is asked only when they press "Turn on notifications".
 */
export function InboxAlerts({ viewer, openConversationId }: { viewer: Viewer; openConversationId: string | null }) {
  const { t } = useTranslation('inbox');
  const [permission, setPermission] = useState(supported ? Notification.permission : 'denied');
  const [asked, setAsked] = useState(() => localStorage.getItem(dismissedKey) === 'yes');
  const [unread, setUnread] = useState<Record<string, number>>({});
  // Who each conversation we know of is assigned to, and its contact's name (for the notification).
  const assignees = useRef(new Map<string, string | null>());
  const names = useRef(new Map<string, string>());

  useEffect(() => {
    if (!viewer.id) return;
    void inboxApi.list({ status: 'open', assignee: 'me' }).then((mine) => {
      for (const c of mine) {
        assignees.current.set(c.id, c.assignee);
        if (c.contactName) names.current.set(c.id, c.contactName);
      }
    });
  }, [viewer.id]);

  const seeing = (id: string) => openConversationId === id && document.visibilityState === 'visible';
  // Opening the conversation (in a visible tab) reads it.
  useEffect(() => {
    const read = () => {
      if (openConversationId && seeing(openConversationId)) setUnread(({ [openConversationId]: _read, ...rest }) => rest);
    };
    read();
    document.addEventListener('visibilitychange', read);
    return () => document.removeEventListener('visibilitychange', read);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- seeing reads the same props
  }, [openConversationId]);

  const notify = (conversationId: string, title: string, body: string) => {
    playAlertSound();
    if (!supported || Notification.permission !== 'granted') return;
    const shown = new Notification(title, { body, tag: conversationId });
    shown.onclick = () => {
      window.focus();
      window.location.hash = `#/inbox/${conversationId}`;
      shown.close();
    };
  };

  useLiveEvent<LiveMessage>('message', (message) => {
    const id = message.conversationId;
    if (!id || message.direction !== 'in' || message.author !== 'customer' || message.unsentAt) return;
    if (assignees.current.get(id) !== viewer.id || seeing(id)) return;
    setUnread((u) => ({ ...u, [id]: (u[id] ?? 0) + 1 }));
    const text = message.content?.type === 'text' ? (message.content.text ?? '') : t('alerts.sentMedia');
    notify(id, t('alerts.newMessage', { name: names.current.get(id) ?? t('alerts.aCustomer') }), text.length > 120 ? `${text.slice(0, 120)}…` : text);
  });

  useLiveEvent<LiveConversation>('conversation', (conversation) => {
    const before = assignees.current.get(conversation.id);
    assignees.current.set(conversation.id, conversation.status === 'open' ? conversation.assignee : null);
    if (conversation.status !== 'open' || conversation.assignee !== viewer.id || before === viewer.id || seeing(conversation.id)) return;
    void inboxApi.get(conversation.id).then(
      (detail) => {
        const name = detail.contact?.displayName ?? t('alerts.aCustomer');
        names.current.set(conversation.id, name);
        notify(conversation.id, t('alerts.assigned'), t('alerts.waiting', { name }));
      },
      () => notify(conversation.id, t('alerts.assigned'), t('alerts.openToAnswer')),
    );
  });

  const count = Object.values(unread).reduce((sum, n) => sum + n, 0);
  useEffect(() => {
    document.title = count ? t('alerts.titleWithCount', { n: count }) : t('alerts.title');
  }, [count, t]);
  useEffect(
    () => () => {
      document.title = 'LineFlow';
    },
    [],
  );

  if (!supported || permission !== 'default' || asked) return null;
  return (
    <div className="notifications-banner" role="region" aria-label={t('alerts.region')}>
      <span>{t('alerts.offer')}</span>
      <button type="button" className="primary" onClick={() => void Notification.requestPermission().then((answer) => setPermission(answer))}>
        {t('alerts.turnOn')}
      </button>
      <button
        type="button"
        className="link"
        onClick={() => {
          localStorage.setItem(dismissedKey, 'yes');
          setAsked(true);
        }}
      >
        {t('alerts.notNow')}
      </button>
    </div>
  );
}
