/**
 * The text the contacts list searches, computed by SQLite from the stored document: the name,
 * the id (which holds the LINE user id), each field's value and each tag between \x1f and \x1e,
 * one per line. Lines and tag marks keep a search from matching across two values, and let a
 * phrase of "\x1fvip\x1e" find exactly the tag vip. Computed by triggers, so every write of a
 * contact (the engine's commit, a patch, an import) keeps it in step without the writer knowing.
 */
const searchTextOf = (doc: string, id: string) => `coalesce(json_extract(${doc}, '$.displayName'), '') || char(10) || ${id} || char(10) ||
  coalesce((SELECT group_concat(CASE type WHEN 'true' THEN 'true' WHEN 'false' THEN 'false' WHEN 'null' THEN '' ELSE value END, char(10))
    FROM json_each(${doc}, '$.fields')), '') || char(10) ||
  coalesce((SELECT group_concat(char(31) || value || char(30), '') FROM json_each(${doc}, '$.tags')), '')`;

// Most writes of a contact are the engine's bookkeeping; only a changed name, field or tag is indexed again.
const searchedPartsChanged = `old.display_name IS NOT new.display_name
  OR json_extract(old.doc, '$.fields') IS NOT json_extract(new.doc, '$.fields')
  OR json_extract(old.doc, '$.tags') IS NOT json_extract(new.doc, '$.tags')`;

/** The contacts the list shows, as SQL the partial indexes repeat word for word. */
export const contactListed = "id NOT GLOB 'sim-test-*' AND merged_into IS NULL";
const listed = contactListed;

export const contactSearchMigration = `
-- Migration 1 indexed the name only; contacts_text indexes name, id, field values and tags.
DROP TRIGGER contacts_search_insert;
DROP TRIGGER contacts_search_delete;
DROP TRIGGER contacts_search_update;
DROP TABLE contacts_search;

ALTER TABLE contacts ADD COLUMN search_text TEXT;
-- Derived from the document, so no writer has to fill them; indexed for the list's two orders.
ALTER TABLE contacts ADD COLUMN created_at TEXT GENERATED ALWAYS AS (coalesce(json_extract(doc, '$.createdAt'), '')) VIRTUAL;
ALTER TABLE contacts ADD COLUMN sort_name TEXT GENERATED ALWAYS AS (coalesce(lower(display_name), char(1114111) || id)) VIRTUAL;
-- Only contacts the list shows (not the editor's test chat or replays, not merged away): the queries
-- repeat this WHERE with the same literals (contactListed), so SQLite uses these partial indexes.
CREATE INDEX contacts_list_newest ON contacts (created_at, id) WHERE ${listed};
CREATE INDEX contacts_list_name ON contacts (sort_name, id) WHERE ${listed};
CREATE INDEX contacts_channel_newest ON contacts (channel_id, created_at, id) WHERE ${listed};
CREATE INDEX contacts_channel_name ON contacts (channel_id, sort_name, id) WHERE ${listed};

UPDATE contacts SET search_text = ${searchTextOf('doc', 'id')};
CREATE VIRTUAL TABLE contacts_text USING fts5 (search_text, content='contacts', content_rowid='rowid', tokenize='trigram');
INSERT INTO contacts_text (contacts_text) VALUES ('rebuild');

CREATE TRIGGER contacts_text_compute_insert AFTER INSERT ON contacts BEGIN
  UPDATE contacts SET search_text = ${searchTextOf('new.doc', 'new.id')} WHERE rowid = new.rowid;
END;
CREATE TRIGGER contacts_text_compute_update AFTER UPDATE OF doc ON contacts WHEN ${searchedPartsChanged} BEGIN
  UPDATE contacts SET search_text = ${searchTextOf('new.doc', 'new.id')} WHERE rowid = new.rowid;
END;
CREATE TRIGGER contacts_text_index AFTER UPDATE OF search_text ON contacts WHEN old.search_text IS NOT new.search_text BEGIN
  INSERT INTO contacts_text (contacts_text, rowid, search_text) SELECT 'delete', old.rowid, old.search_text WHERE old.search_text IS NOT NULL;
  INSERT INTO contacts_text (rowid, search_text) VALUES (new.rowid, new.search_text);
END;
CREATE TRIGGER contacts_text_delete AFTER DELETE ON contacts WHEN old.search_text IS NOT NULL BEGIN
  INSERT INTO contacts_text (contacts_text, rowid, search_text) VALUES ('delete', old.rowid, old.search_text);
END;
`;
