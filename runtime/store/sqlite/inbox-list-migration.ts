/** Migration 11: pins, follow-up marks and snoozes, read markers per agent, unsent texts out of the search. */
// A message's text changes only when the customer unsends it (content replaced, text NULL): the
// trigger takes the old text out of the index, which the batches of index-messages.ts fill.
// The rebuild drops texts unsent before this migration (their words were still found).
export const inboxListMigration = `
CREATE TABLE conversation_flags (
  id TEXT PRIMARY KEY, doc TEXT NOT NULL, pinned INTEGER NOT NULL DEFAULT 0, follow_up INTEGER NOT NULL DEFAULT 0, snoozed_until TEXT
);
CREATE INDEX conversation_flags_pinned ON conversation_flags (pinned);
CREATE INDEX conversation_flags_follow_up ON conversation_flags (follow_up);
CREATE INDEX conversation_flags_snoozed ON conversation_flags (snoozed_until);
CREATE TABLE read_markers (id TEXT PRIMARY KEY, doc TEXT NOT NULL, agent_id TEXT NOT NULL, conversation_id TEXT NOT NULL);
CREATE INDEX read_markers_agent ON read_markers (agent_id, conversation_id);
CREATE INDEX conversations_category ON conversations (category, status, last_message_at);
-- The "all" view (open and closed together), latest first.
CREATE INDEX conversations_last ON conversations (last_message_at);

CREATE TRIGGER messages_search_text_changed AFTER UPDATE OF text ON messages
WHEN old.text IS NOT new.text AND old.rowid <= (SELECT last_rowid FROM search_progress WHERE name = 'messages')
BEGIN
  INSERT INTO messages_search (messages_search, rowid, text) SELECT 'delete', old.rowid, old.text WHERE old.text IS NOT NULL;
  INSERT INTO messages_search (rowid, text) SELECT new.rowid, new.text WHERE new.text IS NOT NULL;
END;
CREATE TRIGGER messages_search_removed AFTER DELETE ON messages
WHEN old.text IS NOT NULL AND old.rowid <= (SELECT last_rowid FROM search_progress WHERE name = 'messages')
BEGIN
  INSERT INTO messages_search (messages_search, rowid, text) VALUES ('delete', old.rowid, old.text);
END;
INSERT INTO messages_search (messages_search) VALUES ('rebuild');
UPDATE search_progress SET last_rowid = (SELECT coalesce(max(rowid), 0) FROM messages) WHERE name = 'messages';
`;
