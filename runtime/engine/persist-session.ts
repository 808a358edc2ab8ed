import type { EffectRecord } from '../store/records';
import type { InboundEventRecord } from '../store/event-records';
import type { EventSession } from './event-session';
import type { Lease } from './lease';
import { finishFacts } from './finish-facts';
import { notePreviews } from './note-previews';
import { mergeTallies } from '../store/tallies';

/**
 * Commits what handling an event decided, in one transaction: the contact (with the applied event
 * id), conversations, messages, runs, CSAT answers, the effects to carry out and the event's
 * archive entry. It commits only if the contact is still at the version read and the lease's
 * fencing token is still the latest; otherwise nothing is written (see Store.commit).
 */
export async function persistSession(
  session: EventSession,
  options: { expectedVersion: number | null; effects: EffectRecord[]; lease: Lease | undefined; profileBefore: string },
): Promise<void> {
  const { store } = session.deps;
  const contact = session.contact;
  await finishFacts(session, options.profileBefore);
  await notePreviews(session);
  contact.updatedAt = session.now.toISOString();
  await store.commit({
    ...(options.lease ? { fence: { contactId: options.lease.contactId, token: options.lease.fence } } : {}),
    contact: { doc: contact, expectedVersion: options.expectedVersion },
    puts: {
      runs: [...session.runRecords(), ...session.moved.runs],
      conversations: [...session.conversationsTouched.values(), ...session.moved.conversations],
      messages: [...session.messages, ...session.moved.messages],
      csatResponses: [...session.csat, ...session.moved.csatResponses],
      effects: options.effects,
      inboundEvents: [archiveEntry(session)],
      conversationEvents: session.facts.conversationEvents,
      domainEvents: session.facts.domainEvents,
    },
    tallies: mergeTallies(session.facts.tallies),
  });
  for (const message of session.messages) session.deps.onMessage?.(message);
  for (const conversation of session.conversationsTouched.values()) session.deps.onConversation?.(conversation);
  session.deps.onApplied?.(contact.id, session.event.id);
  // Counted once the commit holds: a decision tried again after a conflict would count its runs twice.
  for (const run of session.runsTouched.values()) if (run.endedAt === contact.updatedAt) session.deps.metrics?.runEnded(run.status);
}

function archiveEntry(session: EventSession): InboundEventRecord {
  const { event } = session;
  const { raw, replyToken: _token, ...rest } = event;
  return {
    id: event.id,
    contactId: event.contactId,
    kind: event.kind,
    // LINE's own event when it came from LINE; LineFlow's event (timer, agent action...) otherwise.
    raw: raw ?? rest,
    receivedAt: new Date(event.receivedAt).toISOString(),
    outcome: 'applied',
    runId: [...session.runsTouched.keys()].at(-1) ?? null,
    handledAt: session.now.toISOString(),
    ...(session.deps.workerId ? { handledBy: session.deps.workerId } : {}),
  };
}
