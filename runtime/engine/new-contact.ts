import { locateContact } from '../channels/contact-address';
import type { ContactRecord } from '../store/records';
import { testContactPrefix } from './published-workflows';

export function newContact(id: string, now: Date, source?: ContactRecord['source']): ContactRecord {
  const at = now.toISOString();
  return {
    id,
    channelId: locateContact(id).channelId,
    fields: {},
    tags: [],
    isFriend: true,
    ...(source ? { source } : {}),
    ...(id.startsWith(testContactPrefix) ? { test: true } : {}),
    openConversationId: null,
    createdAt: at,
    updatedAt: at,
    engine: { run: null, appliedEventIds: [], effects: [] },
  };
}
