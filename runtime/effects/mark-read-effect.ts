import type { EffectKind } from './effect-kind';

/** Marks the customer's messages read in LINE, up to the one that carried `token` (an agent opened the conversation). */
export interface MarkReadEffect {
  kind: 'mark-read';
  id: string;
  token: string;
}

declare module '../store/records' {
  interface EffectPayloads {
    'mark-read': MarkReadEffect;
  }
}

/**
 * LINE's "mark as read" by token. Best effort: the customer seeing "Read" is a courtesy, so a
 * refusal or an outage is logged and the effect is done (never retried into a dead letter). The
 * token was used up when it was decided, so it is asked for once.
 */
export const markReadEffect: EffectKind<'mark-read'> = {
  kind: 'mark-read',
  async carryOut(effect, ctx) {
    await ctx.checkFence();
    try {
      await ctx.deps.transport.markAsRead(effect.contactId, effect.payload.token);
      ctx.complete({ marked: true });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      ctx.deps.log.info({ contactId: effect.contactId, effectId: effect.id, err: message }, 'LINE mark as read failed; left unread');
      ctx.complete({ marked: false, error: message });
    }
  },
};
