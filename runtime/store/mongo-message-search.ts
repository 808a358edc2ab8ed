import type { Connection } from 'mongoose';
import { checkedSearch, snippetOf, type MessageHit, type MessageSearch } from './message-search';

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
      const docs = await messages
        .find(
          { $text: { $search: `"${phrase.replaceAll('"', '')}"` }, unsentAt: { $exists: false }, conversationId: { $ne: null } },
          { projection: { _id: 1, conversationId: 1, at: 1, 'content.text': 1 } },
        )
        .sort({ at: -1 })
        .limit(limit)
        .toArray();
      return docs.map((d) => {
        const found = (d.content as { text?: unknown } | undefined)?.text;
        const text = typeof found === 'string' ? found : '';
        return { messageId: String(d._id), conversationId: String(d.conversationId), at: String(d.at), snippet: snippetOf(text, phrase) };
      });
    },
  };
}
