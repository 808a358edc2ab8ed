import type { CustomerAnswer } from '../../shared/answers/match-choice';
import { getStepDefinition, type TriggerInput } from '../../shared/steps';
import type { InboundEvent, MessageEvent, PostbackEvent } from '../queue/inbound-event';
import type { ConversationRecord, EffectRecord, PendingEffect } from '../store/records';
import { VersionConflictError } from '../store/store-errors';
import type { Lease } from './lease';
import type { EngineDeps } from './engine-deps';
import { applyAgentAction } from './apply-agent-action';
import { applyContactAction } from './apply-contact-action';
import { applyUnsend } from './apply-unsend';
import { customerContent } from './customer-content';
import { EventSession } from './event-session';
import { deliveryEffects } from './delivery-effects';
import { keepStandbyMessage } from './keep-standby-message';
import { newContact } from './new-contact';
import { persistSession } from './persist-session';
import { postbackLabel } from './postback-label';
import { publicProfile } from './finish-facts';
import type { TriggerEntry } from './published-workflows';
import { refreshProfile } from './refresh-profile';
import { endRun, resumeRun, startRun } from './run-steps';
import { bestTrigger } from './trigger-registry';

/** Applied event ids kept per contact to drop repeats. Redis remembers them for days; this survives losing Redis. */
const appliedIdsKept = 50;
/** A contact changed by someone else meanwhile (an agent's edit) is read again this many times. */
const conflictRetries = 5;

/**
 * Applies one event to its contact: decides what runs, sends and waits, and commits it all (the
 * contact's state, conversations, messages, runs and the effects to carry out) in one transaction,
 * conditional on the contact's version and the lease's fencing token. Returns the effects still to
 * carry out. An event already applied (a retry after a crash) changes nothing and returns the
 * effects it left unfinished.
 */
export async function applyEvent(event: InboundEvent, deps: EngineDeps, lease?: Lease): Promise<Applied> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await applyOnce(event, deps, lease);
    } catch (error) {
      if (!(error instanceof VersionConflictError) || attempt >= conflictRetries) throw error;
    }
  }
}

/**
 * `effects` are to be carried out now; `applied` is false when an earlier attempt decided them (their
 * outcome may be in doubt). `leftover`: they were left by an earlier event (an upgrade from 0.1, a
 * dead letter tried again): carry them out, then apply this event again.
 */
export interface Applied {
  effects: EffectRecord[];
  applied: boolean;
  leftover?: boolean;
}

async function applyOnce(event: InboundEvent, deps: EngineDeps, lease: Lease | undefined): Promise<Applied> {
  const stored = await deps.store.contacts.get(event.contactId);
  if (stored?.engine.appliedEventIds.includes(event.id)) return { effects: await openEffects(deps, event.contactId), applied: false };
  // The next event is decided only once every effect decided before it is done.
  const leftover = stored ? await openEffects(deps, event.contactId) : [];
  if (leftover.length > 0) return { effects: leftover, applied: false, leftover: true };
  const contact = stored ?? newContact(event.contactId, deps.now(), sourceOf(event));
  if (!contact.profileFetchedAt && isFromCustomer(event)) await refreshProfile(contact, deps);
  delete contact.engine.effects;
  // A new contact's profile is announced by contact.created; only later changes make contact.updated.
  const profileBefore = stored ? JSON.stringify(publicProfile(contact)) : '';
  const session = new EventSession(contact, event, deps, await deps.workflows.sourceFor(event.contactId));
  session.onConversationClosed = (conversation) => startClosedTriggers(session, conversation);
  if (!stored) session.facts.contactCreated(contact.source ?? 'other', { contactId: contact.id, source: contact.source });
  session.companyBusinessHours = await deps.workflows.companyBusinessHours();
  await dispatch(session);
  contact.engine.appliedEventIds = [...contact.engine.appliedEventIds, event.id].slice(-appliedIdsKept);
  const effects = effectRecords(session, [...deliveryEffects(session), ...session.effects]);
  deps.pauseAt?.('before-commit', event);
  await persistSession(session, { expectedVersion: stored?.version ?? null, effects, lease, profileBefore });
  deps.pauseAt?.('after-commit', event);
  return { effects, applied: true };
}

/** The effects a contact's last events left not done, oldest first. */
export async function openEffects(deps: EngineDeps, contactId: string): Promise<EffectRecord[]> {
  return deps.store.effects.find({ contactId, state: { $in: ['pending', 'started'] } }, { sort: { seq: 1 } });
}

function effectRecords(session: EventSession, effects: PendingEffect[]): EffectRecord[] {
  const at = session.now.toISOString();
  // Later events' effects sort after earlier ones' even when an event was set aside unfinished.
  const base = session.now.getTime() * 1000;
  return effects.map((payload, i) => ({
    id: payload.id,
    contactId: session.contact.id,
    eventId: session.event.id,
    seq: base + i,
    kind: payload.kind,
    state: 'pending',
    attempts: 0,
    payload,
    updatedAt: at,
  }));
}

/** How a contact first reached the account, for the contacts report. */
function sourceOf(event: InboundEvent): 'follow' | 'message' | 'other' {
  if (event.kind === 'follow') return 'follow';
  return event.kind === 'message' || event.kind === 'postback' ? 'message' : 'other';
}

function isFromCustomer(event: InboundEvent): boolean {
  return event.kind === 'message' || event.kind === 'postback' || event.kind === 'follow';
}

