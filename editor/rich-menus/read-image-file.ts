import { imageDimensions } from '../../shared/rich-menus/image-dimensions';
import type { PendingImage } from './rich-menu-draft';
import { i18n } from '../i18n/i18n';

/** Reads a picked file: its real type and size from its bytes (not its name), base64 for the API. */
export async function readImageFile(file: File): Promise<PendingImage | string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  const found = imageDimensions(bytes);
  if (!found) return i18n.t('richMenus:notImage', { file: file.name });
  let binary = '';
  // In slices: String.fromCharCode takes a limited number of arguments.
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return { ...found, data: btoa(binary), bytes: bytes.length, url: URL.createObjectURL(file) };
}
