import type { Connection } from 'mongoose';
import { cleanSearchText, decodeCursor, encodeCursor, minSubstringLength, nameKey, type ContactSearch } from './contact-search';
import { fromStored } from './document-ids';
import type { ContactRecord } from './records';

/** What MongoDB searches a contact by, stored beside it on every commit (open-mongo-store.ts). */
export interface StoredContactSearch {
  /** Name, id, field values and tags, lower case, one per line. */
  text: string;
  /** Every three characters of `text` within a line: the multikey index that stands in for a trigram index. */
  grams: string[];
  /** The name as the list sorts it. */
  name: string;
}

export function contactSearchFields(contact: ContactRecord): { search: StoredContactSearch } {
  const values = Object.values(contact.fields ?? {}).map((v) => (v === null || v === undefined ? '' : typeof v === 'string' ? v : JSON.stringify(v)));
  const lines = [contact.displayName ?? '', contact.id, ...values, ...contact.tags].map((line) => line.toLowerCase());
  return { search: { text: lines.join('\n'), grams: [...new Set(lines.flatMap(trigrams))], name: nameKey(contact) } };
}

function trigrams(line: string): string[] {
  const chars = [...line];
  return chars.slice(0, Math.max(0, chars.length - 2)).map((_, i) => chars.slice(i, i + 3).join(''));
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The contacts list on MongoDB: the grams' multikey index narrows a search to contacts holding
 * all three-character pieces of it, a regex on the stored text confirms the whole; tags by their
 * multikey index; pages by keyset on (createdAt, _id) or (search.name, _id), both indexed.
 */
export async function mongoContactSearch(connection: Connection): Promise<ContactSearch> {
  const contacts = connection.collection('contacts');
  await contacts.createIndexes([
    { key: { 'search.grams': 1 }, name: 'contacts_search_grams' },
    { key: { tags: 1 }, name: 'contacts_tags' },
    { key: { createdAt: -1, _id: -1 }, name: 'contacts_newest' },
    { key: { 'search.name': 1, _id: 1 }, name: 'contacts_name' },
    { key: { channelId: 1, createdAt: -1, _id: -1 }, name: 'contacts_channel_newest' },
    { key: { channelId: 1, 'search.name': 1, _id: 1 }, name: 'contacts_channel_name' },
  ]);
  return {
    async page(query) {
      const sortField = query.sort === 'name' ? 'search.name' : 'createdAt';
      const direction = query.sort === 'name' ? 1 : -1;
      const and: Record<string, unknown>[] = [{ _id: { $not: /^sim-test-/ } }, { mergedInto: null }, { test: { $ne: true } }];
      const text = query.text ? cleanSearchText(query.text) : '';
      if (text.length >= minSubstringLength) {
        const lower = text.toLowerCase();
        and.push({ 'search.grams': { $all: trigrams(lower) } }, { 'search.text': { $regex: escapeRegex(lower) } });
      } else if (text) {
        const start = `^${escapeRegex(text)}`;
        and.push({ $or: [{ 'search.name': { $regex: start.toLowerCase() } }, { _id: { $regex: start } }, { tags: text }] });
      }
      if (query.tag) and.push({ tags: query.tag });
      // The default channel's contacts may have no channelId (written before several channels).
      if (query.channelId) and.push(query.channelId === 'default' ? { channelId: { $in: ['default', null] } } : { channelId: query.channelId });
      if (query.cursor) {
        const { key, id } = decodeCursor(query.cursor);
        const beyond = direction === 1 ? '$gt' : '$lt';
        // Contacts from before the search fields have no name key: they sort as the empty one.
        and.push({ $or: [{ [sortField]: { [beyond]: key } }, { [sortField]: key, _id: { [beyond]: id } }] });
      }
      const docs = await contacts
        .find({ $and: and })
        .sort({ [sortField]: direction, _id: direction })
        .limit(query.limit + 1)
        .toArray();
      const page = docs
        .slice(0, query.limit)
        .map((doc) => fromStored<ContactRecord & { search?: StoredContactSearch }>(doc) as ContactRecord & { search?: StoredContactSearch });
      const last = page.at(-1);
      const lastKey = last ? (query.sort === 'name' ? (last.search?.name ?? '') : last.createdAt) : '';
      return { contacts: page, next: docs.length > query.limit && last ? encodeCursor({ key: lastKey, id: last.id }) : null };
    },
  };
}
