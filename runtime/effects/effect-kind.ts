import type { EngineDeps } from '../engine/engine-deps';
import type { Lease } from '../engine/lease';
import type { EffectRecord, PendingEffect } from '../store/records';
import type { Commit } from '../store/store';

/** What carrying out an effect may use and must report, each report one fenced transaction. */
export interface EffectContext {
  deps: EngineDeps;
  lease: Lease | undefined;
  /**
   * Records that an attempt begins (and what it is about to try), before anything leaves LineFlow:
   * a crash from here on leaves the effect `started`, its outcome unknown until looked into.
   */
  start(progress?: Record<string, unknown>): Promise<void>;
  /** Records the effect done, with what it wrote beside (messages sent, counters), in one transaction. */
  complete(result: unknown, also?: Pick<Commit, 'puts' | 'increments'>): Promise<void>;
  /** Records the effect failed for good (a person must fix something); never retried. */
  fail(error: string, also?: Pick<Commit, 'puts' | 'increments'>): Promise<void>;
}

/**
 * One kind of outside effect, registered once (effect-kinds.ts): how it is carried out and
 * retried, and what makes a repeat harmless (its idempotency key). Throwing a retryable error
 * leaves the effect open: the event's job is retried with backoff and resumes at this effect.
 */
export interface EffectKind<K extends PendingEffect['kind']> {
  kind: K;
  carryOut(effect: EffectRecord & { payload: Extract<PendingEffect, { kind: K }> }, ctx: EffectContext): Promise<void>;
}
