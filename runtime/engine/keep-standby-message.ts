import type { MessageEvent } from '../queue/inbound-event';
import type { EventSession } from './event-session';

/**
 * A message LINE sent in standby mode: another channel (a module, another bot) has the chat, so
 * LineFlow only keeps it, in the contact's open conversation (opened for it if none is), marked
 * `standby`. No trigger is asked, a waiting run is not resumed, nothing is sent, and its
 * mark-as-read token is not kept: reading the chat is the active channel's business.
 */
export async function keepStandbyMessage(session: EventSession, event: MessageEvent): Promise<void> {
  await session.ensureOpenConversation();
  const { markAsReadToken: _notOurs, ...content } = event.message;
  session.record({ id: `in-${event.id}`, conversationId: session.conversation?.id ?? null, direction: 'in', author: 'customer', content, standby: true });
}
