import { OctagonAlert, X } from 'lucide-react';
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { ApiError, api, apiClient, workflowsApi } from '../api/api-client';
import type { LineContent, RunView } from '../../shared/api/conversations-api';
import { useEditor } from '../state/editor-store';
import { useStepNames } from '../state/use-step-names';
import { LineMessageView } from './line-message-view';
import { RichMenuBar } from './rich-menu-bar';

interface ChatMessage {
  id: string;
  direction: 'in' | 'out';
  content: LineContent;
}

/** A LINE quick-reply button: a postback (data) or a message (text). */
interface QuickReplyItem {
  action: { type: string; label: string; data?: string; text?: string; displayText?: string };
}

/**
 * A LINE-looking chat that runs the draft (not the published version) on the simulated channel.
 * The step being run lights up on the canvas; the run's trace and variables show below.
 */
export function TestChat({ save, onClose }: { save: () => Promise<void>; onClose: () => void }) {
  const workflowId = useEditor((s) => s.workflowId);
  const setActiveNode = useEditor((s) => s.setActiveNode);
  const names = useStepNames();
  const [contact, setContact] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [runs, setRuns] = useState<RunView[]>([]);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const bottom = useRef<HTMLDivElement>(null);

  // Called from the Restart button and when the chat opens; the state is cleared once the draft is saved, not synchronously in the effect.
  const start = () =>
    save()
      .then(() => {
        setError(null);
        setMessages([]);
        setRuns([]);
        setActiveNode(null);
        return workflowsApi.startTest(workflowId as string);
      })
      .then(
        ({ contactId }) => setContact(contactId),
        (e: unknown) => {
          setContact(null);
          setError(e instanceof ApiError ? e.message : String(e));
        },
      );
  const startOnOpen = useEffectEvent(() => void start());

  const refreshRuns = useEffectEvent(async (contactId: string) => {
    try {
      const { runs: list } = await api('listRuns', { query: { contactId } });
      setRuns(list);
      const last = list[list.length - 1];
      setActiveNode(last?.status === 'waiting' ? last.nodeId : (last?.trace[last.trace.length - 1]?.stepId ?? null));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  });

  useEffect(() => {
    startOnOpen();
    return () => setActiveNode(null);
  }, [workflowId, setActiveNode]);

  useEffect(() => {
    if (!contact) return;
    // The session cookie goes with it; no credential in the URL.
    const source = new EventSource(apiClient.url('streamSimulatedMessages', { params: { userId: contact } }));
    source.addEventListener('message', (event) => {
      const message = JSON.parse(event.data as string) as ChatMessage;
      setMessages((list) => (list.some((m) => m.id === message.id) ? list : [...list, message]));
      void refreshRuns(contact);
    });
    return () => source.close();
  }, [contact]);

  useEffect(() => {
    bottom.current?.scrollIntoView({ block: 'end' });
  }, [messages]);

  const send = async (body: { text?: string; postbackData?: string; displayText?: string }) => {
    if (!contact) return;
    try {
      await api('sendSimulatedMessage', { params: { userId: contact }, body });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const timeoutNow = async () => {
    try {
      await api('fireSimulatedTimer', { params: { userId: contact ?? '' } });
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };

  const lastOut = [...messages].reverse().find((m) => m.direction === 'out');
  const quickReplies =
    messages[messages.length - 1] === lastOut ? ((lastOut?.content.quickReply as { items?: QuickReplyItem[] } | undefined)?.items ?? []) : [];
  const run = runs[runs.length - 1];

  return (
    <aside className="test-chat" aria-label="Test chat">
      <header>
        <strong>Test chat</strong> <span className="muted">runs the draft</span>
        <span className="spacer" />
        <button type="button" onClick={() => void start()}>
          Restart
        </button>
        <button type="button" disabled={run?.status !== 'waiting'} onClick={() => void timeoutNow()}>
          Timeout now
        </button>
        <button type="button" className="icon-button" aria-label="Close test chat" onClick={onClose}>
          <X className="icon" aria-hidden="true" />
        </button>
      </header>
      {error ? (
        <div className="chat-error" role="alert">
          {error}
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
            <input aria-label="Message" placeholder="Type a message" value={text} onChange={(e) => setText(e.target.value)} disabled={!contact} />
            <button type="submit" disabled={!contact}>
              Send
            </button>
          </form>
        }
      />
      {run ? (
        <details className="trace" open>
          <summary>
            Run {run.status}
            {run.error ? `: ${run.error}` : ''}
          </summary>
          <ol>
            {run.trace.map((step, i) => (
              <li key={i}>
                {/* The step's name when it has one; its id (what the run record holds) on hover. */}
                <span title={step.stepId}>{names.get(step.stepId) ?? step.stepId}</span>
                {step.port ? ` → ${step.port}` : ''}
                {step.error ? (
                  <span className="trace-error">
                    {' '}
                    <OctagonAlert className="icon" aria-label="Error" /> {step.error}
                  </span>
                ) : null}
              </li>
            ))}
          </ol>
          {Object.keys(run.vars).length ? <pre className="vars">{JSON.stringify(run.vars, null, 2)}</pre> : null}
        </details>
      ) : null}
    </aside>
  );
}
