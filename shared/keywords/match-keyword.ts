import { matchesAnyKeywordPattern } from './keyword-pattern';

/** How a keyword trigger compares the customer's message with its keywords. */
export type KeywordMatch = 'exact' | 'contains' | 'starts-with' | 'regex';

/**
 * Folds text the way LINE's own auto-response does: full-width and half-width forms are the
 * same (NFKC turns `ＭＥＮＵ` into `MENU` and `ﾒﾆｭｰ` into `メニュー`), case is ignored, and
 * surrounding white space does not count.
 */
export function normalizeForMatch(text: string): string {
  return text.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, ' ');
}

/**
 * True when the message matches any of the keywords. Regex keywords run on RE2 (keyword-pattern.ts):
 * one that cannot run matches nothing, and none can hold the event loop.
 */
export function matchKeyword(message: string, keywords: readonly string[], match: KeywordMatch): boolean {
  if (match === 'regex') return matchesAnyKeywordPattern(message, keywords);
  const text = normalizeForMatch(message);
  return keywords.some((keyword) => {
    const wanted = normalizeForMatch(keyword);
    if (wanted === '') return false;
    if (match === 'exact') return text === wanted;
    if (match === 'contains') return text.includes(wanted);
    return text.startsWith(wanted);
  });
}
