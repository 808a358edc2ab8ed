import type { Database, Statement } from 'better-sqlite3';
import { cleanSearchText, decodeCursor, encodeCursor, minSubstringLength, type ContactQuery, type ContactSearch } from '../contact-search';
import type { ContactRecord } from '../records';
import { contactListed } from './contact-search-migration';

type Row = { doc: string; version: number; k: string };

/** The list's two orders: the sort column (indexed with id, see migration 10) and its direction. */
const orders = {
  newest: { column: 'created_at', direction: 'DESC', after: '<' },
  name: { column: 'sort_name', direction: 'ASC', after: '>' },
} as const;

/** SQLite's lower() folds ASCII only: a name prefix is folded the same way. */
const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** An FTS5 phrase: the text in double quotes, its quotes doubled (no operator inside is read as one). */
const phrase = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * The contacts list on SQLite: the trigram index `contacts_text` for text and tags, the partial
 * indexes of migration 10 for each order, keyset pages (the last row's sort key and id), so a
 * page costs the same on the 10,000th contact as on the first. Matches are sorted after the
 * index found them: a query matching most contacts sorts them all (bounded by the matches).
 */
export function sqliteContactSearch(db: Database): ContactSearch {
  const statements = new Map<string, Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      if (statements.size > 100) statements.clear();
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };

  return {
    async page(query: ContactQuery) {
      const { sql, params } = contactPageSql(query);
      const rows = prepared(sql).all(params) as Row[];
      const more = rows.length > query.limit;
      const page = rows.slice(0, query.limit);
      const contacts = page.map((row) => ({ ...(JSON.parse(row.doc) as ContactRecord), version: row.version }));
      const last = page.at(-1);
      return { contacts, next: more && last ? encodeCursor({ key: last.k, id: (JSON.parse(last.doc) as ContactRecord).id }) : null };
    },
  };
}

/** The statement of one page (exported for the query-plan test). */
export function contactPageSql(query: ContactQuery): { sql: string; params: Record<string, string | number> } {
  const order = orders[query.sort];
  const params: Record<string, string | number> = { limit: query.limit + 1 };
  const where = contactListed.split(' AND ').map((term) => `c.${term}`);
  const text = query.text ? cleanSearchText(query.text) : '';
  const tag = query.tag ? cleanSearchText(query.tag) : '';

  if (text.length >= minSubstringLength || tag) {
    const match = [text.length >= minSubstringLength ? phrase(text) : null, tag ? phrase(`\u001f${tag}\u001e`) : null].filter(Boolean);
    params.match = match.join(' AND ');
    where.push('c.rowid IN (SELECT rowid FROM contacts_text WHERE contacts_text MATCH @match)');
  }
  if (text && text.length < minSubstringLength) {
    // Too short for trigrams: names and ids that start with it, and a tag that is exactly it.
    params.prefix = lowerAscii(text);
    params.idPrefix = text;
    params.shortTag = phrase(`\u001f${text}\u001e`);
    where.push(`c.rowid IN (
      SELECT rowid FROM contacts WHERE ${contactListed} AND sort_name >= @prefix AND sort_name < @prefix || char(1114111)
      UNION SELECT rowid FROM contacts WHERE ${contactListed} AND id >= @idPrefix AND id < @idPrefix || char(1114111)
      UNION SELECT rowid FROM contacts_text WHERE contacts_text MATCH @shortTag)`);
  }
  if (query.channelId) {
    params.channel = query.channelId;
    where.push('c.channel_id = @channel');
  }
  if (query.cursor) {
    const position = decodeCursor(query.cursor);
    params.afterKey = position.key;
    params.afterId = position.id;
    where.push(`(c.${order.column}, c.id) ${order.after} (@afterKey, @afterId)`);
  }
  const sql = `SELECT c.doc, c.version, c.${order.column} AS k FROM contacts c WHERE ${where.join(' AND ')}
    ORDER BY c.${order.column} ${order.direction}, c.id ${order.direction} LIMIT @limit`;
  return { sql, params };
}
