import type { RichMenuItem } from '../../shared/api/rich-menus-api';
import { api } from '../api/api-client';
import { menuBody, type PendingImage, type RichMenuDraft } from './rich-menu-draft';

/**
 * Saves a draft in the order the API needs: a new menu is created, then gets its image; a changed
 * one gets its new image first (the menu takes the image's size), then its fields, then its alias.
 * `onCreated` is told as soon as a new menu exists, so a failed upload does not make a second one.
 */
export async function saveRichMenu(
  draft: RichMenuDraft,
  saved: RichMenuItem | null,
  image: PendingImage | null,
  onCreated: (item: RichMenuItem) => void,
): Promise<RichMenuItem> {
  const upload = (id: string, picked: PendingImage) =>
    api('uploadRichMenuImage', { params: { id }, body: { contentType: picked.contentType, data: picked.data } });
  if (!saved) {
    const created = await api('createRichMenu', {
      body: { channelId: draft.channelId, ...menuBody(draft), ...(draft.aliasId ? { aliasId: draft.aliasId } : {}) },
    });
    onCreated(created);
    return image ? upload(created.id, image) : created;
  }
  let answer = image ? await upload(saved.id, image) : saved;
  if (JSON.stringify(menuBody(draft)) !== JSON.stringify(menuBody({ ...draft, ...answer, aliasId: draft.aliasId, id: answer.id }))) {
    answer = await api('updateRichMenu', { params: { id: saved.id }, body: menuBody(draft) });
  }
  if ((answer.aliasId ?? '') !== draft.aliasId) {
    answer = await api('setRichMenuAlias', { params: { id: saved.id }, body: { aliasId: draft.aliasId === '' ? null : draft.aliasId } });
  }
  return answer;
}
