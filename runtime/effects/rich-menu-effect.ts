import { locateContact } from '../channels/contact-address';
import { LineApiError } from '../line/line-transport';
import { sendWithRetry } from '../line/send-with-retry';
import { findRichMenu, type RichMenuChoice } from '../rich-menus/find-rich-menu';
import type { RichMenuLinkRecord } from '../rich-menus/rich-menu-records';
import type { EffectRecord } from '../store/records';
import type { EffectContext, EffectKind } from './effect-kind';
import { failRun } from './fail-run';

/** A "switch rich menu" step's decision: show this menu to the contact, or (null) the channel's default again. */
export interface RichMenuEffect {
  kind: 'rich-menu';
  id: string;
  runId: string;
  stepId: string;
  visit: number;
  target: RichMenuChoice | null;
}

declare module '../store/records' {
  interface EffectPayloads {
    'rich-menu': RichMenuEffect;
  }
}

/**
 * Links the menu to the contact at LINE (unlinks it for the default), through the contact's own
 * channel; the test chat's simulated channel keeps it in LineFlow. Linking twice is harmless, so a
 * repeat after a crash is too. LINE's silence is retried (then the event's job is); its refusal,
 * or a menu that does not exist for this contact's channel, fails the run naming the step. The
 * link is recorded beside the effect: the test chat shows it, and a changed menu keeps its users.
 */
export const richMenuEffect: EffectKind<'rich-menu'> = {
  kind: 'rich-menu',
  async carryOut(effect, ctx) {
    const { deps } = ctx;
    const { payload, contactId } = effect;
    const simulated = await deps.transport.simulates(contactId);
    const { channelId } = locateContact(contactId);
    let menu = null;
    if (payload.target) {
      const found = await findRichMenu(deps.store, payload.target, channelId, simulated);
      if ('problem' in found) return giveUp(effect, found.problem, ctx);
      menu = found.menu;
    }
    // The simulated channel knows menus by LineFlow's id; LINE by its own.
    const shown = menu ? (simulated ? menu.id : menu.lineRichMenuId) : null;
    if (menu && !shown) return giveUp(effect, `the rich menu “${menu.name}” is not on LINE yet: upload its image on the Rich menus screen`, ctx);
    await ctx.checkFence();
    try {
      await sendWithRetry(() => deps.transport.linkRichMenu(contactId, shown ?? null));
    } catch (error) {
      if (!(error instanceof LineApiError) || error.retryable) throw error;
      return giveUp(effect, `LINE refused it: ${error.message}`, ctx);
    }
    const link: RichMenuLinkRecord = { id: contactId, channelId, richMenuId: menu?.id ?? null, updatedAt: deps.now().toISOString() };
    ctx.complete({ richMenuId: link.richMenuId }, { puts: { richMenuLinks: [link] } });
  },
};

/** The switch cannot happen as the step says: recorded failed, never retried, and its run failed naming the step. */
async function giveUp(effect: EffectRecord & { payload: RichMenuEffect }, reason: string, ctx: EffectContext): Promise<void> {
  const { payload } = effect;
  ctx.deps.log.warn(
    { contactId: effect.contactId, effectId: effect.id, runId: payload.runId, stepId: payload.stepId, reason },
    'the rich menu was not switched',
  );
  ctx.fail(reason);
  await failRun(effect.contactId, payload.runId, `step ${payload.stepId}: the rich menu was not switched: ${reason}`, ctx);
}
