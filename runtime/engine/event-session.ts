import { locateContact } from '../channels/contact-address';
import { renderTemplate } from '../../shared/template/render-template';
import type { LineMessage } from '../line/line-transport';
import type { Logger } from '../logging/create-logger';
import type { InboundEvent } from '../queue/inbound-event';
import type {
  ContactRecord,
  ConversationActor,
  ConversationOpener,
  ConversationRecord,
  CsatResponseRecord,
  DeliverEffect,
  MessageRecord,
  PendingEffect,
  RunRecord,
  RunState,
} from '../store/records';
import type { StepContext } from '../steps/step-context';
import { assignByStep } from './assign-by-step';
import { customerWaits } from './customer-waits';
import type { EngineDeps } from './engine-deps';
import { testContactPrefix, type PublishedWorkflow, type WorkflowSource } from './published-workflows';
import { openerOf, SessionFacts } from './session-facts';
import { stepLineOptions } from './step-line-options';

/** How a conversation is closed: by whom, and the category and summary reports show. */
export interface ClosingNote {
  by: ConversationActor;
  byUserId?: string | null;
  category?: string | null;
  summary?: string | null;
}

/**
 * The working state while one event is handled: the contact, its open conversation, the run,
 * and everything decided (messages to send, records to write). Nothing is written until
 * `persistSession`, and every id is derived from the event's id, so handling the same event
 * again after a crash writes the same documents.
 */
export class EventSession {
  readonly now: Date;
  readonly log: Logger;
  conversation: ConversationRecord | null = null;
  readonly conversationsTouched = new Map<string, ConversationRecord>();
  readonly runsTouched = new Map<string, RunState>();
  readonly messages: MessageRecord[] = [];
  readonly csat: CsatResponseRecord[] = [];
  readonly outgoing: {
    runId: string | null;
    stepId: string | null;
    conversationId: string | null;
    message: LineMessage;
    author?: 'bot' | 'agent';
    agentId?: string | null;
    notificationDisabled?: boolean;
  }[] = [];
  /** History, report tallies and domain events, written with the rest. */
  readonly facts: SessionFacts;
  /** Timers and calls decided, carried out after the decision is stored (after the messages). */
  readonly effects: Exclude<PendingEffect, DeliverEffect>[] = [];
  /**
   * History moved by a merge (runtime/engine/apply-contact-action.ts): written with the rest and
   * after the session's own records, so a run or conversation this event also changed is written as moved.
   */
  readonly moved = {
    conversations: [] as ConversationRecord[],
    messages: [] as MessageRecord[],
    runs: [] as RunRecord[],
    csatResponses: [] as CsatResponseRecord[],
  };
  /** Work to do after the current run stops, such as starting CSAT after a close step. */
  readonly afterRun: (() => Promise<void>)[] = [];
  private counter = 0;
  /** Used by steps of workflows that set no business hours of their own. */
  companyBusinessHours: import('../../shared/document/workflow-document').BusinessHours | null = null;

  constructor(
    readonly contact: ContactRecord,
    readonly event: InboundEvent,
    readonly deps: EngineDeps,
    /** The published workflows, or the draft under test for a test contact. */
    readonly workflows: WorkflowSource,
  ) {
    this.now = deps.now();
    this.log = deps.log.child({ contactId: contact.id, eventId: event.id });
    this.facts = new SessionFacts(contact.id, event.id, this.now, contact.id.startsWith(testContactPrefix), deps.domainEvents);
  }

  get run(): RunState | null {
    return this.contact.engine.run;
  }

  set run(run: RunState | null) {
    this.contact.engine.run = run;
  }

  /** A fresh id, the same every time this event is handled. */
  nextId(kind: string): string {
    return `${kind}-${this.event.id}-${this.counter++}`;
  }

  async loadOpenConversation(): Promise<ConversationRecord | null> {
    if (this.conversation || !this.contact.openConversationId) return this.conversation;
    this.conversation = await this.deps.store.conversations.get(this.contact.openConversationId);
    return this.conversation;
  }

