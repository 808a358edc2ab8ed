import type { Collection, CollectionIndex } from './collection';
import type {
  ContactRecord,
  ConversationRecord,
  ConversationEventRecord,
  CounterRecord,
  CsatResponseRecord,
  SessionRecord,
  TestSessionRecord,
  UserRecord,
  TeamRecord,
  SettingRecord,
  IgnoredEventRecord,
  EffectRecord,
  MessageRecord,
  RunRecord,
  WorkflowRecord,
  WorkflowVersionRecord,
} from './records';
import type { DeadLetterRecord, DomainEventRecord, InboundEventRecord } from './event-records';
import type { EventDeliveryAttemptRecord, EventDeliveryRecord, EventSubscriptionRecord } from './subscription-records';
import type { Tally } from './tallies';
import type { AuditEntryRecord } from './audit-records';
import type { SavedReplyRecord } from './saved-reply-records';
import type { ConversationFlagRecord, ReadMarkerRecord } from './conversation-list-records';
import type { MessageSearch } from './message-search';
import type { ContactSearch } from './contact-search';
import type { ChannelRecord } from '../channels/channel-records';
import type { RichMenuImageRecord, RichMenuLinkRecord, RichMenuRecord } from '../rich-menus/rich-menu-records';

export interface Store {
  workflows: Collection<WorkflowRecord>;
  versions: Collection<WorkflowVersionRecord>;
  contacts: Collection<ContactRecord>;
  conversations: Collection<ConversationRecord>;
  messages: Collection<MessageRecord>;
  runs: Collection<RunRecord>;
  counters: Collection<CounterRecord>;
  ignoredEvents: Collection<IgnoredEventRecord>;
  csatResponses: Collection<CsatResponseRecord>;
  testSessions: Collection<TestSessionRecord>;
  users: Collection<UserRecord>;
  teams: Collection<TeamRecord>;
  settings: Collection<SettingRecord>;
  sessions: Collection<SessionRecord>;
  effects: Collection<EffectRecord>;
  deadLetters: Collection<DeadLetterRecord>;
  inboundEvents: Collection<InboundEventRecord>;
  conversationEvents: Collection<ConversationEventRecord>;
  domainEvents: Collection<DomainEventRecord>;
  eventSubscriptions: Collection<EventSubscriptionRecord>;
  eventDeliveries: Collection<EventDeliveryRecord>;
  eventDeliveryAttempts: Collection<EventDeliveryAttemptRecord>;
  auditLog: Collection<AuditEntryRecord>;
  channels: Collection<ChannelRecord>;
  richMenus: Collection<RichMenuRecord>;
  richMenuImages: Collection<RichMenuImageRecord>;
  richMenuLinks: Collection<RichMenuLinkRecord>;
  savedReplies: Collection<SavedReplyRecord>;
  conversationFlags: Collection<ConversationFlagRecord>;
  readMarkers: Collection<ReadMarkerRecord>;
  /** Full-text search over message texts (FTS5 trigram in SQLite, a text index in MongoDB). */
  messageSearch: MessageSearch;
  /** The contacts list: search by name, user id, field value and tag, by index, a page at a time. */
  contactSearch: ContactSearch;
  /**
   * Takes the next fencing token of a contact: from now on only writes carrying it succeed, so a
   * worker that lost the contact's lock (stalled past it) changes nothing.
   */
  claimFence(contactId: string): Promise<number>;
  /**
   * Advances a counter once per claim: the first call with `claimId` adds one and remembers the
   * value; later calls with it (a retried decision of the same event) get the same value back.
   */
  takeTurn(counterId: string, claimId: string): Promise<number>;
  /** Whether `token` is still the contact's latest fencing token (a read; commits check it themselves). */
  holdsFence(contactId: string, token: number): Promise<boolean>;
  /** Writes all of a commit or nothing (see Commit); throws FenceLostError or VersionConflictError. */
  commit(commit: Commit): Promise<void>;
  /** What reports read, as this backend's own queries. */
  reports: import('../reports/report-source').ReportSource;
  /** Resolves when the backend can write; rejects otherwise. */
  ping(): Promise<void>;
  /** A consistent copy of the whole store into `file`, taken while it runs (embedded store only). */
  backup?(file: string): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'sqlite' | 'mongodb';
}

export type CollectionName = Exclude<
  keyof Store,
  'ping' | 'close' | 'kind' | 'claimFence' | 'holdsFence' | 'takeTurn' | 'commit' | 'backup' | 'reports' | 'messageSearch' | 'contactSearch'
