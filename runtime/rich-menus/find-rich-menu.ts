import type { Store } from '../store/store';
import type { RichMenuRecord } from './rich-menu-records';
import { simulatedChannelId } from '../channels/contact-address';

/** Which menu a workflow asks for: one by its LineFlow id, or the one of an alias. */
export type RichMenuChoice = { richMenuId: string } | { aliasId: string };

/**
 * The menu a contact of `channelId` is to see, or why there is none. An alias is the contact's
 * channel's menu with that alias; a simulated contact (test chat) may see any channel's menu (the
 * simulated channel's first), since nothing leaves LineFlow.
 */
export async function findRichMenu(
  store: Store,
  choice: RichMenuChoice,
  channelId: string,
  simulated: boolean,
): Promise<{ menu: RichMenuRecord } | { problem: string }> {
  if ('richMenuId' in choice) {
    const menu = await store.richMenus.get(choice.richMenuId);
    if (!menu) return { problem: `there is no rich menu "${choice.richMenuId}" (deleted?)` };
    if (!simulated && menu.channelId !== channelId) {
      return {
        problem: `the rich menu “${menu.name}” is channel "${menu.channelId}"’s, and this customer is on channel "${channelId}": name menus by alias to use each channel’s own`,
      };
    }
    return { menu };
  }
  const holders = await store.richMenus.find({ aliasId: choice.aliasId });
  const menu =
    holders.find((m) => m.channelId === channelId) ?? (simulated ? (holders.find((m) => m.channelId === simulatedChannelId) ?? holders[0]) : undefined);
  return menu ? { menu } : { problem: `no rich menu of channel "${channelId}" has the alias "${choice.aliasId}"` };
}
