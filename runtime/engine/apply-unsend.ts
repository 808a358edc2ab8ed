import type { UnsendEvent } from '../queue/inbound-event';
import type { MessageRecord } from '../store/records';
import type { EventSession } from './event-session';

/** LINE lets a user unsend a message within 24 hours; the search looks a little further back. */
const unsendWindowMs = 25 * 60 * 60 * 1000;
/** The contact's messages read to find it: a bounded read of the (contactId, at) index, newest first. */
const messagesSearched = 1000;

/**
 * The customer unsent a message: its record stays in the transcript (the conversation's order and
 * counts do not change) with its content replaced by `{ type: 'unsent' }` and `unsentAt` set, so no
 * text, file name or content id is kept. Cached media of it is dropped by the content cache when it
 * sees the change (runtime/line/content-cache.ts). An unknown id (too old, never received) changes nothing.
 */
export async function applyUnsend(session: EventSession, event: UnsendEvent): Promise<void> {
  const since = new Date(session.now.getTime() - unsendWindowMs).toISOString();
  const recent = await session.deps.store.messages.find(
    { contactId: session.contact.id, direction: 'in', at: { $gte: since } },
    { sort: { at: -1 }, limit: messagesSearched },
  );
  const found = recent.find((message) => lineMessageId(message) === event.messageId);
  if (!found) {
    session.log.info({ lineMessageId: event.messageId }, 'unsend: no recent message with this id; nothing to hide');
    return;
  }
  if (found.unsentAt) return;
  const unsent: MessageRecord = { ...found, content: { type: 'unsent' }, unsentAt: session.now.toISOString() };
  session.messages.push(unsent);
}

/** LINE's id of a customer's message, as the transcript keeps it. */
export function lineMessageId(message: Pick<MessageRecord, 'content'>): string | undefined {
  const id = (message.content as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : undefined;
}
