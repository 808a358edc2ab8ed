import type { ContactRecord } from './records';

/** What the contacts list asks for; every part is answered by an index (see sqlite-contact-search.ts, mongo-contact-search.ts). */
export interface ContactQuery {
  /** Found in the name, the id (LINE user id), a field value or a tag; fewer than 3 characters: at the start of the name or id, or a whole tag. */
  text?: string;
  /** Exactly this tag. */
  tag?: string;
  channelId?: string;
  sort: 'newest' | 'name';
  /** From a previous page's `next`. */
  cursor?: string;
  limit: number;
}

export interface ContactPage {
  contacts: ContactRecord[];
  /** The cursor of the following page; null on the last one. */
  next: string | null;
}

/** The contacts list: never lists test contacts of the editor's chat, nor contacts merged into another. */
export interface ContactSearch {
  page(query: ContactQuery): Promise<ContactPage>;
}

/** Shortest text a trigram index finds anywhere in a value. */
export const minSubstringLength = 3;

/** Where a page ended: the sort key and id of its last contact, opaque to clients. */
export interface CursorPosition {
  key: string;
  id: string;
}

export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

export function encodeCursor(position: CursorPosition): string {
  return Buffer.from(JSON.stringify([position.key, position.id])).toString('base64url');
}

export function decodeCursor(cursor: string): CursorPosition {
  try {
    const [key, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString()) as unknown[];
    if (typeof key === 'string' && typeof id === 'string') return { key, id };
  } catch {
    // Reported below as a bad cursor.
  }
  throw new BadCursorError('cursor is not one this API gave (start again without it)');
}

/** The query text as the index reads it: no control characters (they delimit tags in the index), trimmed. */
export function cleanSearchText(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f]/g, ' ').trim();
}

/** Sorted by name: lower case, nameless contacts last (by id). */
export function nameKey(contact: Pick<ContactRecord, 'id' | 'displayName'>): string {
  return contact.displayName ? contact.displayName.toLowerCase() : `\u{10ffff}${contact.id}`;
}
