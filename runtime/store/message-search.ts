/** A message whose text matched a search, with the words around the match. */
export interface MessageHit {
  messageId: string;
  conversationId: string;
  at: string;
  /** A few words either side of the match, from the message's text. */
  snippet: string;
}

export class SearchTooShortError extends Error {
  override name = 'SearchTooShortError';
}

/** The shortest indexed search: the index is of 3-character pieces (trigrams), which also serve Japanese, Chinese and Thai. */
export const minimumSearchLength = 3;

/**
 * A shorter search (予約, 注文: many Japanese and Chinese words are two characters) has no index to
 * use, so it reads the newest messages only, this many, and says so: the cost stays bounded on a
 * large store.
 */
export const shortSearchWindow = 20_000;

/**
 * Full-text search over the texts of messages, newest match first. Texts a customer unsent are
 * not found (their content is replaced and taken out of the index). SQLite: FTS5 with the
 * trigram tokenizer; MongoDB: a text index on `content.text`.
 */
export interface MessageSearch {
  /**
   * Throws SearchTooShortError for an empty query. Under `minimumSearchLength` characters, only the
   * newest `shortSearchWindow` messages are searched.
   */
  search(query: string, options: { limit: number }): Promise<MessageHit[]>;
}

/** Characters either side of the match in a snippet. */
const around = 40;

/** The words around the first match of `phrase` in `text` (case aside), with "…" where it was cut. */
export function snippetOf(text: string, phrase: string): string {
  const flat = text.replace(/\s+/g, ' ');
  const at = flat.toLowerCase().indexOf(phrase.toLowerCase());
  if (at < 0) return flat.length > around * 2 ? `${flat.slice(0, around * 2)}…` : flat;
  const start = Math.max(0, at - around);
  const end = Math.min(flat.length, at + phrase.length + around);
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`;
}

/** The query as the user typed it, trimmed, or a SearchTooShortError when nothing is left. */
export function checkedSearch(query: string): string {
  const trimmed = query.trim();
  if (trimmed === '') throw new SearchTooShortError('q must not be blank');
  return trimmed;
}

/** True when the query is too short for the index and reads the newest messages instead. */
export function isShortSearch(phrase: string): boolean {
  return [...phrase].length < minimumSearchLength;
}
