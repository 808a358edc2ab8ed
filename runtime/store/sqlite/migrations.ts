import { contactSearchMigration } from './contact-search-migration';
import { inboxListMigration } from './inbox-list-migration';

/**
 * The schema, as numbered migrations run in order at start; `PRAGMA user_version` says how many
 * ran. A migration, once shipped, never changes: a new need is a new migration.
 */
export const migrations: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: 'tables with real columns and indexes',
    sql: `
CREATE TABLE workflows (id TEXT PRIMARY KEY, doc TEXT NOT NULL, updated_at TEXT, published_version INTEGER);
CREATE INDEX workflows_updated ON workflows (updated_at);
CREATE INDEX workflows_published ON workflows (published_version) WHERE published_version IS NOT NULL;

CREATE TABLE workflow_versions (id TEXT PRIMARY KEY, doc TEXT NOT NULL, workflow_id TEXT NOT NULL, version INTEGER NOT NULL);
CREATE UNIQUE INDEX workflow_versions_number ON workflow_versions (workflow_id, version);

-- A contact is its channel and its LINE user id; 'default' is the channel of a one-channel installation.
CREATE TABLE contacts (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, version INTEGER NOT NULL DEFAULT 1,
  channel_id TEXT NOT NULL DEFAULT 'default', line_user_id TEXT GENERATED ALWAYS AS (id) VIRTUAL,
  display_name TEXT, run_status TEXT, merged_into TEXT, updated_at TEXT
);
CREATE UNIQUE INDEX contacts_channel_user ON contacts (channel_id, line_user_id);
CREATE INDEX contacts_waiting ON contacts (run_status) WHERE run_status = 'waiting';
CREATE INDEX contacts_updated ON contacts (updated_at);
CREATE VIRTUAL TABLE contacts_search USING fts5 (display_name, content='contacts', content_rowid='rowid', tokenize='trigram');
CREATE TRIGGER contacts_search_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO contacts_search (rowid, display_name) VALUES (new.rowid, new.display_name);
END;
CREATE TRIGGER contacts_search_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO contacts_search (contacts_search, rowid, display_name) VALUES ('delete', old.rowid, old.display_name);
END;
CREATE TRIGGER contacts_search_update AFTER UPDATE OF display_name ON contacts WHEN old.display_name IS NOT new.display_name BEGIN
  INSERT INTO contacts_search (contacts_search, rowid, display_name) VALUES ('delete', old.rowid, old.display_name);
  INSERT INTO contacts_search (rowid, display_name) VALUES (new.rowid, new.display_name);
END;

-- Fencing tokens: each lock acquisition on a contact takes the next one; writes check it.
CREATE TABLE contact_fences (contact_id TEXT PRIMARY KEY, fence INTEGER NOT NULL) WITHOUT ROWID;

CREATE TABLE conversations (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, contact_id TEXT NOT NULL, status TEXT NOT NULL, assignee TEXT, team TEXT,
  opened_at TEXT, closed_at TEXT, last_message_at TEXT
);
CREATE INDEX conversations_contact ON conversations (contact_id, status);
CREATE INDEX conversations_status_last ON conversations (status, last_message_at);
CREATE INDEX conversations_assignee ON conversations (assignee, status, last_message_at);
CREATE INDEX conversations_team ON conversations (team, status, last_message_at);

CREATE TABLE messages (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, conversation_id TEXT, contact_id TEXT NOT NULL, direction TEXT, author TEXT,
  at TEXT NOT NULL, run_id TEXT, text TEXT
);
CREATE INDEX messages_conversation ON messages (conversation_id, at);
CREATE INDEX messages_contact ON messages (contact_id, at);
CREATE VIRTUAL TABLE messages_search USING fts5 (text, content='messages', content_rowid='rowid', tokenize='trigram');
-- Filled in batches by index-messages.ts rather than by a trigger: one FTS segment per batch,
-- not per event (a trigger wrote a segment per commit, a quarter of the bytes an event wrote).
CREATE TABLE search_progress (name TEXT PRIMARY KEY, last_rowid INTEGER NOT NULL);
INSERT INTO search_progress (name, last_rowid) VALUES ('messages', 0);

CREATE TABLE runs (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, contact_id TEXT NOT NULL, conversation_id TEXT, workflow_id TEXT, status TEXT, started_at TEXT
);
CREATE INDEX runs_contact ON runs (contact_id, started_at);
CREATE INDEX runs_conversation ON runs (conversation_id, started_at);
CREATE INDEX runs_workflow ON runs (workflow_id, status, started_at);

CREATE TABLE counters (id TEXT PRIMARY KEY, doc TEXT NOT NULL, value REAL);
CREATE TABLE ignored_events (id TEXT PRIMARY KEY, doc TEXT NOT NULL, received_at TEXT);
CREATE INDEX ignored_events_received ON ignored_events (received_at);
CREATE TABLE csat_responses (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, workflow_id TEXT, conversation_id TEXT, contact_id TEXT, score INTEGER, at TEXT
);
CREATE INDEX csat_workflow ON csat_responses (workflow_id, at);
CREATE INDEX csat_conversation ON csat_responses (conversation_id);
CREATE INDEX csat_contact ON csat_responses (contact_id);
CREATE TABLE test_sessions (id TEXT PRIMARY KEY, doc TEXT NOT NULL, workflow_id TEXT);
CREATE INDEX test_sessions_workflow ON test_sessions (workflow_id);
CREATE TABLE users (id TEXT PRIMARY KEY, doc TEXT NOT NULL, email TEXT, role TEXT, status TEXT);
CREATE UNIQUE INDEX users_email ON users (email);
CREATE TABLE settings (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE sessions (id TEXT PRIMARY KEY, doc TEXT NOT NULL, user_id TEXT);
CREATE INDEX sessions_user ON sessions (user_id);

-- What handling an event decided to do outside, with each one's progress.
CREATE TABLE effects (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, contact_id TEXT NOT NULL, event_id TEXT, seq INTEGER, kind TEXT, state TEXT
);
CREATE INDEX effects_open ON effects (contact_id, seq) WHERE state IN ('pending', 'started');

CREATE TABLE dead_letters (id TEXT PRIMARY KEY, doc TEXT NOT NULL, contact_id TEXT, status TEXT, created_at TEXT);
CREATE INDEX dead_letters_status ON dead_letters (status, created_at);

CREATE TABLE inbound_events (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, contact_id TEXT, kind TEXT, outcome TEXT, run_id TEXT, received_at TEXT
);
CREATE INDEX inbound_events_received ON inbound_events (received_at);
CREATE INDEX inbound_events_contact ON inbound_events (contact_id, received_at);

-- Proof that the store can write, for /healthz.
CREATE TABLE health (id INTEGER PRIMARY KEY, at TEXT NOT NULL);
`,
  },
  {
    version: 2,
    name: 'full indexes where queries pass the value as a parameter',
    // SQLite uses a partial index only when the query repeats its WHERE with literals; LineFlow's
    // queries bind values, so the contact's open effects were found by scanning every effect
    // (the 120,000-message test slowed from 244 to 60 events/s as the table grew).
    sql: `
DROP INDEX effects_open;
CREATE INDEX effects_contact_state ON effects (contact_id, state, seq);
DROP INDEX contacts_waiting;
CREATE INDEX contacts_run_status ON contacts (run_status);
`,
  },
  {
    version: 3,
    name: 'facts for reports: conversation history and outcomes, tallies, domain events',
    sql: `
ALTER TABLE conversations ADD COLUMN opened_by TEXT;
ALTER TABLE conversations ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
ALTER TABLE conversations ADD COLUMN first_customer_at TEXT;
ALTER TABLE conversations ADD COLUMN first_assigned_at TEXT;
ALTER TABLE conversations ADD COLUMN first_agent_at TEXT;
ALTER TABLE conversations ADD COLUMN closed_by TEXT;
ALTER TABLE conversations ADD COLUMN category TEXT;
ALTER TABLE conversations ADD COLUMN csat_asked_at TEXT;
ALTER TABLE conversations ADD COLUMN csat_score INTEGER;
-- JSON arrays: the contact's tags, and workflowId@version of each version that ran in it.
ALTER TABLE conversations ADD COLUMN tags TEXT;
ALTER TABLE conversations ADD COLUMN served_by TEXT;
UPDATE conversations SET test = 1 WHERE contact_id LIKE 'sim-test-%';
CREATE INDEX conversations_opened ON conversations (opened_at);
CREATE INDEX conversations_closed ON conversations (closed_at);

ALTER TABLE runs ADD COLUMN version INTEGER;
UPDATE runs SET version = json_extract(doc, '$.version');
CREATE INDEX runs_workflow_version ON runs (workflow_id, version, started_at);
CREATE INDEX runs_started ON runs (started_at);

ALTER TABLE csat_responses ADD COLUMN version INTEGER;
ALTER TABLE csat_responses ADD COLUMN assignee TEXT;
ALTER TABLE csat_responses ADD COLUMN team TEXT;
ALTER TABLE csat_responses ADD COLUMN test INTEGER NOT NULL DEFAULT 0;
UPDATE csat_responses SET test = 1 WHERE contact_id LIKE 'sim-test-%';
CREATE INDEX csat_at ON csat_responses (at);

CREATE TABLE conversation_events (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, conversation_id TEXT NOT NULL, kind TEXT NOT NULL, at TEXT NOT NULL,
  assignee TEXT, team TEXT, test INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX conversation_events_kind ON conversation_events (kind, at);
CREATE INDEX conversation_events_conversation ON conversation_events (conversation_id, at);

CREATE TABLE message_hours (
  hour TEXT NOT NULL, conversation_id TEXT NOT NULL, agent_id TEXT NOT NULL,
  received INTEGER NOT NULL DEFAULT 0, sent_bot INTEGER NOT NULL DEFAULT 0, sent_agent INTEGER NOT NULL DEFAULT 0,
  reply INTEGER NOT NULL DEFAULT 0, push INTEGER NOT NULL DEFAULT 0, failed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (hour, conversation_id, agent_id)
) WITHOUT ROWID;
CREATE TABLE step_hours (
  workflow_id TEXT NOT NULL, version INTEGER NOT NULL, step_id TEXT NOT NULL, hour TEXT NOT NULL,
  reached INTEGER NOT NULL DEFAULT 0, answered INTEGER NOT NULL DEFAULT 0, invalid INTEGER NOT NULL DEFAULT 0,
  timed_out INTEGER NOT NULL DEFAULT 0, dropped INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (workflow_id, version, step_id, hour)
) WITHOUT ROWID;
CREATE TABLE contact_hours (
  hour TEXT NOT NULL, source TEXT NOT NULL, created INTEGER NOT NULL DEFAULT 0, unfollowed INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (hour, source)
) WITHOUT ROWID;

-- Kept for event subscriptions, read in rowid order by their dispatcher.
CREATE TABLE domain_events (id TEXT PRIMARY KEY, doc TEXT NOT NULL, type TEXT, at TEXT);
CREATE INDEX domain_events_at ON domain_events (at);
`,
  },
  {
    version: 4,
    name: 'event subscriptions: subscriptions, their deliveries and each attempt',
    sql: `
CREATE TABLE event_subscriptions (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
CREATE TABLE event_deliveries (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, subscription_id TEXT NOT NULL, status TEXT NOT NULL, next_attempt_at TEXT, created_at TEXT NOT NULL
);
-- The dispatcher's "due for this subscription" and the delivery log's "newest first"; the retention purge by age.
CREATE INDEX event_deliveries_due ON event_deliveries (subscription_id, status, next_attempt_at);
CREATE INDEX event_deliveries_log ON event_deliveries (subscription_id, created_at);
CREATE INDEX event_deliveries_created ON event_deliveries (created_at);
-- An attempt's row is inserted before it is made: the insert that succeeds is the claim.
CREATE TABLE event_delivery_attempts (id TEXT PRIMARY KEY, doc TEXT NOT NULL, delivery_id TEXT NOT NULL, subscription_id TEXT NOT NULL);
CREATE INDEX event_delivery_attempts_delivery ON event_delivery_attempts (delivery_id);
CREATE INDEX event_delivery_attempts_subscription ON event_delivery_attempts (subscription_id);
`,
  },
  {
    version: 5,
    name: 'the audit log',
    // Ids start with the entry's time: newest first is the primary key read backwards, each filter
    // an index ending in id, and the retention purge a range of ids.
    sql: `
CREATE TABLE audit_log (id TEXT PRIMARY KEY, doc TEXT NOT NULL, action TEXT NOT NULL, actor_id TEXT NOT NULL, target_id TEXT);
CREATE INDEX audit_log_action ON audit_log (action, id);
CREATE INDEX audit_log_actor ON audit_log (actor_id, id);
CREATE INDEX audit_log_target ON audit_log (target_id, id);
`,
  },
  {
    version: 6,
    name: 'several LINE channels: channel records, and the channel of each conversation',
    // Conversations before this one were all on the one channel there was.
    sql: `
CREATE TABLE channels (id TEXT PRIMARY KEY, doc TEXT NOT NULL, created_at TEXT);
ALTER TABLE conversations ADD COLUMN channel_id TEXT NOT NULL DEFAULT 'default';
CREATE INDEX conversations_channel ON conversations (channel_id, status, last_message_at);
`,
  },
  {
    version: 7,
    name: 'rich menus: the menus of each channel, their images, and the menu linked to each contact',
    // Images apart from their menus: menus are read on each switch, images only when shown or sent to LINE.
    sql: `
CREATE TABLE rich_menus (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, channel_id TEXT NOT NULL, alias_id TEXT, is_default INTEGER NOT NULL DEFAULT 0, created_at TEXT
);
CREATE INDEX rich_menus_channel ON rich_menus (channel_id, created_at);
CREATE INDEX rich_menus_alias ON rich_menus (channel_id, alias_id);
CREATE TABLE rich_menu_images (id TEXT PRIMARY KEY, doc TEXT NOT NULL);
-- A changed menu is a new one at LINE: the contacts linked to it are found and linked again.
CREATE TABLE rich_menu_links (id TEXT PRIMARY KEY, doc TEXT NOT NULL, rich_menu_id TEXT);
CREATE INDEX rich_menu_links_menu ON rich_menu_links (rich_menu_id);
`,
  },
  {
    version: 9,
    name: "the run log: a workflow's runs newest first",
    // By status and by version there were indexes already (2, 3); this one serves the unfiltered list.
    sql: `
CREATE INDEX runs_workflow_started ON runs (workflow_id, started_at);
`,
  },
  {
    version: 10,
    name: 'contacts list: search over name, user id, field values and tags; newest and by-name orders',
    sql: contactSearchMigration,
  },
  {
    version: 11,
    name: 'the inbox list: pins, follow-up marks and snoozes, read markers per agent, unsent texts out of the search',
    sql: inboxListMigration,
  },
  {
    version: 12,
    name: 'teams as records: name, members and how a conversation is assigned among them',
    // The team words on users become records at first start (runtime/teams/adopt-team-words.ts): the
    // name's folding is JavaScript's, which SQLite's lower() does not match beyond ASCII.
    sql: `
CREATE TABLE teams (id TEXT PRIMARY KEY, doc TEXT NOT NULL, name_key TEXT NOT NULL, updated_at TEXT);
CREATE UNIQUE INDEX teams_name ON teams (name_key);
`,
  },
  {
    version: 13,
    name: "saved replies: the team's shared ones and each agent's own, a code unique per owner",
    sql: `
CREATE TABLE saved_replies (id TEXT PRIMARY KEY, doc TEXT NOT NULL, owner TEXT NOT NULL, code TEXT NOT NULL);
CREATE UNIQUE INDEX saved_replies_code ON saved_replies (owner, code);
`,
  },
];