>;

type DocumentOf<K extends CollectionName> = Store[K] extends Collection<infer T> ? T : never;

/** What one handled event (or one effect's progress) writes, in one transaction. */
export interface Commit {
  /** Everything is written only while this is the contact's latest fencing token. */
  fence?: { contactId: string; token: number };
  /** The contact, written only if its version is still `expectedVersion` (null: it must not exist yet). */
  contact?: { doc: ContactRecord; expectedVersion: number | null };
  /** Whole documents inserted or replaced. */
  puts?: { [K in CollectionName]?: DocumentOf<K>[] };
  increments?: { collection: 'counters'; id: string; field: string; by: number }[];
  /** Report counters to add to (see tallies.ts). */
  tallies?: Tally[];
}

/** The indexes each collection needs, for both backends. */
export const collectionIndexes: Record<CollectionName, CollectionIndex[]> = {
  workflows: [{ fields: ['updatedAt'] }],
  versions: [{ fields: ['workflowId', 'version'], unique: true }],
  contacts: [{ fields: ['engine.run.status'] }, { fields: ['updatedAt'] }],
  conversations: [
    { fields: ['contactId', 'status'] },
    { fields: ['channelId', 'status', 'lastMessageAt'] },
    { fields: ['status', 'lastMessageAt'] },
    { fields: ['openedAt'] },
    { fields: ['closedAt'] },
    { fields: ['category', 'status', 'lastMessageAt'] },
    { fields: ['lastMessageAt'] },
  ],
  messages: [{ fields: ['conversationId', 'at'] }, { fields: ['contactId', 'at'] }],
  // The run log lists a workflow's runs newest first, by status or version (runtime/api/run-log-router.ts).
  runs: [
    { fields: ['contactId', 'startedAt'] },
    { fields: ['conversationId', 'startedAt'] },
    { fields: ['workflowId', 'version', 'startedAt'] },
    { fields: ['workflowId', 'status', 'startedAt'] },
    { fields: ['workflowId', 'startedAt'] },
  ],
  counters: [],
  ignoredEvents: [{ fields: ['receivedAt'] }],
  csatResponses: [{ fields: ['workflowId', 'at'] }, { fields: ['conversationId'] }, { fields: ['at'] }],
  testSessions: [{ fields: ['workflowId'] }],
  users: [{ fields: ['email'], unique: true }],
  // Names are unique without regard to case (nameKey); a person's teams are found by member.
  teams: [{ fields: ['nameKey'], unique: true }, { fields: ['memberIds'] }],
  settings: [],
  sessions: [{ fields: ['userId'] }],
  effects: [{ fields: ['contactId', 'state', 'seq'] }],
  deadLetters: [{ fields: ['status', 'createdAt'] }],
  inboundEvents: [{ fields: ['receivedAt'] }, { fields: ['contactId', 'receivedAt'] }],
  conversationEvents: [{ fields: ['kind', 'at'] }, { fields: ['conversationId', 'at'] }],
  domainEvents: [{ fields: ['at'] }],
  eventSubscriptions: [],
  eventDeliveries: [{ fields: ['subscriptionId', 'status', 'nextAttemptAt'] }, { fields: ['subscriptionId', 'createdAt'] }, { fields: ['createdAt'] }],
  eventDeliveryAttempts: [{ fields: ['deliveryId'] }, { fields: ['subscriptionId'] }],
  // Newest first by id (ids start with the time); MongoDB keys documents by _id.
  auditLog: [{ fields: ['action', '_id'] }, { fields: ['actor.id', '_id'] }, { fields: ['target.id', '_id'] }],
  channels: [{ fields: ['createdAt'] }],
  // Aliases are unique per channel, checked when set (a unique index would refuse two menus without one on MongoDB).
  richMenus: [{ fields: ['channelId', 'createdAt'] }, { fields: ['channelId', 'aliasId'] }],
  richMenuImages: [],
  richMenuLinks: [{ fields: ['richMenuId'] }],
  // A code is unique per owner ('shared' or a user id): the list is the shared ones and the caller's.
  savedReplies: [{ fields: ['owner', 'code'], unique: true }],
  // The inbox list: pinned ones on top, snoozes still running, one agent's markers for a page of rows.
  conversationFlags: [{ fields: ['pinned'] }, { fields: ['snoozedUntil'] }, { fields: ['followUp'] }],
  readMarkers: [{ fields: ['agentId', 'conversationId'] }],
};

export const collectionNames = Object.keys(collectionIndexes) as CollectionName[];
