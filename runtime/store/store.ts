import type { Collection, CollectionIndex } from './collection';
import type {
  ContactRecord,
  ConversationRecord,
  CounterRecord,
  CsatResponseRecord,
  TestSessionRecord,
  UserRecord,
  SettingRecord,
  IgnoredEventRecord,
  MessageRecord,
  RunRecord,
  WorkflowRecord,
  WorkflowVersionRecord,
} from './records';

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
  settings: Collection<SettingRecord>;
  sessions: Collection<import('../auth/sessions').SessionRecord>;
  /** Resolves when the backend answers; rejects otherwise. */
  ping(): Promise<void>;
  close(): Promise<void>;
  readonly kind: 'embedded' | 'mongodb';
}

export type CollectionName = Exclude<keyof Store, 'ping' | 'close' | 'kind'>;

/** The indexes each collection needs, for both backends. */
export const collectionIndexes: Record<CollectionName, CollectionIndex[]> = {
  workflows: [{ fields: ['updatedAt'] }],
  versions: [{ fields: ['workflowId', 'version'], unique: true }],
  contacts: [{ fields: ['engine.run.status'] }, { fields: ['updatedAt'] }],
  conversations: [{ fields: ['contactId', 'status'] }, { fields: ['status', 'lastMessageAt'] }],
  messages: [{ fields: ['conversationId', 'at'] }, { fields: ['contactId', 'at'] }],
  runs: [{ fields: ['contactId', 'startedAt'] }, { fields: ['conversationId', 'startedAt'] }],
  counters: [],
  ignoredEvents: [{ fields: ['receivedAt'] }],
  csatResponses: [{ fields: ['workflowId', 'at'] }, { fields: ['conversationId'] }],
  testSessions: [{ fields: ['workflowId'] }],
  users: [{ fields: ['email'], unique: true }],
  settings: [],
  sessions: [{ fields: ['userId'] }],
};

export const collectionNames = Object.keys(collectionIndexes) as CollectionName[];
