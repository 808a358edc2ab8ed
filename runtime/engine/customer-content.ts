import type { InboundEvent, MessageEvent } from '../queue/inbound-event';
import type { ContactRecord } from '../store/records';

/**
 * What the transcript keeps of a customer's LINE message: the message as LINE sent it (its
 * `quoteToken` included, so an agent can quote it), without its mark-as-read token. That token is
 * remembered on the contact instead, the newest replacing older ones (marking it reads every
 * message before it too), and used once, when an agent opens the conversation.
 */
export function customerContent(contact: ContactRecord, message: MessageEvent['message'], conversationId: string | null): Record<string, unknown> {
  const { markAsReadToken, ...content } = message;
  if (typeof markAsReadToken === 'string' && markAsReadToken !== '') contact.engine.markAsRead = { token: markAsReadToken, conversationId };
  return content;
}

/** The quote token of the customer's message being handled, for a run it starts (a send step may quote it). */
export function triggerQuoteToken(event: InboundEvent): { quoteToken?: string } {
  if (event.kind !== 'message' || event.standby) return {};
  const token = event.message.quoteToken;
  return typeof token === 'string' && token !== '' ? { quoteToken: token } : {};
}
