import type { ProblemCode } from '../validation/problem';
import { richMenuActionTypes, richMenuLimits as limits } from './rich-menu-limits';

export interface RichMenuSize {
  width: number;
  height: number;
}

export interface RichMenuBounds {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What tapping an area does: the customer says a text, sends postback data, opens a URL, or switches menus. */
export type RichMenuAction =
  | { type: 'message'; label?: string; text: string }
  | { type: 'postback'; label?: string; data: string; displayText?: string }
  | { type: 'uri'; label?: string; uri: string }
  | { type: 'richmenuswitch'; label?: string; richMenuAliasId: string; data: string };

export interface RichMenuArea {
  bounds: RichMenuBounds;
  action: RichMenuAction;
}

/** A rich menu as LINE's `RichMenuRequest` has it, plus LineFlow's alias. */
export interface RichMenuDefinition {
  name: string;
  size: RichMenuSize;
  chatBarText: string;
  selected: boolean;
  areas: readonly RichMenuArea[];
  aliasId?: string | null;
}

/**
 * One broken rule: `field` is the dotted path (`areas.1.bounds.x`), `message` says what LINE wants;
 * `code`/`params` say `message` for the editor (`problems:richMenus.<…>`, see validation/problem.ts).
 */
export interface RichMenuProblem extends ProblemCode {
  field: string;
  message: string;
}

/**
 * Everything LINE would refuse in a rich menu, each naming its field. Runs in the editor (inline,
 * as the admin types), in the API (400 before LINE is asked), and in the fake LINE API.
 */
export function richMenuProblems(menu: RichMenuDefinition): RichMenuProblem[] {
  const problems: RichMenuProblem[] = [];
  const add = (field: string, message: string, code: string, params?: RichMenuProblem['params']) =>
    problems.push({ field, message, code: `richMenus.${code}`, ...(params ? { params } : {}) });
  if (menu.name.trim() === '') add('name', 'A name is needed (only admins see it)', 'nameNeeded');
  else if (menu.name.length > limits.name) {
    add('name', `The name is ${menu.name.length} characters; at most ${limits.name}`, 'nameTooLong', { length: menu.name.length, max: limits.name });
  }
  if (menu.chatBarText.trim() === '') add('chatBarText', 'The chat bar text is needed: LINE shows it on the tab that opens the menu', 'chatBarNeeded');
  else if (menu.chatBarText.length > limits.chatBarText) {
    add('chatBarText', `The chat bar text is ${menu.chatBarText.length} characters; LINE takes at most ${limits.chatBarText}`, 'chatBarTooLong', {
      length: menu.chatBarText.length,
      max: limits.chatBarText,
    });
  }
  if (menu.aliasId !== undefined && menu.aliasId !== null && !limits.aliasPattern.test(menu.aliasId)) {
    add('aliasId', 'An alias is 1 to 32 lowercase letters, digits, "_" or "-"', 'aliasPattern');
  }
  problems.push(...sizeProblems(menu.size, 'size'));
  if (menu.areas.length > limits.areas) {
    add('areas', `${menu.areas.length} tap areas; LINE takes at most ${limits.areas}`, 'tooManyAreas', { areas: menu.areas.length, max: limits.areas });
  }
  menu.areas.forEach((area, i) => {
    problems.push(...boundsProblems(area.bounds, menu.size, `areas.${i}.bounds`, i));
    problems.push(...actionProblems(area.action, `areas.${i}.action`, i));
  });
  return problems;
}

/** LINE's size rules: 800–2500 px wide, at least 250 px high, width / height at least 1.45. */
export function sizeProblems(size: RichMenuSize, field: string): RichMenuProblem[] {
  const problems: RichMenuProblem[] = [];
  const { width, height } = size;
  if (!Number.isInteger(width) || width < limits.width.min || width > limits.width.max) {
    problems.push({
      field: `${field}.width`,
      message: `The width is ${width} px; LINE takes ${limits.width.min} to ${limits.width.max} px`,
      code: 'richMenus.width',
      params: { width, min: limits.width.min, max: limits.width.max },
    });
  }
  if (!Number.isInteger(height) || height < limits.minHeight) {
    problems.push({
      field: `${field}.height`,
      message: `The height is ${height} px; LINE takes at least ${limits.minHeight} px`,
      code: 'richMenus.height',
      params: { height, min: limits.minHeight },
    });
  } else if (Number.isInteger(width) && width / height < limits.minAspectRatio) {
    const ratio = (width / height).toFixed(2);
    problems.push({
      field: `${field}.height`,
      message: `${width} × ${height} is too tall: width / height is ${ratio}, LINE needs at least ${limits.minAspectRatio}`,
      code: 'richMenus.tooTall',
      params: { width, height, ratio, min: limits.minAspectRatio },
    });
  }
  return problems;
}

function boundsProblems(bounds: RichMenuBounds, size: RichMenuSize, field: string, index: number): RichMenuProblem[] {
  const problems: RichMenuProblem[] = [];
  const name = `Area ${index + 1}`;
  for (const key of ['x', 'y', 'width', 'height'] as const) {
    const value = bounds[key];
    const min = key === 'x' || key === 'y' ? 0 : 1;
    if (!Number.isInteger(value) || value < min) {
      problems.push({
        field: `${field}.${key}`,
        message: `${name}: ${key} must be a whole number ≥ ${min}`,
        code: 'richMenus.boundsWholeNumber',
        params: { area: index + 1, key, min },
      });
    }
  }
  if (problems.length) return problems;
  if (bounds.x + bounds.width > size.width) {
    problems.push({
      field: `${field}.width`,
      message: `${name} ends at x ${bounds.x + bounds.width}, past the menu's width ${size.width}`,
      code: 'richMenus.pastWidth',
      params: { area: index + 1, end: bounds.x + bounds.width, width: size.width },
    });
  }
  if (bounds.y + bounds.height > size.height) {
    problems.push({
      field: `${field}.height`,
      message: `${name} ends at y ${bounds.y + bounds.height}, past the menu's height ${size.height}`,
      code: 'richMenus.pastHeight',
      params: { area: index + 1, end: bounds.y + bounds.height, height: size.height },
    });
  }
  return problems;
}

function actionProblems(action: RichMenuAction, field: string, index: number): RichMenuProblem[] {
  const problems: RichMenuProblem[] = [];
  const name = `Area ${index + 1}`;
  const add = (key: string, message: string, code: string, params: Record<string, string | number> = {}) =>
    problems.push({ field: `${field}.${key}`, message: `${name}: ${message}`, code: `richMenus.${code}`, params: { area: index + 1, ...params } });
  // `what` names the value in the sentence; `whatKey` names it in the editor's texts (`richMenus.needed.<whatKey>`).
  const text = (key: string, value: unknown, max: number, what: string, whatKey: string, required = true) => {
    if (typeof value !== 'string' || value.trim() === '') {
      if (required || (typeof value === 'string' && value !== '')) add(key, `${what} is needed`, `needed.${whatKey}`);
      return;
    }
    if (value.length > max) add(key, `${what} is ${value.length} characters; LINE takes at most ${max}`, `tooLong.${whatKey}`, { length: value.length, max });
  };
  if (!(richMenuActionTypes as readonly string[]).includes(action.type)) {
    add('type', `the action must be one of ${richMenuActionTypes.join(', ')}`, 'actionType', { types: richMenuActionTypes.join(', ') });
    return problems;
  }
  if (action.label !== undefined) text('label', action.label, limits.actionLabel, 'the label', 'label', false);
  switch (action.type) {
    case 'message':
      text('text', action.text, limits.actionText, 'the message text', 'messageText');
      break;
    case 'postback':
      text('data', action.data, limits.postbackData, 'the postback data', 'postbackData');
      if (action.displayText !== undefined) text('displayText', action.displayText, limits.actionText, 'the display text', 'displayText', false);
      break;
    case 'uri':
      text('uri', action.uri, limits.uri, 'the URL', 'url');
      if (typeof action.uri === 'string' && action.uri.trim() !== '' && !/^(https?:\/\/[^\s]+|line:\/\/\S+|tel:\S+)$/i.test(action.uri)) {
        add('uri', 'the URL must start with https://, http://, line:// or tel:', 'uriScheme');
      }
      break;
    case 'richmenuswitch':
      if (typeof action.richMenuAliasId !== 'string' || !limits.aliasPattern.test(action.richMenuAliasId)) {
        add('richMenuAliasId', 'the alias to switch to is 1 to 32 lowercase letters, digits, "_" or "-"', 'switchAlias');
      }
      text('data', action.data, limits.postbackData, 'the postback data (LINE sends it with the switch)', 'switchData');
      break;
  }
  return problems;
}

/** What is wrong with an image for a menu of `size`: type, bytes, and its pixels matching the menu's size. */
export function richMenuImageProblems(image: { contentType: string; bytes: number; width: number; height: number }, size: RichMenuSize): RichMenuProblem[] {
  const problems: RichMenuProblem[] = [];
  if (!(limits.imageTypes as readonly string[]).includes(image.contentType)) {
    problems.push(
      image.contentType
        ? {
            field: 'image',
            message: `The image is ${image.contentType}; LINE takes PNG or JPEG`,
            code: 'richMenus.imageType',
            params: { type: image.contentType },
          }
        : { field: 'image', message: 'The image is of no known type; LINE takes PNG or JPEG', code: 'richMenus.imageTypeUnknown' },
    );
  }
  if (image.bytes > limits.imageBytes) {
    const megabytes = (image.bytes / 1024 / 1024).toFixed(2);
    problems.push({
      field: 'image',
      message: `The image is ${megabytes} MB; LINE takes at most 1 MB`,
      code: 'richMenus.imageBytes',
      params: { size: megabytes },
    });
  }
  const own = sizeProblems({ width: image.width, height: image.height }, 'image');
  if (own.length) {
    // "The width is …" becomes "The image’s width is …"; "… is too tall" stays as it is.
    const imageCode = (code: string | undefined) =>
      code === 'richMenus.width' || code === 'richMenus.height' ? code.replace('richMenus.', 'richMenus.image.') : code;
    problems.push(...own.map((p) => ({ ...p, field: 'image', message: `${p.message.replace(/^The /, 'The image’s ')}`, code: imageCode(p.code) })));
  } else if (image.width !== size.width || image.height !== size.height) {
    problems.push({
      field: 'image',
      message: `The image is ${image.width} × ${image.height} px but the menu is ${size.width} × ${size.height}: they must be the same`,
      code: 'richMenus.imageSizeMismatch',
      params: { width: image.width, height: image.height, menuWidth: size.width, menuHeight: size.height },
    });
  }
  return problems;
}

/** Problems as one sentence for an error message: "chatBarText: …; areas.0.action.text: …". */
export function describeRichMenuProblems(problems: readonly RichMenuProblem[]): string {
  return problems.map((p) => `${p.field}: ${p.message}`).join('; ');
}

/** An action with exactly its type's fields (a form switching types leaves others behind; LINE wants none of them). */
export function cleanRichMenuAction(action: RichMenuAction): RichMenuAction {
  const label = action.label !== undefined && action.label !== '' ? { label: action.label } : {};
  switch (action.type) {
    case 'message':
      return { type: 'message', ...label, text: action.text };
    case 'postback':
      return { type: 'postback', ...label, data: action.data, ...(action.displayText ? { displayText: action.displayText } : {}) };
    case 'uri':
      return { type: 'uri', ...label, uri: action.uri };
    case 'richmenuswitch':
      return { type: 'richmenuswitch', ...label, richMenuAliasId: action.richMenuAliasId, data: action.data };
    default:
      return action;
  }
}
