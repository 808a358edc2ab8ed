import { carryOutEffects } from '../effects/carry-out-effects';
import type { InboundEvent } from '../queue/inbound-event';
import type { EngineDeps } from './engine-deps';
import { applyEvent } from './handle-event';
import type { Lease } from './lease';

/**
 * Handles one event of a contact under its lease: decides and commits it, then carries out its
 * effects. Effects an earlier event left open are carried out first, so each event is decided
 * after everything decided before it is done.
 */
export async function processEvent(event: InboundEvent, deps: EngineDeps, lease: Lease): Promise<void> {
  for (;;) {
    const { effects, applied, leftover } = await applyEvent(event, deps, lease);
    await carryOutEffects(effects, deps, lease, !applied);
    if (!leftover) return;
  }
}
