import type { Connection } from 'mongoose';
import { checkedSearch, isShortSearch, shortSearchWindow, snippetOf, type MessageHit, type MessageSearch } from './message-search';

/**
 * Message search for MongoDB: a text index on `content.text`, the phrase matched as typed,
 * newest first. MongoDB's text index splits words on spaces, so in Japanese, Chinese and Thai it
 * finds whole runs of text rather than words inside them (SQLite's trigram index does find those).
 */
export async function mongoMessageSearch(connection: Connection): Promise<MessageSearch> {
  const messages = connection.collection('messages');
  await messages.createIndex({ 'content.text': 'text' }, { name: 'messages_text', default_language: 'none' });
  return {
    async search(query, { limit }): Promise<MessageHit[]> {
      const phrase = checkedSearch(query);
      if (isShortSearch(phrase)) return shortSearch(phrase, limit);
      const docs = await messages
        .find(
          { $text: { $search: `"${phrase.replaceAll('"', '')}"` }, unsentAt: { $exists: false }, conversationId: { $ne: null } },
          { projection: { _id: 1, conversationId: 1, at: 1, 'content.text': 1 } },
        )
        .sort({ at: -1 })
        .limit(limit)
        .toArray();
      return docs.map((d) => hitOf(d, phrase));
    },
  };

  /** A 1–2 character search: no index holds such short pieces, so the newest messages in insertion order are read and matched here. */
  async function shortSearch(phrase: string, limit: number): Promise<MessageHit[]> {
    const lower = phrase.toLowerCase();
    const newest = await messages
      .find({ unsentAt: { $exists: false }, conversationId: { $ne: null } }, { projection: { _id: 1, conversationId: 1, at: 1, 'content.text': 1 } })
      .sort({ $natural: -1 })
      .limit(shortSearchWindow)
      .toArray();
    return newest
      .filter((d) => textOf(d).toLowerCase().includes(lower))
      .sort((a, b) => String(b.at).localeCompare(String(a.at)))
      .slice(0, limit)
      .map((d) => hitOf(d, phrase));
  }
}

function textOf(doc: Record<string, unknown>): string {
  const found = (doc.content as { text?: unknown } | undefined)?.text;
  return typeof found === 'string' ? found : '';
}

function hitOf(doc: Record<string, unknown>, phrase: string): MessageHit {
  return { messageId: String(doc._id), conversationId: String(doc.conversationId), at: String(doc.at), snippet: snippetOf(textOf(doc), phrase) };
}
