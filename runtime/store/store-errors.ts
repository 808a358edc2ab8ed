/** Another worker took the contact's lock (a newer fencing token): this one must write and send nothing. */
export class FenceLostError extends Error {
  override name = 'FenceLostError';
  constructor(readonly contactId: string) {
    super(`Lost the lock of contact ${contactId} to another worker`);
  }
}

/** The contact changed since it was read (an agent's edit, a merge): decide again on the new state. */
export class VersionConflictError extends Error {
  override name = 'VersionConflictError';
  constructor(readonly contactId: string) {
    super(`Contact ${contactId} changed while an event was handled`);
  }
}
