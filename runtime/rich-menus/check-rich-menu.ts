import { imageDimensions } from '../../shared/rich-menus/image-dimensions';
import { describeRichMenuProblems, richMenuImageProblems, richMenuProblems, type RichMenuProblem } from '../../shared/rich-menus/rich-menu-rules';
import { HttpError } from '../api/http-error';
import { LineApiError } from '../line/line-transport';
import type { Store } from '../store/store';
import type { RichMenuRecord } from './rich-menu-records';

/** Refuses a menu that breaks LINE's rules or takes an alias another menu of its channel has: 400, each field named. */
export async function checkRichMenu(store: Store, menu: RichMenuRecord): Promise<void> {
  const problems = richMenuProblems(menu);
  if (menu.image && (menu.image.width !== menu.size.width || menu.image.height !== menu.size.height)) {
    problems.push({
      field: 'size',
      message: `The image is ${menu.image.width} × ${menu.image.height}: a menu is the size of its image. Upload an image of ${menu.size.width} × ${menu.size.height} (the size follows it)`,
    });
  }
  if (menu.aliasId && !problems.some((p) => p.field === 'aliasId')) problems.push(...(await aliasTaken(store, menu)));
  refuse(problems);
}

async function aliasTaken(store: Store, menu: RichMenuRecord): Promise<RichMenuProblem[]> {
  const holders = await store.richMenus.find({ channelId: menu.channelId, aliasId: menu.aliasId });
  const other = holders.find((holder) => holder.id !== menu.id);
  return other ? [{ field: 'aliasId', message: `The alias "${menu.aliasId}" is taken by the menu “${other.name}” of this channel` }] : [];
}

/** Throws the 400 naming each problem's field, when there is one. */
export function refuse(problems: readonly RichMenuProblem[]): void {
  if (problems.length > 0) throw problemsError(problems);
}

export function problemsError(problems: readonly RichMenuProblem[]): HttpError {
  return new HttpError(400, `The rich menu breaks LINE's rules: ${describeRichMenuProblems(problems)}`, {
    problems: problems.map((p) => ({ field: p.field, message: `${p.field}: ${p.message}` })),
  });
}

/** An uploaded image, read from its bytes: PNG or JPEG as it says, at most 1 MB, within LINE's sizes. */
export function readUploadedImage(body: { contentType: string; data: string }) {
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body.data)) throw problemsError([{ field: 'image', message: 'The image must be sent as base64' }]);
  const bytes = Buffer.from(body.data, 'base64');
  const dimensions = imageDimensions(bytes);
  if (!dimensions) throw problemsError([{ field: 'image', message: 'The file is not a PNG or JPEG image' }]);
  if (dimensions.contentType !== body.contentType) {
    refuse([{ field: 'image', message: `The image was sent as ${body.contentType} but is a ${dimensions.contentType === 'image/png' ? 'PNG' : 'JPEG'}` }]);
  }
  // The menu takes the image's size (checkRichMenu then sees that its areas fit in it).
  refuse(richMenuImageProblems({ ...dimensions, bytes: bytes.length }, dimensions));
  return { bytes, dimensions };
}

/**
 * What the admin is told when LINE refuses or does not answer: LINE's own words, as a 400 (fix the
 * menu) or a 502 (try again; nothing changed at LINE).
 */
export function lineFailure(error: unknown): unknown {
  if (!(error instanceof LineApiError)) return error;
  if (error.retryable) return new HttpError(502, `LINE did not answer (${error.message}); nothing was changed there, try again`);
  return new HttpError(400, `LINE refused the rich menu: ${error.message}`);
}
