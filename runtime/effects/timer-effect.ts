import type { EffectKind } from './effect-kind';

/** A wait step's end or a question's time-out: a delayed job, idempotent by the timer's id. */
export const timerEffect: EffectKind<'timer'> = {
  kind: 'timer',
  async carryOut(effect, ctx) {
    await ctx.checkFence();
    await ctx.deps.scheduleTimer(effect.contactId, effect.payload);
    ctx.complete({ fireAt: effect.payload.fireAt });
  },
};
