import type { ContactRecord, ConversationRecord } from '../store/records';
import type { EventSession } from './event-session';
import { recordTagFacts } from './tag-facts';

/** What a subscriber to contact.created / contact.updated receives: the profile, not the engine's state. */
export function publicProfile(contact: ContactRecord): Record<string, unknown> {
  const { id, displayName, pictureUrl, language, fields, tags, isFriend, source } = contact;
  return { contactId: id, displayName, pictureUrl, language, fields, tags, isFriend, source };
}

/**
 * Completes the facts of a handled event just before its commit, where everything it changed is
 * known: the workflow versions that served each conversation, CSAT asked and answered (with the
 * agent and team the conversation had then), the open conversation's tags, and contact.updated.
 */
export async function finishFacts(session: EventSession, profileBefore: string): Promise<void> {
  const { facts, contact } = session;
  const touch = (conversation: ConversationRecord) => session.conversationsTouched.set(conversation.id, conversation);
  const at = session.now.toISOString();

  for (const message of session.messages) {
    // An unsent message is an earlier message changed, not a new one: counted once, when it came.
    if (message.direction !== 'in' || message.author !== 'customer' || message.unsentAt) continue;
    const conversation = message.conversationId ? await session.conversationById(message.conversationId) : null;
    if (conversation && !conversation.firstCustomerMessageAt) {
      conversation.firstCustomerMessageAt = message.at;
      touch(conversation);
    }
    facts.received(message);
  }
  for (const run of session.runsTouched.values()) {
    if (!run.conversationId || run.version < 1) continue;
    const conversation = await session.conversationById(run.conversationId);
    const served = `${run.workflowId}@${run.version}`;
    if (!conversation || conversation.servedBy?.includes(served)) continue;
    conversation.servedBy = [...(conversation.servedBy ?? []), served];
    touch(conversation);
  }
  for (const id of facts.csatAsked) {
    const conversation = await session.conversationById(id);
    if (!conversation || conversation.csatAskedAt) continue;
    conversation.csatAskedAt = at;
    touch(conversation);
  }
  for (const csat of session.csat) {
    const conversation = csat.conversationId ? await session.conversationById(csat.conversationId) : null;
    if (conversation) {
      conversation.csatScore = csat.score;
      csat.assignee = conversation.assignee;
      csat.team = conversation.team;
      touch(conversation);
    }
    if (facts.test) csat.test = true;
    facts.domain('csat.answered', { ...csat });
  }
  const tagsBefore = profileBefore === '' ? [] : ((JSON.parse(profileBefore) as { tags?: string[] }).tags ?? []);
  await recordTagFacts(session, tagsBefore);
  const open = contact.openConversationId ? await session.conversationById(contact.openConversationId) : null;
  if (open && JSON.stringify(open.tags ?? []) !== JSON.stringify(contact.tags)) {
    open.tags = [...contact.tags];
    touch(open);
  }
  const profile = publicProfile(contact);
  if (profileBefore !== '' && JSON.stringify(profile) !== profileBefore) facts.domain('contact.updated', profile);
}
