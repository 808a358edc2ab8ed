import type { RichMenuArea, RichMenuSize } from '../../shared/rich-menus/rich-menu-rules';

/** What is known of a rich menu's image; its bytes are a RichMenuImageRecord of the same id. */
export interface RichMenuImageInfo {
  contentType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
  bytes: number;
  /** First 16 hex digits of its SHA-256: the image URL changes with it, so browsers may keep it. */
  sha256: string;
  uploadedAt: string;
}

/**
 * A rich menu of one channel. On a channel that reaches LINE it is published (created at LINE,
 * its image uploaded, its alias set) once it has an image; `lineRichMenuId` is LINE's id then.
 * LINE's rich menus cannot be changed: a changed menu is created anew and the old one deleted.
 * On the simulated channel (the test chat) it stays in LineFlow.
 */
export interface RichMenuRecord {
  id: string;
  channelId: string;
  name: string;
  size: RichMenuSize;
  chatBarText: string;
  /** LINE's `selected`: the menu shows open when the chat opens. */
  selected: boolean;
  areas: RichMenuArea[];
  image?: RichMenuImageInfo;
  /** LINE's rich menu alias (unique in the channel): what a richmenuswitch action and the workflow step name. */
  aliasId?: string;
  lineRichMenuId?: string;
  /** The menu every user of the channel sees unless one is linked to them. */
  isDefault: boolean;
  createdAt: string;
  updatedAt: string;
}

/**
 * A rich menu's image bytes, kept apart from the menu: menus are read often (the workflow step
 * resolves one on each switch) and need not carry up to 1 MB each time. Kept in the store, not as
 * a file under DATA_DIR, so it is in backups and every machine of a MongoDB installation sees it.
 */
export interface RichMenuImageRecord {
  id: string;
  contentType: 'image/png' | 'image/jpeg';
  /** Base64. */
  data: string;
}

/** The rich menu a workflow linked to a contact (null: unlinked, the channel's default shows). */
export interface RichMenuLinkRecord {
  /** The contact's id. */
  id: string;
  channelId: string;
  richMenuId: string | null;
  updatedAt: string;
}
