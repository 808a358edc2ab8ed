import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import type { RichMenuRecord } from './rich-menu-records';

/** A rich menu as the API answers it: its image as a URL (never its bytes), and whether it is in use. */
export function richMenuItem(menu: RichMenuRecord, reachesLine: boolean): RichMenuItem {
  return {
    id: menu.id,
    channelId: menu.channelId,
    name: menu.name,
    size: menu.size,
    chatBarText: menu.chatBarText,
    selected: menu.selected,
    areas: menu.areas,
    aliasId: menu.aliasId ?? null,
    isDefault: menu.isDefault,
    image: menu.image
      ? { contentType: menu.image.contentType, width: menu.image.width, height: menu.image.height, bytes: menu.image.bytes, uploadedAt: menu.image.uploadedAt }
      : null,
    imageUrl: menu.image ? `/api/rich-menus/${encodeURIComponent(menu.id)}/image?v=${menu.image.sha256}` : null,
    lineRichMenuId: menu.lineRichMenuId ?? null,
    published: reachesLine ? menu.lineRichMenuId !== undefined : menu.image !== undefined,
    createdAt: menu.createdAt,
    updatedAt: menu.updatedAt,
  };
}
