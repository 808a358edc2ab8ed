import { simulatedChannelId } from '../channels/contact-address';
import type { Store } from '../store/store';
import { findRichMenu } from './find-rich-menu';
import type { RichMenuRecord } from './rich-menu-records';

/**
 * The rich menu a simulated customer sees, as LINE decides it: the one a workflow linked to them,
 * else the simulated channel's default. `alias` asks for the menu a richmenuswitch area switches
 * to. A menu without an image is never shown (LINE shows none without one).
 */
export async function shownRichMenu(store: Store, contactId: string, alias?: string): Promise<{ menu: RichMenuRecord | null; linked: boolean }> {
  if (alias) {
    const found = await findRichMenu(store, { aliasId: alias }, simulatedChannelId, true);
    return { menu: 'menu' in found && found.menu.image ? found.menu : null, linked: false };
  }
  const link = await store.richMenuLinks.get(contactId);
  if (link?.richMenuId) {
    const linked = await store.richMenus.get(link.richMenuId);
    if (linked?.image) return { menu: linked, linked: true };
  }
  const [fallback] = await store.richMenus.find({ channelId: simulatedChannelId, isDefault: true }, { limit: 1 });
  return { menu: fallback?.image ? fallback : null, linked: false };
}
