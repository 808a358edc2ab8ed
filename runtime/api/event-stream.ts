import type { Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { ConversationRecord, MessageRecord } from '../store/records';

/** An event of a test chat contact has been handled (its run may have moved without a message). */
export interface EventApplied {
  contactId: string;
  eventId: string;
}

/** How much a slow reader may hold up before it is dropped. */
export interface StreamLimits {
  /** Bytes waiting for the client (ours and the socket's) past which it is dropped. Default 1 MiB. */
  maxBufferedBytes: number;
  /** How long a full buffer may wait for the client to read before it is dropped. Default 30 s. */
  drainTimeoutMs: number;
}

export const defaultStreamLimits: StreamLimits = { maxBufferedBytes: 1024 * 1024, drainTimeoutMs: 30_000 };

/**
 * Server-sent events from the live feed: `message` for each stored message that `accept` lets
 * through, `conversation` for each changed conversation when `conversations` is set (never the test
 * chat's), and `applied` each time an event of the contact `applied` names has been handled.
 *
 * A client that stops reading (a frozen tab, a hostile socket) would otherwise have every event
 * buffered in this process without end: it is disconnected instead, and an EventSource that was
 * only slow reconnects by itself.
 */
export function streamLiveEvents(
  services: RuntimeServices,
  res: Response,
  options: { accept?: (message: MessageRecord) => boolean; conversations?: boolean; applied?: string; limits?: StreamLimits } = {},
): void {
  const limits = options.limits ?? defaultStreamLimits;
  let drainTimer: ReturnType<typeof setTimeout> | undefined;
  let ended = false;

  const send = (chunk: string) => {
    if (ended) return;
    if (res.write(chunk)) return;
    if (res.writableLength > limits.maxBufferedBytes) return drop('buffer full');
    drainTimer ??= setTimeout(() => drop('no drain'), limits.drainTimeoutMs);
  };
  const onMessage = (message: MessageRecord) => {
    if (!options.accept || options.accept(message)) send(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  };
  const onConversation = (conversation: ConversationRecord) => {
    if (!conversation.test) send(`event: conversation\ndata: ${JSON.stringify(conversation)}\n\n`);
  };
  const onApplied = (applied: EventApplied) => {
    if (applied.contactId === options.applied) send(`event: applied\ndata: ${JSON.stringify(applied)}\n\n`);
  };
  const onDrain = () => {
    clearTimeout(drainTimer);
    drainTimer = undefined;
  };
  const ping = setInterval(() => send(': ping\n\n'), 15_000);
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(ping);
    clearTimeout(drainTimer);
    services.messages.off('message', onMessage);
    services.messages.off('conversation', onConversation);
    services.messages.off('applied', onApplied);
  };
  const drop = (reason: string) => {
    services.log.warn({ reason, buffered: res.writableLength }, 'live event stream: dropped a client that does not read');
    end();
    res.destroy();
  };

  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  send(': connected\n\n');
  res.on('drain', onDrain);
  res.on('close', end);
  services.messages.on('message', onMessage);
  if (options.conversations) services.messages.on('conversation', onConversation);
  if (options.applied) services.messages.on('applied', onApplied);
}
