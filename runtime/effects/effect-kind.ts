import type { EngineDeps } from '../engine/engine-deps';
import type { Lease } from '../engine/lease';
import type { EffectRecord, PendingEffect } from '../store/records';
import type { Commit } from '../store/store';

/** What carrying out an effect may use and must report. */
export interface EffectContext {
  deps: EngineDeps;
  lease: Lease | undefined;
  /**
   * True when an earlier attempt may have carried this effect out already (it was decided by an
   * earlier attempt at the event, which stopped before recording it done): its outcome is in doubt.
   */
  resumed: boolean;
  /**
   * Throws LockLostError when this worker's fencing token is no longer the contact's latest: called
   * right before anything leaves LineFlow, so a worker that lost the contact sends nothing.
   */
  checkFence(): Promise<void>;
  /** Records the effect done, with what it writes beside (messages sent, counters). */
  complete(result: unknown, also?: Pick<Commit, 'puts' | 'increments'>): void;
  /** Records the effect failed for good (a person must fix something); never retried. */
  fail(error: string, also?: Pick<Commit, 'puts' | 'increments'>): void;
}

/**
 * One kind of outside effect, registered once (effect-kinds.ts): how it is carried out and
 * retried, and what makes a repeat harmless (its idempotency key). Every kind must be safe to
 * carry out again after a crash: progress is committed once the event's effects are done (or one
 * fails), so a crash in between repeats the ones done since. Throwing a retryable error leaves
 * the effect open: the event's job is retried with backoff and resumes at this effect.
 */
export interface EffectKind<K extends PendingEffect['kind']> {
  kind: K;
  carryOut(effect: EffectRecord & { payload: Extract<PendingEffect, { kind: K }> }, ctx: EffectContext): Promise<void>;
}
