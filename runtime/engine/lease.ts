/**
 * A worker's hold on one contact: the fencing token it took with the contact's lock, and a signal
 * that fires when the lock could not be kept. Every write carries the token and every outside
 * effect checks the signal, so a worker that lost the contact writes and sends nothing.
 */
export interface Lease {
  contactId: string;
  fence: number;
  signal: AbortSignal;
}

export class LockLostError extends Error {
  override name = 'LockLostError';
  constructor(readonly contactId: string) {
    super(`Stopped handling contact ${contactId}: its lock was lost`);
  }
}

export function checkLease(lease: Lease | undefined): void {
  if (lease?.signal.aborted) throw new LockLostError(lease.contactId);
}
