import { UserRound, X } from 'lucide-react';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LineMessageView } from './line-message-view';
import { RichMenuBar } from './rich-menu-bar';
import { RunTrace } from './run-trace';
import { TestContactPanel } from './test-contact-panel';
import { TriggerForm } from './trigger-form';
import { TriggerMenu, type DraftTrigger } from './trigger-menu';
import { useTestSession, type SendBody } from './use-test-session';
import './test-chat-sandbox.css';

/** A LINE quick-reply button: a postback (data) or a message (text). */
interface QuickReplyItem {
  action: { type: string; label: string; data?: string; text?: string; displayText?: string };
}

type Panel = { kind: 'contact' } | { kind: 'form'; trigger: Extract<DraftTrigger, { kind: 'conversation-opened' | 'shortcut' | 'incoming-webhook' }> } | null;

/**
 * A LINE-looking chat that runs the draft (not the published version) on a test contact the
 * inbox, the contacts list and reports never show: a sandbox where every trigger of the draft can
 * be fired, timers skipped and the contact's fields set. The step being run lights up on the
 * canvas; the run's trace and variables show below, updated after each event.
 */
export function TestChat({ save, onClose }: { save: () => Promise<void>; onClose: () => void }) {
  const { t } = useTranslation('testChat');
  const session = useTestSession(save);
  const { contact, messages, runs, error, notice } = session;
  const [text, setText] = useState('');
  const [panel, setPanel] = useState<Panel>(null);
  const bottom = useRef<HTMLDivElement>(null);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  const send = async (body: SendBody) => {
    await session.send(body);
  };
  const pick = (trigger: DraftTrigger) => {
    switch (trigger.kind) {
      case 'follow':
        return void session.follow();
      case 'conversation-closed':
        return void session.fire({ trigger: 'conversation-closed' });
      case 'keyword':
        return void send({ text: trigger.text });
      case 'any-message':
        return;
      default:
        setPanel({ kind: 'form', trigger });
    }
  };

  const lastOut = [...messages].reverse().find((m) => m.direction === 'out');
  const quickReplies =
    messages[messages.length - 1] === lastOut ? ((lastOut?.content.quickReply as { items?: QuickReplyItem[] } | undefined)?.items ?? []) : [];
  const run = runs[runs.length - 1];

  return (
    <aside className="test-chat" aria-label={t('chat.label')}>
      <header>
        <strong>{t('chat.title')}</strong> <span className="muted">{t('chat.runsDraft')}</span>
        <span className="spacer" />
        <button type="button" onClick={() => void session.start()}>
          {t('chat.restart')}
        </button>
        <button type="button" className="icon-button" aria-label={t('chat.close')} onClick={onClose}>
          <X className="icon" aria-hidden="true" />
        </button>
      </header>
      <div className="test-chat-tools" role="toolbar" aria-label={t('chat.sandbox')}>
        <TriggerMenu disabled={!contact} conversationOpen={session.conversationOpen} onPick={pick} />
        <button type="button" disabled={run?.status !== 'waiting'} onClick={() => void session.timeoutNow()} title={t('chat.timeoutNowHint')}>
          {t('chat.timeoutNow')}
        </button>
        <button
          type="button"
          aria-pressed={panel?.kind === 'contact'}
          disabled={!contact}
          onClick={() => setPanel(panel?.kind === 'contact' ? null : { kind: 'contact' })}
        >
          <UserRound className="icon" aria-hidden="true" /> {t('chat.contact')}
        </button>
      </div>
      {panel?.kind === 'contact' && contact ? <TestContactPanel contact={contact} onClose={() => setPanel(null)} /> : null}
      {panel?.kind === 'form' ? <TriggerForm key={panel.trigger.label} trigger={panel.trigger} fire={session.fire} onDone={() => setPanel(null)} /> : null}
      {error ? (
        <div className="chat-error" role="alert">
          {error}
        </div>
      ) : null}
      {notice ? (
        <div className="chat-notice" role="status">
          {notice}
        </div>
      ) : null}
      <div className="chat-log">
        {messages.map((m) => (
          <div
            key={m.id}
            className={`bubble ${m.direction === 'in' ? 'from-customer' : m.content?.type === 'note' || m.content?.type === 'event' ? 'system' : 'from-bot'}`}
          >
            <LineMessageView content={m.content} />
          </div>
        ))}
        <div ref={bottom} />
      </div>
      {quickReplies.length ? (
        <div className="quick-replies">
          {quickReplies.map((item, i) => (
            <button
              type="button"
              className="quick-reply"
              key={i}
              onClick={() =>
                void send(
                  item.action.type === 'postback'
                    ? { postbackData: item.action.data, displayText: item.action.displayText ?? item.action.label }
                    : { text: item.action.text ?? item.action.label },
                )
              }
            >
              {item.action.label}
            </button>
          ))}
        </div>
      ) : null}
      <RichMenuBar
        contact={contact}
        changes={messages.length}
        send={send}
        input={
          <form
            className="chat-input"
            onSubmit={(e) => {
              e.preventDefault();
              if (!text.trim()) return;
              void send({ text });
              setText('');
            }}
          >
            <input
              aria-label={t('chat.message')}
              placeholder={t('chat.typeMessage')}
              value={text}
              onChange={(e) => setText(e.target.value)}
              disabled={!contact}
            />
            <button type="submit" disabled={!contact}>
              {t('chat.send')}
            </button>
          </form>
        }
      />
      {run ? <RunTrace run={run} /> : null}
    </aside>
  );
}
