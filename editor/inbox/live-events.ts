import { useEffect, useEffectEvent } from 'react';
import { apiClient } from '../api/api-client';

type LiveType = 'message' | 'conversation';
type Handler = (data: unknown) => void;

const handlers = new Map<LiveType, Set<Handler>>();
let source: EventSource | null = null;

/**
 * One live stream (GET /api/events) shared by the conversation view and the inbox's alerts, open
 * while anything listens: the session cookie goes with it, no credential in the URL.
 */
function subscribe(type: LiveType, handler: Handler): () => void {
  if (!source) {
    const opened = new EventSource(apiClient.url('streamEvents'));
    for (const kind of ['message', 'conversation'] as const) {
      opened.addEventListener(kind, (event) => {
        const data: unknown = JSON.parse((event as MessageEvent<string>).data);
        for (const listener of handlers.get(kind) ?? []) listener(data);
      });
    }
    source = opened;
  }
  const set = handlers.get(type) ?? new Set<Handler>();
  set.add(handler);
  handlers.set(type, set);
  return () => {
    set.delete(handler);
    if ([...handlers.values()].every((s) => s.size === 0)) {
      source?.close();
      source = null;
    }
  };
}

/** Calls `handler` with each live `message` or `conversation` event while the component is mounted. */
export function useLiveEvent<T>(type: LiveType, handler: (data: T) => void): void {
  const onEvent = useEffectEvent((data: unknown) => handler(data as T));
  useEffect(() => subscribe(type, (data) => onEvent(data)), [type]);
}
