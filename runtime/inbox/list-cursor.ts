/** Where a page of the list ended: the last row's lastMessageAt and id (the list's order). */
export interface ListCursor {
  at: string;
  id: string;
}

export class BadCursorError extends Error {
  override name = 'BadCursorError';
}

export function encodeCursor(cursor: ListCursor): string {
  return Buffer.from(JSON.stringify([cursor.at, cursor.id])).toString('base64url');
}

export function decodeCursor(raw: string): ListCursor {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'));
    if (Array.isArray(parsed) && parsed.length === 2 && typeof parsed[0] === 'string' && typeof parsed[1] === 'string') {
      return { at: parsed[0], id: parsed[1] };
    }
  } catch {
    // Not base64url JSON: refused below.
  }
  throw new BadCursorError('cursor is not one this list gave (pass nextCursor as it came)');
}

/** Whether a row comes after the cursor in the list's order (latest message first, then id descending). */
export const afterCursor = (row: { lastMessageAt: string; id: string }, cursor: ListCursor) =>
  row.lastMessageAt < cursor.at || (row.lastMessageAt === cursor.at && row.id < cursor.id);
