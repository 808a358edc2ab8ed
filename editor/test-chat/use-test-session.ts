import { useEffect, useEffectEvent, useState } from 'react';
import { ApiError, api, apiClient, workflowsApi } from '../api/api-client';
import type { LineContent, RunView } from '../../shared/api/conversations-api';
import { useEditor } from '../state/editor-store';

export interface ChatMessage {
  id: string;
  direction: 'in' | 'out';
  content: LineContent;
}

export type SendBody = { text?: string; postbackData?: string; displayText?: string };

const errorText = (e: unknown) => (e instanceof ApiError ? e.message : String(e));

/**
 * One test chat session: a fresh test contact running the saved draft, its messages (streamed),
 * and its runs, read again after every event the engine handles for it — a timer or a trigger
 * that sends nothing still moves the trace, the variables and the step lit on the canvas.
 */
export function useTestSession(save: () => Promise<void>) {
  const workflowId = useEditor((s) => s.workflowId);
  const setActiveNode = useEditor((s) => s.setActiveNode);
  const [contact, setContact] = useState<string | null>(null);
  const [messages, setMessages] = useState<ChatMessage[]>([]);
  const [runs, setRuns] = useState<RunView[]>([]);
  const [conversationOpen, setConversationOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  // Called from the Restart button and when the chat opens; the state is cleared once the draft is saved, not synchronously in the effect.
  const start = () =>
    save()
      .then(() => {
        setError(null);
        setNotice(null);
        setMessages([]);
        setRuns([]);
        setConversationOpen(false);
        setActiveNode(null);
        return workflowsApi.startTest(workflowId as string);
      })
      .then(
        ({ contactId }) => setContact(contactId),
        (e: unknown) => {
          setContact(null);
          setError(errorText(e));
        },
      );
  const startOnOpen = useEffectEvent(() => void start());

  const refresh = useEffectEvent(async (contactId: string) => {
    try {
      const [{ runs: list }, details] = await Promise.all([
        api('listRuns', { query: { contactId } }),
        api('getTestContact', { params: { userId: contactId } }),
      ]);
      setRuns(list);
      setConversationOpen(details.openConversationId !== null);
      const last = list[list.length - 1];
      setActiveNode(last?.status === 'waiting' ? last.nodeId : (last?.trace[last.trace.length - 1]?.stepId ?? null));
    } catch (e) {
      setError(errorText(e));
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
    });
    source.addEventListener('applied', () => void refresh(contact));
    return () => source.close();
  }, [contact]);

  /** Runs a call of the session, showing its error (or its note) above the chat. */
  const attempt = async <T>(call: (userId: string) => Promise<T>): Promise<T | undefined> => {
    if (!contact) return undefined;
    try {
      setError(null);
      return await call(contact);
    } catch (e) {
      setError(errorText(e));
      return undefined;
    }
  };

  const send = (body: SendBody) => attempt((userId) => api('sendSimulatedMessage', { params: { userId }, body }));
  const timeoutNow = () => attempt((userId) => api('fireSimulatedTimer', { params: { userId } }));
  const follow = () => attempt((userId) => api('simulateFollow', { params: { userId } }));
  const fire = async (body: Parameters<typeof fireTrigger>[1]) => {
    const answer = await attempt((userId) => fireTrigger(userId, body));
    setNotice(answer?.note ?? null);
    return answer !== undefined;
  };

  return { contact, messages, runs, conversationOpen, error, notice, start, send, timeoutNow, follow, fire, setError };
}

function fireTrigger(
  userId: string,
  body: {
    trigger: 'conversation-opened' | 'conversation-closed' | 'shortcut' | 'incoming-webhook';
    text?: string;
    fields?: Record<string, string>;
    variables?: Record<string, unknown>;
  },
) {
  return api('fireTestTrigger', { params: { userId }, body });
}

export type TestSession = ReturnType<typeof useTestSession>;
