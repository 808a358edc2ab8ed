import type { EngineDeps } from '../engine/engine-deps';
import { checkLease, LockLostError, type Lease } from '../engine/lease';
import type { EffectRecord } from '../store/records';
import type { Commit } from '../store/store';
import { FenceLostError } from '../store/store-errors';
import type { EffectContext } from './effect-kind';
import { effectKinds } from './effect-kinds';
import { outboundFacts } from './outbound-facts';

/**
 * Carries out an event's effects in order, then records their progress in one fenced commit (also
 * when one fails midway, for those done before it). A crash before that commit repeats the effects
 * done since, which every kind makes harmless (reply tokens are single use, pushes carry a retry
 * key, timers a job id, HTTP calls an Idempotency-Key). `resumed` says an earlier attempt may have
 * carried some out. The event leaves the contact's mailbox only after this returns.
 * Each effect is carried out by the entry of its kind in `kinds` (default effect-kinds.ts).
 */
export async function carryOutEffects(
  effects: EffectRecord[],
  deps: EngineDeps,
  lease: Lease | undefined,
  resumed: boolean,
  kinds: EffectRegistry = effectKinds,
): Promise<void> {
  const progress: Required<Pick<Commit, 'puts' | 'increments'>> & { done: EffectRecord[] } = { puts: {}, increments: [], done: [] };
  let failed = false;
  try {
    for (const effect of effects) {
      if (effect.state === 'done' || effect.state === 'failed') continue;
      checkLease(lease);
      const kind = kinds[effect.kind];
      // A record of a kind this version does not know (written by a newer one): retried, then dead-lettered.
      if (!kind) throw new Error(`No effect kind "${effect.kind}" is registered (runtime/effects/effect-kinds.ts)`);
      await kind.carryOut(effect, context(effect, deps, lease, resumed, progress));
    }
  } catch (error) {
    failed = true;
    throw error;
  } finally {
    await record(progress, deps, lease, failed);
  }
}

/** Effect kinds by name, as carryOutEffects dispatches: effect-kinds.ts in the runtime; tests may add one. */
export type EffectRegistry = Readonly<Record<string, { carryOut(effect: EffectRecord, ctx: EffectContext): Promise<void> } | undefined>>;

type Progress = Required<Pick<Commit, 'puts' | 'increments'>> & { done: EffectRecord[] };

function context(effect: EffectRecord, deps: EngineDeps, lease: Lease | undefined, resumed: boolean, progress: Progress): EffectContext {
  const save = (changes: Partial<EffectRecord>, also: Pick<Commit, 'puts' | 'increments'> = {}) => {
    Object.assign(effect, changes, { updatedAt: deps.now().toISOString() });
    progress.done.push(effect);
    for (const [name, docs] of Object.entries(also.puts ?? {})) {
      const list = ((progress.puts as Record<string, unknown[]>)[name] ??= []);
      list.push(...(docs as unknown[]));
    }
    progress.increments.push(...(also.increments ?? []));
  };
  return {
    deps,
    lease,
    resumed,
    checkFence: async () => {
      checkLease(lease);
      if (lease && !(await deps.store.holdsFence(lease.contactId, lease.fence))) throw new LockLostError(lease.contactId);
    },
    complete: (result, also) => save({ state: 'done', result }, also),
    fail: (error, also) => save({ state: 'failed', error }, also),
  };
}

async function record(progress: Progress, deps: EngineDeps, lease: Lease | undefined, failing: boolean): Promise<void> {
  if (progress.done.length === 0) return;
  try {
    const facts = await outboundFacts(progress.puts.messages ?? [], deps);
    await deps.store.commit({
      ...(lease ? { fence: { contactId: lease.contactId, token: lease.fence } } : {}),
      puts: { ...progress.puts, ...facts.puts, effects: progress.done },
      increments: progress.increments,
      ...(facts.tallies ? { tallies: facts.tallies } : {}),
    });
  } catch (error) {
    // Already failing: the original error says more; the effects done will be repeated harmlessly.
    if (failing || error instanceof FenceLostError) return;
    throw error;
  }
  for (const message of progress.puts.messages ?? []) deps.onMessage?.(message);
}