async function dispatch(session: EventSession): Promise<void> {
  const { event, contact } = session;
  switch (event.kind) {
    case 'message':
      // Standby: another channel has the chat. Kept, and nothing else: no trigger, no resumed run, no reply.
      return event.standby ? keepStandbyMessage(session, event) : onCustomerInput(session, event);
    case 'postback':
      return onCustomerInput(session, event);
    case 'unsend':
      return applyUnsend(session, event);
    case 'follow': {
      contact.isFriend = true;
      if (session.run) endRun(session, session.run, 'interrupted');
      const entry = await bestTrigger(session.workflows, { on: ['follow'], input: { unblocked: event.unblocked } });
      if (entry) await startRun(session, entry);
      return;
    }
    case 'unfollow':
      if (contact.isFriend) session.facts.unfollowed(contact.source ?? 'other');
      contact.isFriend = false;
      if (session.run) endRun(session, session.run, 'interrupted');
      return;
    case 'timer': {
      const run = session.run;
      if (!run || run.id !== event.runId || run.visit !== event.visit || run.status !== 'waiting') return;
      await session.loadOpenConversation();
      return resumeRun(session, { kind: 'timer', reason: event.reason });
    }
    case 'effect-result': {
      const run = session.run;
      if (!run || run.id !== event.runId || run.visit !== event.visit || run.status !== 'waiting') return;
      await session.loadOpenConversation();
      return resumeRun(session, { kind: 'effect-result', result: event.result });
    }
    case 'agent-action':
      return applyAgentAction(session, event);
    case 'contact-action':
      return applyContactAction(session, event);
    case 'start-workflow': {
      const on = getStepDefinition(event.trigger)?.trigger?.on;
      const entry = on ? await bestTrigger(session.workflows, { on: [on], input: {}, workflowId: event.workflowId }) : undefined;
      if (!entry) return;
      await session.loadOpenConversation();
      session.record({
        conversationId: event.conversationId ?? session.conversation?.id ?? null,
        direction: 'out',
        author: 'system',
        content: { type: 'event', text: `${entry.workflow.document.name} started by ${event.startedBy}` },
      });
      return startRun(session, entry, { vars: event.vars, ...(event.conversationId ? { conversationId: event.conversationId } : {}) });
    }
    case 'close-conversation': {
      const by = event.closedBy === 'agent' ? 'agent' : 'api';
      const note = { by, byUserId: event.agent?.id ?? null, category: event.category ?? null, summary: event.summary ?? null } as const;
      const closed = await session.closeOpenConversation(note, event.conversationId);
      if (!closed) return;
      const who = event.agent ? event.agent.name : 'the API';
      session.record({
        conversationId: closed.id,
        direction: 'out',
        author: 'system',
        content: { type: 'event', fact: 'closed', text: `Conversation closed by ${who}${event.category ? ` (${event.category})` : ''}` },
      });
      if (session.run && session.run.conversationId === closed.id) endRun(session, session.run, 'interrupted');
      return startClosedTriggers(session, closed);
    }
  }
}

/**
 * A customer's message or tap: the waiting run gets it unless an interrupting keyword matches;
 * otherwise the best trigger starts a run (the order is in shared/steps/trigger-spec.ts).
 */
async function onCustomerInput(session: EventSession, event: MessageEvent | PostbackEvent): Promise<void> {
  const answer: CustomerAnswer & TriggerInput =
    event.kind === 'postback' ? { postbackData: event.data } : { text: event.message.type === 'text' ? event.message.text : undefined };
  const run = session.run;
  const label = event.kind === 'postback' ? await postbackLabel(session, event.data) : undefined;
  const content = (conversationId: string | null) =>
    event.kind === 'postback'
      ? { type: 'postback', data: event.data, params: event.params, displayText: event.displayText, ...(label ? { label } : {}) }
      : customerContent(session.contact, event.message, conversationId);

  let interrupting: TriggerEntry | undefined;
  if (run?.status === 'waiting') {
    await session.loadOpenConversation();
    interrupting = await bestTrigger(session.workflows, { on: ['customer-message'], input: answer, runWaiting: true });
    if (interrupting) {
      endRun(session, run, 'interrupted');
    } else {
      const conversationId = run.conversationId ?? session.conversation?.id ?? null;
      session.record({ id: `in-${event.id}`, conversationId, direction: 'in', author: 'customer', content: content(conversationId) });
      const waitingType = run.nodeId ? (await session.workflows.version(run.workflowId, run.version))?.nodes.get(run.nodeId)?.type : undefined;
      // A wait step waits for time, not for an answer: the message is only recorded.
      if (waitingType && waitingType !== 'wait' && getStepDefinition(waitingType)?.waits) await resumeRun(session, { kind: 'answer', answer });
      return;
    }
  }

  const opened = await session.ensureOpenConversation();
  const conversationId = session.conversation?.id ?? null;
  session.record({ id: `in-${event.id}`, conversationId, direction: 'in', author: 'customer', content: content(conversationId) });
  // A message that opens a conversation is also a `conversation-opened`: those triggers compete for it.
  const on = opened ? (['customer-message', 'conversation-opened'] as const) : (['customer-message'] as const);
  const entry = interrupting ?? (await bestTrigger(session.workflows, { on, input: answer }));
  if (!entry) return;
  await startRun(session, entry);
  // A conversation-opened workflow that ended at once (a quiet router: language, team) took
  // nothing the customer asked for: the message goes on to the keyword and any-message triggers.
  if (opened && getStepDefinition(entry.node.type)?.trigger?.on === 'conversation-opened' && session.run === null) {
    const next = await bestTrigger(session.workflows, { on: ['customer-message'], input: answer });
    if (next) await startRun(session, next);
  }
}

async function startClosedTriggers(session: EventSession, conversation: ConversationRecord): Promise<void> {
  const entry = await bestTrigger(session.workflows, { on: ['conversation-closed'], input: {} });
  if (!entry) return;
  await startRun(session, entry, { conversationId: conversation.id });
}
