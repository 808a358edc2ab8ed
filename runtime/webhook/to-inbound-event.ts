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
  unsend?: { messageId?: string };
  deliveryContext?: { isRedelivery?: boolean };
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
  // In standby mode another channel has the chat: its messages are kept (and unsends applied), nothing else.
  const standby = raw.mode === 'standby';
  if (standby && raw.type !== 'message' && raw.type !== 'unsend') return { ignored: 'standby mode: another channel has the chat' };
  const base = {
    id: raw.webhookEventId,
    contactId: contactIdFor(channelId, raw.source.userId),
    timestamp: typeof raw.timestamp === 'number' ? raw.timestamp : receivedAt,
    receivedAt,
    // A standby event's reply token (LINE sends none) would let a reply through: it is never kept.
    ...(raw.replyToken && !standby ? { replyToken: raw.replyToken } : {}),
    ...(raw.deliveryContext?.isRedelivery === true ? { redelivery: true } : {}),
    raw,
  };
  switch (raw.type) {
    case 'message':
      if (raw.message?.type === 'text' && typeof raw.message.text !== 'string') return { ignored: 'text message whose text is not a string' };
      if (!raw.message?.type) return { ignored: 'message event without a message' };
      return { event: { ...base, kind: 'message', message: raw.message, ...(standby ? { standby: true } : {}) } };
    case 'postback':
      return typeof raw.postback?.data === 'string'
        ? { event: { ...base, kind: 'postback', data: raw.postback.data, ...(raw.postback.params ? { params: raw.postback.params } : {}) } }
        : { ignored: 'postback without data' };
    case 'follow':
      return { event: { ...base, kind: 'follow', unblocked: raw.follow?.isUnblocked === true } };
    case 'unfollow':
      return { event: { ...base, kind: 'unfollow' } };
    case 'unsend':
      return typeof raw.unsend?.messageId === 'string' && raw.unsend.messageId !== ''
        ? { event: { ...base, kind: 'unsend', messageId: raw.unsend.messageId } }
        : { ignored: 'unsend without a messageId' };
    default:
      return { ignored: `event type "${short(raw.type ?? 'none')}" runs no workflow` };
  }
}

/** A value from the event, cut short for a reason shown in the inbound-events view. */
function short(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
