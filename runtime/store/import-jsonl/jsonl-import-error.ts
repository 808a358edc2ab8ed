/**
 * The old JSON-lines store could not be carried over. Nothing of it was moved or deleted, so the
 * next start tries again; the message says what to fix first when retrying alone will not help.
 */
export class JsonlImportError extends Error {
  override name = 'JsonlImportError';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}
