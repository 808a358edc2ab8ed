/**
 * A change to teams that cannot be made as asked, with the HTTP status that says why (400: bad
 * input, 404: no such team or person, 409: the name is taken, or the team is in use). The API's
 * error handler answers it with its message.
 */
export class TeamError extends Error {
  override name = 'TeamError';
  constructor(
    readonly status: 400 | 404 | 409,
    message: string,
  ) {
    super(message);
  }
}

/** A unique index refused the write (another team has the name): SQLite's and MongoDB's codes. */
export function isDuplicateKey(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 11000;
}
