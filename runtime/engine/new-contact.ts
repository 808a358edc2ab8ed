import { locateContact } from '../channels/contact-address';
import type { ContactRecord } from '../store/records';

export function newContact(id: string, now: Date, source?: ContactRecord['source']): ContactRecord {
  const at = now.toISOString();
  return {
    id,
    channelId: locateContact(id).channelId,
    fields: {},
    tags: [],
    isFriend: true,
    ...(source ? { source } : {}),
    openConversationId: null,
    createdAt: at,
    updatedAt: at,
    engine: { run: null, appliedEventIds: [], effects: [] },
  };
}
