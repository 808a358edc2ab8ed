import type { DomainEventRecord, DomainEventType } from '../store/event-records';
import type { ConversationActor, ConversationEventRecord, ConversationOpener, ConversationRecord, MessageRecord, RunState } from '../store/records';
import { tallyHour, type Tally } from '../store/tallies';
import type { DomainEventGate } from './engine-deps';
import type { InboundEvent } from '../queue/inbound-event';

/** What opens a conversation, read from the event being handled. */
export function openerOf(event: InboundEvent): ConversationOpener {
  if (event.kind === 'message' || event.kind === 'postback') return 'customer';
  if (event.kind === 'follow') return 'follow';
  if (event.kind === 'agent-action') return event.agent.id ? 'agent' : 'api';
  if (event.kind === 'start-workflow') return event.trigger === 'trigger-shortcut' ? 'agent' : 'api';
  return 'workflow';
}

/**
 * The facts reports and event subscriptions read, gathered while one event is handled and written
 * in the same commit as the change they describe: conversation history, report tallies and domain
 * events. A test chat contact's facts are not gathered: tests never count.
 */
export class SessionFacts {
  readonly conversationEvents: ConversationEventRecord[] = [];
  readonly tallies: Tally[] = [];
  readonly domainEvents: DomainEventRecord[] = [];
  /** Conversations a rating step asked in during this event. */
  readonly csatAsked = new Set<string>();
  private counter = 0;

  constructor(
    private readonly contactId: string,
    private readonly eventId: string,
    private readonly now: Date,
    readonly test: boolean,
    private readonly gate: DomainEventGate | undefined,
  ) {}

  private get at(): string {
    return this.now.toISOString();
  }

  private get hour(): string {
    return tallyHour(this.now);
  }

  private history(conversation: ConversationRecord, fact: Omit<ConversationEventRecord, 'id' | 'conversationId' | 'contactId' | 'at' | 'test'>): void {
    this.conversationEvents.push({
      id: `ce-${this.eventId}-${this.counter++}`,
      conversationId: conversation.id,
      contactId: this.contactId,
      at: this.at,
      ...(this.test ? { test: true } : {}),
      ...fact,
    });
  }

  /** Keeps a domain event when a subscription wants its type. */
  domain(type: DomainEventType, data: Record<string, unknown>): void {
    if (this.test || !this.gate?.wants(type)) return;
    this.domainEvents.push({ id: `de-${this.eventId}-${this.domainEvents.length}`, type, at: this.at, contactId: this.contactId, data });
  }

  opened(conversation: ConversationRecord, by: ConversationOpener, byUserId: string | null): void {
    this.history(conversation, { kind: 'opened', by, byUserId });
    this.domain('conversation.opened', { conversationId: conversation.id, contactId: this.contactId, openedBy: by });
  }

  /** `via`: the workflow and step that assigned, by name, so the timeline can say which. */
  assigned(conversation: ConversationRecord, by: ConversationActor, byUserId: string | null, via?: { workflowName: string; stepName: string }): void {
    this.history(conversation, { kind: 'assigned', by, byUserId, assignee: conversation.assignee, team: conversation.team, ...via });
    this.domain('conversation.assigned', {
      conversationId: conversation.id,
      contactId: this.contactId,
      assignee: conversation.assignee,
      team: conversation.team,
      by,
    });
  }

  closed(conversation: ConversationRecord): void {
    const { closedBy, closedByUserId, category, summary, assignee, team } = conversation;
    this.history(conversation, {
      kind: 'closed',
      by: closedBy ?? 'api',
      byUserId: closedByUserId ?? null,
      category: category ?? null,
      summary: summary ?? null,
      assignee,
      team,
    });
    this.domain('conversation.closed', { conversationId: conversation.id, contactId: this.contactId, closedBy, category, summary, assignee, team });
  }

  /** An agent replied in a closed conversation: it is open again, theirs. */
  reopened(conversation: ConversationRecord, by: ConversationActor, byUserId: string | null): void {
    this.history(conversation, { kind: 'reopened', by, byUserId, assignee: conversation.assignee, team: conversation.team });
  }

  /** A tag added to or removed from the contact while in this conversation. */
  tagged(conversation: ConversationRecord, tag: string, added: boolean, by: ConversationActor, byUserId: string | null, workflowName?: string): void {
    this.history(conversation, { kind: added ? 'tagged' : 'untagged', tag, by, byUserId, ...(workflowName ? { workflowName } : {}) });
  }

  /** A customer's message, counted where it ended up (the conversation the event opened, if any). */
  received(message: MessageRecord): void {
    if (!this.test)
      this.tallies.push({ kind: 'messages', key: { hour: this.hour, conversationId: message.conversationId ?? '', agentId: '' }, add: { received: 1 } });
    this.domain('message.received', { messageId: message.id, conversationId: message.conversationId, contactId: this.contactId, content: message.content });
  }

  stepReached(run: RunState, stepId: string): void {
    this.step(run, stepId, { reached: 1 });
  }

  /** How a waiting step ended: answered, invalid (attempts used up) or timed out. */
  stepLeft(run: RunState, stepId: string, port: string, byAnswer: boolean): void {
    if (port === 'invalid') this.step(run, stepId, { invalid: 1 });
    else if (port === 'timeout') this.step(run, stepId, { timedOut: 1 });
    else if (byAnswer) this.step(run, stepId, { answered: 1 });
  }

  /** A run that ended failed or interrupted while at this step. */
  dropped(run: RunState, stepId: string): void {
    this.step(run, stepId, { dropped: 1 });
  }

  private step(run: RunState, stepId: string, add: Partial<Record<'reached' | 'answered' | 'invalid' | 'timedOut' | 'dropped', number>>): void {
    if (this.test || run.version < 1) return;
    this.tallies.push({ kind: 'steps', key: { hour: this.hour, workflowId: run.workflowId, version: run.version, stepId }, add });
  }

  contactCreated(source: string, profile: Record<string, unknown>): void {
    if (!this.test) this.tallies.push({ kind: 'contacts', key: { hour: this.hour, source }, add: { created: 1 } });
    this.domain('contact.created', profile);
  }

  unfollowed(source: string): void {
    if (!this.test) this.tallies.push({ kind: 'contacts', key: { hour: this.hour, source }, add: { unfollowed: 1 } });
  }
}
