import type { RuntimeServices } from '../app/runtime-services';
import { HttpError } from '../api/http-error';
import { LineApiError } from '../line/line-transport';
import { lineFailure } from './check-rich-menu';
import { pointAlias, publishRichMenu, removeAlias } from './publish-rich-menu';
import { richMenuApi } from './rich-menu-channels';
import type { RichMenuImageRecord, RichMenuRecord } from './rich-menu-records';

/**
 * What a change to a menu does at LINE, for the API: nothing on the simulated channel (or without
 * an image yet), else LINE is asked first and LineFlow records the result, so what LineFlow shows
 * is what LINE has. LINE's refusals become 400s, its silence 502s (see lineFailure).
 */
export class RichMenuPublisher {
  constructor(private readonly services: RuntimeServices) {}

  /** Whether the channel's menus go to LINE. */
  async reachesLine(channelId: string): Promise<boolean> {
    return (await richMenuApi(this.services.channels, channelId)) !== null;
  }

  /** `menu` as it is to be saved, published when it can be: answers it with LINE's new id. */
  async publish(menu: RichMenuRecord, before: RichMenuRecord, image?: RichMenuImageRecord): Promise<RichMenuRecord> {
    const api = await richMenuApi(this.services.channels, menu.channelId);
    if (!api || !menu.image) return menu;
    const bytes = image ?? (await this.services.store.richMenuImages.get(menu.id));
    if (!bytes) throw new HttpError(409, 'The image of this menu is missing: upload it again');
    const atLine = before.lineRichMenuId ? { lineRichMenuId: before.lineRichMenuId, ...(before.aliasId ? { aliasId: before.aliasId } : {}) } : {};
    try {
      const lineRichMenuId = await publishRichMenu(api, menu, bytes, atLine, { store: this.services.store, log: this.services.log });
      return { ...menu, lineRichMenuId };
    } catch (error) {
      throw lineFailure(error);
    }
  }

  /** Moves the menu's alias at LINE (a published menu only). */
  async moveAlias(menu: RichMenuRecord, aliasId: string | undefined): Promise<void> {
    const api = await richMenuApi(this.services.channels, menu.channelId);
    if (!api || !menu.lineRichMenuId || aliasId === menu.aliasId) return;
    try {
      if (aliasId) await pointAlias(api, aliasId, menu.lineRichMenuId, false);
      if (menu.aliasId) await removeAlias(api, menu.aliasId, this.services.log);
    } catch (error) {
      throw lineFailure(error);
    }
  }

  /** Makes the menu LINE's default for the channel (`true`), or leaves the channel without one. */
  async setDefault(menu: RichMenuRecord, on: boolean): Promise<void> {
    const api = await richMenuApi(this.services.channels, menu.channelId);
    if (!api) return;
    const lineId = menu.lineRichMenuId;
    if (on && !lineId) throw new HttpError(409, 'The menu is not on LINE yet: upload its image first');
    try {
      await api.call('rich-menu', (client) => (on && lineId ? client.setDefaultRichMenu(lineId) : client.cancelDefaultRichMenu()));
    } catch (error) {
      throw lineFailure(error);
    }
  }

  /** Deletes the menu and its alias at LINE; one LINE no longer has is already gone. */
  async remove(menu: RichMenuRecord): Promise<void> {
    const api = await richMenuApi(this.services.channels, menu.channelId);
    const lineId = menu.lineRichMenuId;
    if (!api || !lineId) return;
    if (menu.aliasId) await removeAlias(api, menu.aliasId, this.services.log);
    try {
      await api.call('rich-menu', (client) => client.deleteRichMenu(lineId));
    } catch (error) {
      if (!(error instanceof LineApiError && error.status === 404)) throw lineFailure(error);
    }
  }
}
