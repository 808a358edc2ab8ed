import type { EngineDeps } from '../engine/engine-deps';
import { checkLease, type Lease } from '../engine/lease';
import type { EffectRecord } from '../store/records';
import type { Commit } from '../store/store';
import type { EffectContext } from './effect-kind';
import { effectKinds } from './effect-kinds';

/**
 * Carries out an event's effects in order, recording each one's progress (fenced by the lease) so
 * a crash resumes after the last one done. A worker whose lease is lost stops before the next one.
 * The event leaves the contact's mailbox only after this returns, so the next event is decided
 * after every effect of this one is done.
 */
export async function carryOutEffects(effects: EffectRecord[], deps: EngineDeps, lease?: Lease): Promise<void> {
  for (const effect of effects) {
    if (effect.state === 'done' || effect.state === 'failed') continue;
    checkLease(lease);
    const kind = effectKinds[effect.kind] as { carryOut(effect: EffectRecord, ctx: EffectContext): Promise<void> };
    await kind.carryOut(effect, progressRecorder(effect, deps, lease));
  }
}

function progressRecorder(effect: EffectRecord, deps: EngineDeps, lease: Lease | undefined): EffectContext {
  const fence = lease ? { fence: { contactId: lease.contactId, token: lease.fence } } : {};
  const save = async (changes: Partial<EffectRecord>, also: Pick<Commit, 'puts' | 'increments'> = {}) => {
    checkLease(lease);
    const at = deps.now().toISOString();
    const next: EffectRecord = { ...effect, ...changes, updatedAt: at };
    await deps.store.commit({ ...fence, puts: { ...also.puts, effects: [next] }, ...(also.increments ? { increments: also.increments } : {}) });
    Object.assign(effect, next);
  };
  return {
    deps,
    lease,
    start: (progress) => {
      const at = deps.now().toISOString();
      return save({ state: 'started', attempts: effect.attempts + 1, startedAt: at, firstStartedAt: effect.firstStartedAt ?? at, result: { ...(effect.result as object), ...progress } });
    },
    complete: (result, also) => save({ state: 'done', result }, also),
    fail: (error, also) => save({ state: 'failed', error }, also),
  };
}