  /** Opens a conversation when none is open; true when it opened one. */
  async ensureOpenConversation(): Promise<boolean> {
    if (await this.loadOpenConversation()) return false;
    const at = this.now.toISOString();
    this.conversation = {
      id: this.nextId('conv'),
      contactId: this.contact.id,
      channelId: locateContact(this.contact.id).channelId,
      status: 'open',
      openedAt: at,
      closedAt: null,
      assignee: null,
      team: null,
      lastMessageAt: at,
      updatedAt: at,
      openedBy: openerOf(this.event),
      ...(this.facts.test ? { test: true } : {}),
      firstCustomerMessageAt: null,
      firstAssignedAt: null,
      firstAgentMessageAt: null,
      closedBy: null,
      category: null,
      tags: [...this.contact.tags],
      servedBy: [],
    };
    this.contact.openConversationId = this.conversation.id;
    this.conversationsTouched.set(this.conversation.id, this.conversation);
    // What this event already said or sent outside any conversation (the customer's tap that made a
    // workflow assign) belongs to the conversation it opened: the timeline and first response start there.
    for (const message of this.messages) if (message.conversationId === null) message.conversationId = this.conversation.id;
    for (const entry of this.outgoing) if (entry.conversationId === null) entry.conversationId = this.conversation.id;
    this.facts.opened(this.conversation, this.conversation.openedBy as ConversationOpener, this.event.kind === 'agent-action' ? this.event.agent.id : null);
    return true;
  }

  /** A conversation by id, kept for writing when it changes. */
  async conversationById(id: string): Promise<ConversationRecord | null> {
    const known = this.conversationsTouched.get(id) ?? (this.conversation?.id === id ? this.conversation : null);
    if (known) return known;
    const found = await this.deps.store.conversations.get(id);
    if (found?.status === 'open' && found.id === this.contact.openConversationId) this.conversation = found;
    return found;
  }

  /** Closes the open conversation; returns it, or null when none was open. */
  async closeOpenConversation(note: ClosingNote, conversationId?: string): Promise<ConversationRecord | null> {
    const conversation = await this.loadOpenConversation();
    if (!conversation || (conversationId && conversation.id !== conversationId)) return null;
    conversation.status = 'closed';
    conversation.closedAt = this.now.toISOString();
    conversation.updatedAt = conversation.closedAt;
    conversation.closedBy = note.by;
    conversation.closedByUserId = note.byUserId ?? null;
    conversation.category = note.category ?? null;
    conversation.summary = note.summary ?? null;
    this.conversationsTouched.set(conversation.id, conversation);
    this.contact.openConversationId = null;
    this.conversation = null;
    this.facts.closed(conversation);
    return conversation;
  }

  /** Assigns a conversation (null: unassigns), keeping the history. */
  assignConversation(
    conversation: ConversationRecord,
    to: { assignee: string | null; team: string | null; via?: { workflowName: string; stepName: string } },
    by: ConversationActor,
    byUserId: string | null,
  ): void {
    conversation.assignee = to.assignee;
    conversation.team = to.team;
    conversation.updatedAt = this.now.toISOString();
    if (to.assignee) conversation.firstAssignedAt ??= conversation.updatedAt;
    this.conversationsTouched.set(conversation.id, conversation);
    this.facts.assigned(conversation, by, byUserId, to.via);
  }

  record(message: Omit<MessageRecord, 'id' | 'at' | 'contactId'> & { id?: string }): void {
    const conversationId = message.conversationId;
    const stored: MessageRecord = { ...message, id: message.id ?? this.nextId('msg'), contactId: this.contact.id, at: this.now.toISOString() };
    this.messages.push(stored);
    const found = conversationId ? (this.conversationsTouched.get(conversationId) ?? this.conversation) : null;
    const conversation = found && found.id === conversationId ? found : null;
    if (conversation) {
      conversation.lastMessageAt = this.now.toISOString();
      conversation.updatedAt = conversation.lastMessageAt;
      this.conversationsTouched.set(conversation.id, conversation);
    }
  }

  /** Keeps the run's record (its trace) up to date for writing. */
  touchRun(run: RunState): void {
    this.runsTouched.set(run.id, run);
  }

