import type { InboundEvent } from '../queue/inbound-event';
import type { EffectKind } from './effect-kind';

/** Files an event in another contact's queue once this contact's decision is stored (a merge tells the contact merged into). */
export interface FileEventEffect {
  kind: 'file-event';
  id: string;
  event: InboundEvent;
}

declare module '../store/records' {
  interface EffectPayloads {
    'file-event': FileEventEffect;
  }
}

/**
 * Idempotent by the event's id: the mailbox drops a repeat, and the contact's applied ids drop
 * one that got past it, so carrying this out again after a crash files nothing twice.
 */
export const fileEventEffect: EffectKind<'file-event'> = {
  kind: 'file-event',
  async carryOut(effect, ctx) {
    await ctx.checkFence();
    await ctx.deps.fileEvent(effect.payload.event);
    ctx.complete({ filed: effect.payload.event.id });
  },
};
