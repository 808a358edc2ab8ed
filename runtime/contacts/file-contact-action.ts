import { randomUUID } from 'node:crypto';
import type { RuntimeServices } from '../app/runtime-services';
import type { UserRecord } from '../store/records';
import type { ContactAction } from './contact-action';

/** Files a change to a contact in its queue, so it lands between its events; returns the event's id. */
export async function fileContactAction(services: RuntimeServices, contactId: string, user: UserRecord | null, action: ContactAction): Promise<string> {
  const now = Date.now();
  const eventId = `contact-${randomUUID()}`;
  await services.queue.enqueue({
    kind: 'contact-action',
    id: eventId,
    contactId,
    timestamp: now,
    receivedAt: now,
    agent: { id: user?.id ?? null, name: user?.name ?? 'an admin' },
    action,
  });
  return eventId;
}
