import { contactIdFor, defaultChannelId } from '../channels/contact-address';
import type { InboundEvent } from '../queue/inbound-event';

/** A LINE webhook event, as far as LineFlow reads it. Unknown fields are kept as they come. */
export interface LineWebhookEvent {
  type?: string;
  mode?: string;
  timestamp?: number;
  webhookEventId?: string;
  replyToken?: string;
  source?: { type?: string; userId?: string };
  message?: { type: string; text?: string; [key: string]: unknown };
  postback?: { data?: string; params?: Record<string, string> };
  follow?: { isUnblocked?: boolean };
  [key: string]: unknown;
}

export type Conversion = { event: InboundEvent } | { ignored: string };

/**
 * Turns a LINE event of a channel into one the engine handles, or says why LineFlow keeps it but does nothing.
 * `raw` is an object within LineFlow's limits (screen-line-event.ts checks both first); any field
 * may still have any type, and LINE's schema is checked after this.
 */
export function toInboundEvent(raw: LineWebhookEvent, receivedAt: number, channelId: string = defaultChannelId): Conversion {
  if (typeof raw.webhookEventId !== 'string' || raw.webhookEventId === '') return { ignored: 'no webhookEventId' };
  if (typeof raw.source !== 'object' || raw.source === null) return { ignored: 'no source: LineFlow cannot tell whose event it is' };
  if (raw.source.type === 'user' && !raw.source.userId) return { ignored: 'a user source without a userId' };
  if (raw.source.type !== 'user' || !raw.source.userId)
    return { ignored: `from a ${short(raw.source.type ?? 'unknown')} source: only one-to-one chats run workflows` };
  if (raw.mode === 'standby') return { ignored: 'standby mode: another channel has the chat' };
  const base = {
    id: raw.webhookEventId,
    contactId: contactIdFor(channelId, raw.source.userId),
    timestamp: typeof raw.timestamp === 'number' ? raw.timestamp : receivedAt,
    receivedAt,
    ...(raw.replyToken ? { replyToken: raw.replyToken } : {}),
    raw,
  };
  switch (raw.type) {
    case 'message':
      if (raw.message?.type === 'text' && typeof raw.message.text !== 'string') return { ignored: 'text message whose text is not a string' };
      return raw.message?.type ? { event: { ...base, kind: 'message', message: raw.message } } : { ignored: 'message event without a message' };
    case 'postback':
      return typeof raw.postback?.data === 'string'
        ? { event: { ...base, kind: 'postback', data: raw.postback.data, ...(raw.postback.params ? { params: raw.postback.params } : {}) } }
        : { ignored: 'postback without data' };
    case 'follow':
      return { event: { ...base, kind: 'follow', unblocked: raw.follow?.isUnblocked === true } };
    case 'unfollow':
      return { event: { ...base, kind: 'unfollow' } };
    default:
      return { ignored: `event type "${short(raw.type ?? 'none')}" runs no workflow` };
  }
}

/** A value from the event, cut short for a reason shown in the inbound-events view. */
function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
