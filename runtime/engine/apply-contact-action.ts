import { typedLike } from '../../shared/contacts/contact-rules';
import type { ContactAction, MergedProfile } from '../contacts/contact-action';
import type { ContactActionEvent } from '../queue/inbound-event';
import type { ContactRecord } from '../store/records';
import type { EventSession } from './event-session';
import { endRun } from './run-steps';

/** A change to the contact itself, applied in the contact's order: an edit, a merge away, or taking in a merged profile. */
export async function applyContactAction(session: EventSession, event: ContactActionEvent): Promise<void> {
  const { action } = event;
  // A profile merged away keeps its history elsewhere: edits go to where it went, through the API.
  if (session.contact.mergedInto && action.type !== 'absorb') return;
  switch (action.type) {
    case 'edit':
      return applyEdit(session.contact, action);
    case 'merge-into':
      return mergeAway(session, event, action.into);
    case 'absorb':
      return absorb(session, event, action);
  }
}

function applyEdit(contact: ContactRecord, edit: Extract<ContactAction, { type: 'edit' }>): void {
  if (edit.displayName !== undefined) contact.displayName = edit.displayName;
  if (edit.language !== undefined) contact.language = edit.language;
  for (const [name, value] of Object.entries(edit.fields ?? {})) {
    if (value === null) delete contact.fields[name];
    else contact.fields[name] = value;
  }
  for (const [name, text] of Object.entries(edit.textFields ?? {})) contact.fields[name] = typedLike(contact.fields[name], text);
  const removed = new Set(edit.removeTags ?? []);
  contact.tags = [...new Set([...contact.tags.filter((t) => !removed.has(t)), ...(edit.addTags ?? [])])];
}

/**
 * Merges this contact into another, between this contact's events: its workflow stops, its open
 * conversation closes (the other contact may have one open; a contact has one at most), and its
 * conversations, messages, runs and ratings move, all in this event's one commit. The other
 * contact then takes in this profile's values through its own queue (a file-event effect).
 */
async function mergeAway(session: EventSession, event: ContactActionEvent, into: string): Promise<void> {
  const { contact, deps } = session;
  const target = await deps.store.contacts.get(into);
  if (!target || target.mergedInto || target.id === contact.id) {
    session.log.warn({ into }, 'merge refused: the contact to merge into is gone or merged itself');
    return;
  }
  const targetName = target.displayName ?? target.id;
  const conversation = await session.loadOpenConversation();
  if (session.run) {
    session.record({
      conversationId: session.run.conversationId ?? conversation?.id ?? null,
      direction: 'out',
      author: 'system',
      content: { type: 'event', text: `${session.run.workflowName} stopped: ${event.agent.name} merged this contact into ${targetName}` },
    });
    endRun(session, session.run, 'interrupted');
  }
  const closed = await session.closeOpenConversation({
    by: event.agent.id ? 'agent' : 'api',
    byUserId: event.agent.id,
    summary: `Merged into ${targetName}`,
  });
  if (closed) {
    session.record({
      conversationId: closed.id,
      direction: 'out',
      author: 'system',
      content: { type: 'event', text: `Conversation closed: ${event.agent.name} merged this contact into ${targetName}` },
    });
  }
  const moved = await moveHistory(session, into);
  contact.mergedInto = into;
  contact.openConversationId = null;
  const profile: MergedProfile = {
    ...(contact.displayName ? { displayName: contact.displayName } : {}),
    ...(contact.language ? { language: contact.language } : {}),
    ...(contact.pictureUrl ? { pictureUrl: contact.pictureUrl } : {}),
    fields: { ...contact.fields },
    tags: [...contact.tags],
  };
  const now = deps.now().getTime();
  session.effects.push({
    kind: 'file-event',
    id: `file-absorb-${event.id}`,
    event: {
      kind: 'contact-action',
      id: `absorb-${event.id}`,
      contactId: into,
      timestamp: now,
      receivedAt: now,
      agent: event.agent,
      action: { type: 'absorb', from: contact.id, fromName: contact.displayName ?? null, profile, moved },
    },
  });
}

/** This contact's conversations, messages, runs and ratings, written as the other contact's; returns how many conversations. */
async function moveHistory(session: EventSession, into: string): Promise<number> {
  const { store } = session.deps;
  const id = session.contact.id;
  const at = session.now.toISOString();
  const [conversations, messages, runs, ratings] = await Promise.all([
    store.conversations.find({ contactId: id }),
    store.messages.find({ contactId: id }),
    store.runs.find({ contactId: id }),
    store.csatResponses.find({ contactId: id }),
  ]);
  // What this event changed is moved as it now is, not as it was stored.
  const touched = session.conversationsTouched;
  for (const c of conversations) session.moved.conversations.push({ ...(touched.get(c.id) ?? c), contactId: into });
  for (const c of touched.values()) if (!conversations.some((known) => known.id === c.id)) session.moved.conversations.push({ ...c, contactId: into });
  for (const m of [...messages, ...session.messages]) session.moved.messages.push({ ...m, contactId: into });
  session.messages.length = 0;
  for (const r of runs) {
    const current = session.runsTouched.get(r.id);
    session.moved.runs.push(current ? { ...r, ...current, contactId: into, updatedAt: at } : { ...r, contactId: into });
  }
  for (const r of ratings) session.moved.csatResponses.push({ ...r, contactId: into });
  return session.moved.conversations.length;
}

/** Takes in a merged profile: this contact's own values win, the other's fill the gaps; tags of both. */
async function absorb(session: EventSession, event: ContactActionEvent, action: Extract<ContactAction, { type: 'absorb' }>): Promise<void> {
  const { contact } = session;
  if (contact.mergedInto) {
    // Merged on meanwhile: the profile goes on to where this one went (a merge back into its source is dropped).
    if (contact.mergedInto === action.from) return session.log.warn({ from: action.from }, 'merge dropped: the two contacts were merged into each other');
    session.effects.push({ kind: 'file-event', id: `file-${event.id}`, event: { ...event, id: `fwd-${event.id}`, contactId: contact.mergedInto } });
    return;
  }
  const { profile } = action;
  contact.displayName ??= profile.displayName;
  contact.language ??= profile.language;
  contact.pictureUrl ??= profile.pictureUrl;
  contact.fields = { ...profile.fields, ...contact.fields };
  contact.tags = [...new Set([...contact.tags, ...profile.tags])];
  const conversation = await session.loadOpenConversation();
  if (conversation) {
    const name = action.fromName ?? action.from;
    session.record({
      conversationId: conversation.id,
      direction: 'out',
      author: 'system',
      content: { type: 'event', text: `${event.agent.name} merged ${name} into this contact (${action.moved} conversation(s) moved)` },
    });
  }
}
