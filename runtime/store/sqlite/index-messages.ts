import type { Database } from 'better-sqlite3';

/** Messages indexed per batch: a batch is one transaction, well under 50 ms. */
const batchSize = 2000;

/**
 * Adds the messages written since the last batch to the full-text index (FTS5, trigram), in one
 * transaction. Safe from several processes at once: the cursor moves inside the transaction.
 * Returns how many were indexed. Messages are never edited after they are written, only moved
 * to another contact by a merge, which does not change their text.
 */
export function indexMessagesBatch(db: Database): number {
  const cursor = db.prepare("SELECT last_rowid AS last FROM search_progress WHERE name = 'messages'");
  const index = db.prepare('INSERT INTO messages_search (rowid, text) SELECT rowid, text FROM messages WHERE rowid > ? AND rowid <= ? AND text IS NOT NULL');
  const newest = db.prepare('SELECT max(rowid) AS newest FROM (SELECT rowid FROM messages WHERE rowid > ? ORDER BY rowid LIMIT ?)');
  const move = db.prepare("UPDATE search_progress SET last_rowid = ? WHERE name = 'messages'");
  const batch = db.transaction(() => {
    const { last } = cursor.get() as { last: number };
    const { newest: upTo } = newest.get(last, batchSize) as { newest: number | null };
    if (upTo === null) return 0;
    const { changes } = index.run(last, upTo);
    move.run(upTo);
    return changes;
  });
  return batch.immediate();
}
