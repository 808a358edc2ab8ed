import type { ConversationFlagRecord } from '../store/conversation-list-records';
import type { MessageHit } from '../store/message-search';
import type { ConversationRecord } from '../store/records';
import type { Store } from '../store/store';
import { isSnoozed } from './is-snoozed';

export type Row = ConversationRecord & {
  contactName: string | null;
  contactPictureUrl: string | null;
  unread: number;
  pinned: boolean;
  followUp: boolean;
  snoozedUntil: string | null;
  match: { messageId: string; at: string; snippet: string } | null;
};

/** A page of conversations as list rows: three finds by id for the page, whatever its length. */
export async function listRows(
  store: Store,
  agentId: string | null,
  conversations: ConversationRecord[],
  snoozes: Map<string, ConversationFlagRecord>,
  hits?: Map<string, MessageHit>,
): Promise<Row[]> {
  if (conversations.length === 0) return [];
  const ids = conversations.map((c) => c.id);
  const [contacts, flags, markers] = await Promise.all([
    store.contacts.find({ id: { $in: [...new Set(conversations.map((c) => c.contactId))] } }),
    store.conversationFlags.find({ id: { $in: ids } }),
    agentId ? store.readMarkers.find({ agentId, conversationId: { $in: ids } }) : Promise.resolve([]),
  ]);
  const contactOf = new Map(contacts.map((c) => [c.id, c]));
  const flagOf = new Map(flags.map((f) => [f.id, f]));
  const seenOf = new Map(markers.map((m) => [m.conversationId, m.seenCustomerMessages]));
  return conversations.map((c) => {
    const contact = contactOf.get(c.contactId);
    const flag = flagOf.get(c.id);
    const hit = hits?.get(c.id);
    return {
      ...c,
      preview: c.preview ?? null,
      contactName: contact?.displayName ?? null,
      contactPictureUrl: contact?.pictureUrl ?? null,
      unread: Math.max(0, (c.customerMessages ?? 0) - (seenOf.get(c.id) ?? 0)),
      pinned: flag?.pinned ?? false,
      followUp: flag?.followUp ?? false,
      snoozedUntil: isSnoozed(c, snoozes.get(c.id)) ? (flag?.snoozedUntil ?? null) : null,
      match: hit ? { messageId: hit.messageId, at: hit.at, snippet: hit.snippet } : null,
    };
  });
}
