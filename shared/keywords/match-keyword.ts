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

/** Compiles a regex keyword, or returns the reason it cannot compile. */
export function compileKeywordRegex(pattern: string): RegExp | { error: string } {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    return { error: error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error) };
  }
}

/** True when the message matches any of the keywords. A regex that does not compile matches nothing. */
export function matchKeyword(message: string, keywords: readonly string[], match: KeywordMatch): boolean {
  if (match === 'regex') {
    const text = message.normalize('NFKC');
    return keywords.some((pattern) => {
      const regex = compileKeywordRegex(pattern);
      return regex instanceof RegExp && regex.test(text);
    });
  }
  const text = normalizeForMatch(message);
  return keywords.some((keyword) => {
    const wanted = normalizeForMatch(keyword);
    if (wanted === '') return false;
    if (match === 'exact') return text === wanted;
    if (match === 'contains') return text.includes(wanted);
    return text.startsWith(wanted);
  });
}
