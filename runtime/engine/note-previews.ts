import { messagePreview } from '../../shared/inbox/message-preview';
import type { ConversationRecord, MessageRecord } from '../store/records';
import type { EventSession } from './event-session';

/**
 * Keeps each conversation's list preview, its count of the customer's messages and the time of
 * their latest, in the commit that writes the messages: listing then reads no messages. What the
 * workflow or an agent sends is decided in this event too (it is delivered after the commit), so
 * it is the latest message. Notes and system lines are not shown: a list row shows what was said.
 */
export async function notePreviews(session: EventSession): Promise<void> {
  const at = session.now.toISOString();
  const touched = async (id: string | null) => {
    const conversation = id ? await session.conversationById(id) : null;
    if (conversation) session.conversationsTouched.set(conversation.id, conversation);
    return conversation;
  };
  for (const message of session.messages) {
    const conversation = await touched(message.conversationId);
    if (!conversation) continue;
    if (message.unsentAt) {
      // The text is gone: so is its preview.
      if (conversation.preview?.messageId === message.id) conversation.preview = { ...conversation.preview, text: messagePreview(message.content) };
      continue;
    }
    if (message.author === 'customer') {
      conversation.customerMessages = (conversation.customerMessages ?? 0) + 1;
      conversation.lastCustomerMessageAt = message.at;
    }
    if (shown(message)) setPreview(conversation, message.id, message.author as 'customer' | 'agent', message.content, message.at);
  }
  for (const [i, entry] of session.outgoing.entries()) {
    const conversation = await touched(entry.conversationId);
    if (!conversation) continue;
    setPreview(conversation, `out-${session.event.id}-${i}`, entry.author ?? 'bot', entry.message, at);
    conversation.lastMessageAt = at;
  }
}

function shown(message: MessageRecord): boolean {
  const type = (message.content as { type?: unknown } | null)?.type;
  return (message.author === 'customer' || message.author === 'agent') && type !== 'note' && type !== 'event';
}

function setPreview(conversation: ConversationRecord, messageId: string, author: 'customer' | 'bot' | 'agent', content: unknown, at: string): void {
  conversation.preview = { messageId, author, text: messagePreview(content), at };
}
