import type { EventSession } from './event-session';

/**
 * Writes what handling an event decided. Every document has an id derived from the event, so a
 * repeat after a crash rewrites the same documents; the contact (with the engine state and the
 * applied event id) is written last, in one update: until then the event counts as not applied.
 */
export async function persistSession(session: EventSession, isNewContact: boolean): Promise<void> {
  const { store } = session.deps;
  const writes: Promise<unknown>[] = [];
  for (const run of session.runRecords()) writes.push(store.runs.put(run));
  for (const conversation of session.conversationsTouched.values()) writes.push(store.conversations.put(conversation));
  for (const message of session.messages) writes.push(store.messages.put(message));
  for (const response of session.csat) writes.push(store.csatResponses.put(response));
  await Promise.all(writes);
  const contact = session.contact;
  contact.updatedAt = session.now.toISOString();
  if (isNewContact) await store.contacts.put(contact);
  else {
    const { id: _id, createdAt: _createdAt, ...changes } = contact;
    await store.contacts.patch(contact.id, changes);
  }
  for (const message of session.messages) session.deps.onMessage?.(message);
  for (const conversation of session.conversationsTouched.values()) session.deps.onConversation?.(conversation);
}
