import { agentSender, type LineSender } from '../line/agent-sender';
import { readLineHelperSettings } from '../line/line-helper-settings';
import type { ConversationRecord, UserRecord } from '../store/records';
import type { Store } from '../store/store';
import { HttpError } from './http-error';

/**
 * The quote token of the customer's message an agent's reply quotes: one the customer sent in this
 * conversation, with a token LINE gave (text, sticker, image, video), not unsent since.
 */
export async function quoteTokenOf(store: Store, conversation: ConversationRecord, messageId: string): Promise<string> {
  const message = await store.messages.get(messageId);
  if (!message || message.conversationId !== conversation.id) throw new HttpError(400, `quoteMessageId: no message "${messageId}" in this conversation`);
  if (message.author !== 'customer') throw new HttpError(400, "quoteMessageId: only a customer's message can be quoted");
  if (message.unsentAt) throw new HttpError(400, 'quoteMessageId: the customer unsent that message');
  const token = (message.content as { quoteToken?: unknown } | null)?.quoteToken;
  if (typeof token !== 'string' || token === '')
    throw new HttpError(400, 'quoteMessageId: LINE gave no quote token for that message (only text, stickers, images and videos can be quoted)');
  return token;
}

/** The agent's name and the installation's icon on the reply, when the setting is on (Settings → LINE's helpers). */
export async function replySender(store: Store, user: UserRecord | null): Promise<{ sender?: LineSender }> {
  if (!user) return {};
  const settings = await readLineHelperSettings(store);
  if (!settings.agentSender) return {};
  const sender = agentSender(user.name, settings.senderIconUrl);
  return sender ? { sender } : {};
}
