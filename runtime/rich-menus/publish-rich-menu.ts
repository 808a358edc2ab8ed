import type { messagingApi } from '@line/bot-sdk';
import { locateContact } from '../channels/contact-address';
import type { LineApiTransport } from '../line/line-api-transport';
import { LineApiError } from '../line/line-transport';
import type { Logger } from '../logging/create-logger';
import type { Store } from '../store/store';
import type { RichMenuImageRecord, RichMenuRecord } from './rich-menu-records';

/** LINE takes at most this many users in one bulk link. */
const bulkLinkUsers = 500;

/** The body of LINE's `POST /v2/bot/richmenu`: exactly its fields, none of LineFlow's. */
export function lineRichMenuRequest(menu: RichMenuRecord): messagingApi.RichMenuRequest {
  return {
    size: menu.size,
    selected: menu.selected,
    name: menu.name,
    chatBarText: menu.chatBarText,
    areas: menu.areas.map(({ bounds, action }) => ({ bounds, action })),
  };
}

/** What LINE held of the menu before this publish: its id there, and the alias it had there. */
export interface PublishedBefore {
  lineRichMenuId?: string;
  aliasId?: string;
}

/**
 * Puts the menu on LINE: created (LINE's menus cannot be changed, so a changed one is a new one),
 * its image uploaded, its alias pointed at it, made default if it is, the contacts linked to the
 * old one linked to the new one, and then the old one deleted. Answers LINE's new id. A failure
 * before the new menu is complete deletes it again, so LINE keeps the old one, unchanged.
 */
export async function publishRichMenu(
  api: LineApiTransport,
  menu: RichMenuRecord,
  image: RichMenuImageRecord,
  before: PublishedBefore,
  deps: { store: Store; log: Logger },
): Promise<string> {
  const { richMenuId } = await api.call('rich-menu', (client) => client.createRichMenu(lineRichMenuRequest(menu)));
  try {
    const blob = new Blob([Buffer.from(image.data, 'base64')], { type: image.contentType });
    await api.call('rich-menu', (_client, data) => data.setRichMenuImage(richMenuId, blob));
    if (menu.aliasId) await pointAlias(api, menu.aliasId, richMenuId, before.aliasId === menu.aliasId);
    if (menu.isDefault) await api.call('rich-menu', (client) => client.setDefaultRichMenu(richMenuId));
  } catch (error) {
    await bestEffort(deps.log, 'delete the half-made rich menu', () => api.call('rich-menu', (client) => client.deleteRichMenu(richMenuId)));
    throw error;
  }
  if (before.aliasId && before.aliasId !== menu.aliasId) await removeAlias(api, before.aliasId, deps.log);
  if (before.lineRichMenuId) {
    await relinkContacts(api, menu, richMenuId, deps);
    const old = before.lineRichMenuId;
    await bestEffort(deps.log, 'delete the replaced rich menu', () => api.call('rich-menu', (client) => client.deleteRichMenu(old)));
  }
  return richMenuId;
}

/** Points an alias at a menu: updated when LINE has it already, else created. */
export async function pointAlias(api: LineApiTransport, aliasId: string, richMenuId: string, existsAtLine: boolean): Promise<void> {
  const update = () => api.call('rich-menu', (client) => client.updateRichMenuAlias(aliasId, { richMenuId }));
  const create = () => api.call('rich-menu', (client) => client.createRichMenuAlias({ richMenuAliasId: aliasId, richMenuId }));
  if (existsAtLine) return void (await update());
  try {
    await create();
  } catch (error) {
    // Made outside LineFlow (or by an attempt that stopped midway): LINE has it, so move it.
    if (!(error instanceof LineApiError) || error.kind !== 'rejected') throw error;
    await update();
  }
}

/** Deletes an alias at LINE; one LINE no longer has is already gone. */
export async function removeAlias(api: LineApiTransport, aliasId: string, log: Logger): Promise<void> {
  await bestEffort(log, 'delete a rich menu alias', () => api.call('rich-menu', (client) => client.deleteRichMenuAlias(aliasId)));
}

/** Contacts a workflow linked to this menu keep it across the change (LINE unlinks them when the old one is deleted). */
async function relinkContacts(api: LineApiTransport, menu: RichMenuRecord, richMenuId: string, deps: { store: Store; log: Logger }): Promise<void> {
  const links = await deps.store.richMenuLinks.find({ richMenuId: menu.id });
  const userIds = links.filter((link) => link.channelId === menu.channelId).map((link) => locateContact(link.id).lineUserId);
  for (let at = 0; at < userIds.length; at += bulkLinkUsers) {
    const batch = userIds.slice(at, at + bulkLinkUsers);
    await bestEffort(deps.log, 'link contacts to the changed rich menu', () =>
      api.call('rich-menu', (client) => client.linkRichMenuIdToUsers({ richMenuId, userIds: batch })),
    );
  }
}

/** Tidying up at LINE: a failure is logged, never the admin's problem (the menu they asked for is in place). */
async function bestEffort(log: Logger, what: string, call: () => Promise<unknown>): Promise<void> {
  try {
    await call();
  } catch (error) {
    log.warn({ err: error instanceof Error ? error.message : String(error) }, `could not ${what} at LINE`);
  }
}