  runRecords(): RunRecord[] {
    return [...this.runsTouched.values()].map((run) => ({ ...run, contactId: this.contact.id, updatedAt: this.now.toISOString() }));
  }

  templateScope(run: RunState, workflow: PublishedWorkflow) {
    const { engine: _engine, fields, ...profile } = this.contact;
    const conversation = this.conversation ?? (run.conversationId ? this.conversationsTouched.get(run.conversationId) : undefined);
    return {
      contact: { ...fields, userId: profile.id, displayName: profile.displayName, language: profile.language, pictureUrl: profile.pictureUrl },
      vars: run.vars,
      conversation: conversation
        ? { id: conversation.id, status: conversation.status, team: conversation.team, assignee: conversation.assignee }
        : { id: run.conversationId },
      workflow: { id: workflow.workflowId, name: workflow.document.name, version: workflow.version },
    };
  }

  stepContext(run: RunState, workflow: PublishedWorkflow, nodeId: string, missing: string[]): StepContext {
    const templateScope = () => this.templateScope(run, workflow);
    return {
      nodeId,
      runId: run.id,
      attempts: run.attempts,
      vars: run.vars,
      get contact() {
        return templateScope().contact;
      },
      tags: this.contact.tags,
      settings:
        workflow.document.settings.businessHours || !this.companyBusinessHours
          ? workflow.document.settings
          : { ...workflow.document.settings, businessHours: this.companyBusinessHours },
      now: this.now,
      log: this.log.child({ workflowId: workflow.workflowId, runId: run.id, stepId: nodeId }),
      render: (text, escape) => {
        const rendered = renderTemplate(text, this.templateScope(run, workflow), escape ? { escape } : {});
        missing.push(...rendered.missing);
        return rendered.text;
      },
      emit: (effect) => {
        // `h-` for HTTP calls: the ids of effects already stored stay the same.
        const prefix = effect.kind === 'http' ? 'h' : effect.kind;
        const waiting = effect.kind === 'http' && customerWaits(this.event) ? { customerWaiting: true } : {};
        this.effects.push({ ...effect, id: `${prefix}-${run.id}-${run.visit}`, runId: run.id, stepId: nodeId, visit: run.visit, ...waiting });
      },
      send: (sent) => {
        const { messages, request } = stepLineOptions(workflow.nodes.get(nodeId)?.data, run, sent);
        for (const message of messages) this.outgoing.push({ runId: run.id, stepId: nodeId, conversationId: run.conversationId, message, ...request });
      },
      setContactField: (name, value) => {
        if (name === 'language' || name === 'displayName') (this.contact as unknown as Record<string, unknown>)[name] = value;
        else this.contact.fields[name] = value;
      },
      addTag: (tag) => {
        if (!this.contact.tags.includes(tag)) this.contact.tags.push(tag);
      },
      removeTag: (tag) => {
        this.contact.tags = this.contact.tags.filter((t) => t !== tag);
      },
      addNote: (text) => {
        this.record({ conversationId: run.conversationId, direction: 'out', author: 'system', content: { type: 'note', text }, runId: run.id, stepId: nodeId });
      },
      closeConversation: (category) => {
        this.afterRun.push(async () => {
          const closed = await this.closeOpenConversation({ by: 'workflow', category: category ?? null });
          if (closed) await this.onConversationClosed(closed);
        });
      },
      csatAsked: () => {
        if (run.conversationId) this.facts.csatAsked.add(run.conversationId);
      },
      assign: (target) => assignByStep(this, run, workflow, nodeId, target),
      recordCsat: (score, scale) => {
        this.csat.push({
          id: this.nextId('csat'),
          contactId: this.contact.id,
          conversationId: run.conversationId,
          runId: run.id,
          workflowId: run.workflowId,
          version: run.version,
          score,
          scale,
          at: this.now.toISOString(),
        });
      },
    };
  }

  /** Set by handle-event: what to do when a conversation closes (start CSAT workflows). */
  onConversationClosed: (conversation: ConversationRecord) => Promise<void> = async () => {};
}
