import type { Database } from 'better-sqlite3';
import { checkedSearch, isShortSearch, shortSearchWindow, snippetOf, type MessageHit, type MessageSearch } from '../message-search';

/** The search: a phrase (parameter 1), newest first, at most parameter 2 rows. */
export const messageSearchSql = `SELECT m.id AS messageId, m.conversation_id AS conversationId, m.at AS at, m.text AS text
  FROM messages_search JOIN messages m ON m.rowid = messages_search.rowid
 WHERE messages_search MATCH ? AND m.text IS NOT NULL AND m.conversation_id IS NOT NULL
 ORDER BY messages_search.rowid DESC LIMIT ?`;

/**
 * A 1–2 character search (parameters: window, text, limit): the newest messages by rowid, a range on
 * the primary key, so it reads at most the window whatever the store's size. instr() on lower(): no
 * LIKE wildcards to escape in what people type.
 */
export const shortMessageSearchSql = `SELECT m.id AS messageId, m.conversation_id AS conversationId, m.at AS at, m.text AS text
  FROM messages m
 WHERE m.rowid > (SELECT coalesce(max(rowid), 0) FROM messages) - ?
   AND m.text IS NOT NULL AND m.conversation_id IS NOT NULL AND instr(lower(m.text), lower(?)) > 0
 ORDER BY m.rowid DESC LIMIT ?`;

/**
 * Message search on the FTS5 trigram index (`messages_search`). The query is one quoted phrase,
 * so what the user types is matched as typed (no FTS5 operators); the newest matches come first
 * by rowid, read backwards from the index. Messages written in the last second may not be
 * indexed yet (index-messages.ts fills the index in batches).
 */
export function sqliteMessageSearch(db: Database): MessageSearch {
  const statement = db.prepare(messageSearchSql);
  const shortStatement = db.prepare(shortMessageSearchSql);
  return {
    async search(query, { limit }) {
      const typed = checkedSearch(query);
      const rows = (
        isShortSearch(typed) ? shortStatement.all(shortSearchWindow, typed, limit) : statement.all(`"${typed.replaceAll('"', '""')}"`, limit)
      ) as (Omit<MessageHit, 'snippet'> & { text: string })[];
      return rows.map(({ text, ...hit }) => ({ ...hit, snippet: snippetOf(text, typed) }));
    },
  };
}
