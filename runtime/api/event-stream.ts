import type { Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { ConversationRecord, MessageRecord } from '../store/records';

/**
 * Server-sent events from the live feed: `message` for each stored message that `accept` lets
 * through, and `conversation` for each changed conversation when `conversations` is set.
 */
export function streamLiveEvents(
  services: RuntimeServices,
  res: Response,
  options: { accept?: (message: MessageRecord) => boolean; conversations?: boolean } = {},
): void {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
  res.write(': connected\n\n');
  const onMessage = (message: MessageRecord) => {
    if (!options.accept || options.accept(message)) res.write(`event: message\ndata: ${JSON.stringify(message)}\n\n`);
  };
  const onConversation = (conversation: ConversationRecord) => res.write(`event: conversation\ndata: ${JSON.stringify(conversation)}\n\n`);
  const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
  services.messages.on('message', onMessage);
  if (options.conversations) services.messages.on('conversation', onConversation);
  res.on('close', () => {
    clearInterval(ping);
    services.messages.off('message', onMessage);
    services.messages.off('conversation', onConversation);
  });
}
