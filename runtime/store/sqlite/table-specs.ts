import type { CollectionName } from '../store';

/** A real column of a table, copied from the document on every write so queries use indexes. */
export interface ColumnSpec {
  /** The document's field (dotted for nested ones). */
  path: string;
  /** Booleans are stored as 0/1; documents hold what they hold. */
  type?: 'text' | 'integer' | 'real' | 'boolean';
  /** Written when the document has no value (for NOT NULL columns added after documents existed). */
  fallback?: string | number;
}

export interface TableSpec {
  table: string;
  columns: Record<string, ColumnSpec>;
  /** Fields holding arrays: equality on them means "contains", as in MongoDB. */
  arrays?: string[];
  /** Writes bump a `version` column, returned as the document's `version`: the engine writes conditionally on it. */
  versioned?: boolean;
}

/**
 * How each collection lies in SQLite: the whole record in `doc` (JSON, read whole) plus the fields
 * that are filtered, sorted or counted on as real, indexed columns. Indexes are in the migrations.
 */
export const tableSpecs: Record<CollectionName, TableSpec> = {
  workflows: { table: 'workflows', columns: { updated_at: { path: 'updatedAt' }, published_version: { path: 'publishedVersion', type: 'integer' } } },
  versions: { table: 'workflow_versions', columns: { workflow_id: { path: 'workflowId' }, version: { path: 'version', type: 'integer' } } },
  contacts: {
    table: 'contacts',
    versioned: true,
    columns: {
      channel_id: { path: 'channelId', fallback: 'default' },
      display_name: { path: 'displayName' },
      run_status: { path: 'engine.run.status' },
      merged_into: { path: 'mergedInto' },
      updated_at: { path: 'updatedAt' },
    },
  },
  conversations: {
    table: 'conversations',
    arrays: ['tags'],
    columns: {
      contact_id: { path: 'contactId' },
      channel_id: { path: 'channelId', fallback: 'default' },
      status: { path: 'status' },
      assignee: { path: 'assignee' },
      team: { path: 'team' },
      opened_at: { path: 'openedAt' },
      closed_at: { path: 'closedAt' },
      last_message_at: { path: 'lastMessageAt' },
      opened_by: { path: 'openedBy' },
      test: { path: 'test', type: 'boolean', fallback: 0 },
      first_customer_at: { path: 'firstCustomerMessageAt' },
      first_assigned_at: { path: 'firstAssignedAt' },
      first_agent_at: { path: 'firstAgentMessageAt' },
      closed_by: { path: 'closedBy' },
      category: { path: 'category' },
      csat_asked_at: { path: 'csatAskedAt' },
      csat_score: { path: 'csatScore', type: 'integer' },
      tags: { path: 'tags' },
      served_by: { path: 'servedBy' },
    },
  },
  messages: {
    table: 'messages',
    columns: {
      conversation_id: { path: 'conversationId' },
      contact_id: { path: 'contactId' },
      direction: { path: 'direction' },
      author: { path: 'author' },
      at: { path: 'at' },
      run_id: { path: 'runId' },
      text: { path: 'content.text' },
    },
  },
  runs: {
    table: 'runs',
    columns: {
      contact_id: { path: 'contactId' },
      conversation_id: { path: 'conversationId' },
      workflow_id: { path: 'workflowId' },
      status: { path: 'status' },
      started_at: { path: 'startedAt' },
      version: { path: 'version', type: 'integer' },
    },
  },
  counters: { table: 'counters', columns: { value: { path: 'value', type: 'real' } } },
  ignoredEvents: { table: 'ignored_events', columns: { received_at: { path: 'receivedAt' } } },
  csatResponses: {
    table: 'csat_responses',
    columns: {
      workflow_id: { path: 'workflowId' },
      conversation_id: { path: 'conversationId' },
      contact_id: { path: 'contactId' },
      score: { path: 'score', type: 'integer' },
      at: { path: 'at' },
      version: { path: 'version', type: 'integer' },
      assignee: { path: 'assignee' },
      team: { path: 'team' },
      test: { path: 'test', type: 'boolean', fallback: 0 },
    },
  },
  testSessions: { table: 'test_sessions', columns: { workflow_id: { path: 'workflowId' } } },
  users: { table: 'users', arrays: ['teams'], columns: { email: { path: 'email' }, role: { path: 'role' }, status: { path: 'status' } } },
  teams: { table: 'teams', arrays: ['memberIds'], columns: { name_key: { path: 'nameKey' }, updated_at: { path: 'updatedAt' } } },
  settings: { table: 'settings', columns: {} },
  sessions: { table: 'sessions', columns: { user_id: { path: 'userId' } } },
  effects: {
    table: 'effects',
    columns: {
      contact_id: { path: 'contactId' },
      event_id: { path: 'eventId' },
      seq: { path: 'seq', type: 'integer' },
      kind: { path: 'kind' },
      state: { path: 'state' },
    },
  },
  deadLetters: {
    table: 'dead_letters',
    columns: { contact_id: { path: 'contactId' }, status: { path: 'status' }, created_at: { path: 'createdAt' } },
  },
  inboundEvents: {
    table: 'inbound_events',
    columns: {
      contact_id: { path: 'contactId' },
      kind: { path: 'kind' },
      outcome: { path: 'outcome' },
      run_id: { path: 'runId' },
      received_at: { path: 'receivedAt' },
    },
  },
  conversationEvents: {
    table: 'conversation_events',
    columns: {
      conversation_id: { path: 'conversationId' },
      kind: { path: 'kind' },
      at: { path: 'at' },
      assignee: { path: 'assignee' },
      team: { path: 'team' },
      test: { path: 'test', type: 'boolean', fallback: 0 },
    },
  },
  domainEvents: { table: 'domain_events', columns: { type: { path: 'type' }, at: { path: 'at' } } },
  eventSubscriptions: { table: 'event_subscriptions', columns: {} },
  eventDeliveries: {
    table: 'event_deliveries',
    columns: {
      subscription_id: { path: 'subscriptionId' },
      status: { path: 'status' },
      next_attempt_at: { path: 'nextAttemptAt' },
      created_at: { path: 'createdAt' },
    },
  },
  eventDeliveryAttempts: { table: 'event_delivery_attempts', columns: { delivery_id: { path: 'deliveryId' }, subscription_id: { path: 'subscriptionId' } } },
  channels: { table: 'channels', columns: { created_at: { path: 'createdAt' } } },
  richMenus: {
    table: 'rich_menus',
    columns: {
      channel_id: { path: 'channelId' },
      alias_id: { path: 'aliasId' },
      is_default: { path: 'isDefault', type: 'boolean', fallback: 0 },
      created_at: { path: 'createdAt' },
    },
  },
  richMenuImages: { table: 'rich_menu_images', columns: {} },
  richMenuLinks: { table: 'rich_menu_links', columns: { rich_menu_id: { path: 'richMenuId' } } },
  savedReplies: { table: 'saved_replies', columns: { owner: { path: 'owner' }, code: { path: 'code' } } },
  conversationFlags: {
    table: 'conversation_flags',
    columns: {
      pinned: { path: 'pinned', type: 'boolean', fallback: 0 },
      follow_up: { path: 'followUp', type: 'boolean', fallback: 0 },
      snoozed_until: { path: 'snoozedUntil' },
    },
  },
  readMarkers: { table: 'read_markers', columns: { agent_id: { path: 'agentId' }, conversation_id: { path: 'conversationId' } } },
  auditLog: { table: 'audit_log', columns: { action: { path: 'action' }, actor_id: { path: 'actor.id' }, target_id: { path: 'target.id' } } },
};
