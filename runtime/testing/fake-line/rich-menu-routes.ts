import { randomBytes } from 'node:crypto';
import { imageDimensions } from '../../../shared/rich-menus/image-dimensions';
import { richMenuLimits } from '../../../shared/rich-menus/rich-menu-limits';
import { richMenuImageProblems, richMenuProblems, type RichMenuDefinition } from '../../../shared/rich-menus/rich-menu-rules';
import type { FakeLineAnswer, FakeLineRoute, FakeLineServer } from '../fake-line-server';

/** A rich menu LINE holds for one channel (its access token). */
export interface FakeRichMenu {
  richMenuId: string;
  token: string;
  menu: RichMenuDefinition;
  image?: { body: Buffer; contentType: string };
}

/** What the fake LINE API keeps of rich menus, per channel token: menus, images, default, links, aliases. */
export class FakeRichMenus {
  readonly menus = new Map<string, FakeRichMenu>();
  readonly defaults = new Map<string, string>();
  /** `${token} ${userId}` → rich menu id. */
  readonly links = new Map<string, string>();
  /** `${token} ${aliasId}` → rich menu id. */
  readonly aliases = new Map<string, string>();
  /** Every link and unlink, in order (null: unlinked). */
  readonly linkLog: { token: string; userId: string; richMenuId: string | null }[] = [];
  private readonly failures: { endpoint: string; status: number; message: string }[] = [];

  /** The next call to `endpoint` ('rich-menu-image', 'rich-menu-link') fails: an outage (500, 429) or a refusal (400). */
  failNext(endpoint: 'rich-menu-image' | 'rich-menu-link', status: number, message = `fake ${status}`): void {
    this.failures.push({ endpoint, status, message });
  }

  /** The failure planned for this call, if any (used up). */
  failure(endpoint: string): FakeLineAnswer | undefined {
    const at = this.failures.findIndex((f) => f.endpoint === endpoint);
    if (at < 0) return undefined;
    const [planned] = this.failures.splice(at, 1);
    return planned && { status: planned.status, endpoint, payload: { message: planned.message } };
  }

  linkedTo(token: string, userId: string): string | undefined {
    return this.links.get(`${token} ${userId}`);
  }

  ofToken(token: string): FakeRichMenu[] {
    return [...this.menus.values()].filter((menu) => menu.token === token);
  }
}

const states = new WeakMap<FakeLineServer, FakeRichMenus>();

export function fakeRichMenus(fake: FakeLineServer): FakeRichMenus {
  let state = states.get(fake);
  if (!state) states.set(fake, (state = new FakeRichMenus()));
  return state;
}

const ok = (endpoint: string, payload: unknown = {}): FakeLineAnswer => ({ status: 200, endpoint, payload });
const refused = (endpoint: string, message: string, details: { property: string; message: string }[] = []): FakeLineAnswer => ({
  status: 400,
  endpoint,
  payload: details.length ? { message, details } : { message },
});
const notFound = (endpoint: string): FakeLineAnswer => ({ status: 404, endpoint, payload: { message: 'Not found' } });

const menuFields = ['size', 'selected', 'name', 'chatBarText', 'areas'];
const actionFields: Record<string, string[]> = {
  message: ['type', 'label', 'text'],
  postback: ['type', 'label', 'data', 'displayText', 'text', 'inputOption', 'fillInText'],
  uri: ['type', 'label', 'uri', 'altUri'],
  richmenuswitch: ['type', 'label', 'richMenuAliasId', 'data'],
};

/** LINE's answer to a rich menu object: null when it takes it, else its 400 naming each property. */
export function refuseRichMenu(body: unknown, endpoint: string): FakeLineAnswer | null {
  const menu = (body ?? {}) as Record<string, unknown>;
  const details: { property: string; message: string }[] = [];
  for (const field of menuFields) if (menu[field] === undefined) details.push({ property: field, message: 'must be specified' });
  for (const field of Object.keys(menu)) if (!menuFields.includes(field)) details.push({ property: field, message: 'is not a rich menu property' });
  const areas = Array.isArray(menu.areas) ? (menu.areas as { action?: Record<string, unknown> }[]) : [];
  areas.forEach((area, i) => {
    const allowed = actionFields[String(area.action?.type)] ?? [];
    for (const field of Object.keys(area.action ?? {})) {
      if (!allowed.includes(field)) details.push({ property: `areas[${i}].action.${field}`, message: 'is not a property of this action' });
    }
  });
  if (details.length === 0) {
    const problems = richMenuProblems(menu as unknown as RichMenuDefinition);
    details.push(...problems.map((p) => ({ property: p.field.replace(/\.(\d+)/g, '[$1]'), message: p.message })));
  }
  return details.length ? refused(endpoint, `The request body has ${details.length} error(s)`, details) : null;
}

const menuPath = /^\/v2\/bot\/richmenu\/([^/]+)$/;
const contentPath = /^\/v2\/bot\/richmenu\/([^/]+)\/content$/;

/** `POST /v2/bot/richmenu` (create), `…/validate`, `GET …/list`, `GET|DELETE …/{richMenuId}`. */
const menus: FakeLineRoute = (request, fake) => {
  const state = fakeRichMenus(fake);
  const { method, path, token } = request;
  if (path === '/v2/bot/richmenu' || path === '/v2/bot/richmenu/validate') {
    if (method !== 'POST') return undefined;
    const refusal = refuseRichMenu(request.body, 'rich-menu');
    if (refusal) return refusal;
    if (path.endsWith('/validate')) return ok('rich-menu-validate');
    const richMenuId = `richmenu-${randomBytes(16).toString('hex')}`;
    state.menus.set(richMenuId, { richMenuId, token, menu: request.body as RichMenuDefinition });
    return ok('rich-menu-create', { richMenuId });
  }
  if (method === 'GET' && path === '/v2/bot/richmenu/list') {
    return ok('rich-menu-list', { richmenus: state.ofToken(token).map((m) => ({ richMenuId: m.richMenuId, ...m.menu })) });
  }
  const id = menuPath.exec(path)?.[1];
  if (!id || id === 'alias' || id === 'bulk') return undefined;
  const found = state.menus.get(id);
  if (!found || found.token !== token) return notFound('rich-menu');
  if (method === 'GET') return ok('rich-menu-get', { richMenuId: id, ...found.menu });
  if (method !== 'DELETE') return undefined;
  state.menus.delete(id);
  // LINE forgets what pointed at it: the default, users' links (aliases stay, pointing nowhere).
  if (state.defaults.get(token) === id) state.defaults.delete(token);
  for (const [key, linked] of state.links) if (linked === id) state.links.delete(key);
  return ok('rich-menu-delete');
};

/** `POST|GET /v2/bot/richmenu/{id}/content` (api-data.line.me): PNG or JPEG, ≤ 1 MB, the menu's size, once. */
const content: FakeLineRoute = (request, fake) => {
  const id = contentPath.exec(request.path)?.[1];
  if (!id) return undefined;
  const found = fakeRichMenus(fake).menus.get(id);
  if (!found || found.token !== request.token) return notFound('rich-menu-image');
  if (request.method === 'GET') return found.image ? { status: 200, endpoint: 'rich-menu-image', raw: found.image } : notFound('rich-menu-image');
  if (request.method !== 'POST') return undefined;
  const failure = fakeRichMenus(fake).failure('rich-menu-image');
  if (failure) return failure;
  if (found.image) return refused('rich-menu-image', 'An image has already been uploaded to the richmenu');
  const contentType = request.contentType.split(';')[0]?.trim() ?? '';
  const size = imageDimensions(request.rawBody);
  if (!(richMenuLimits.imageTypes as readonly string[]).includes(contentType) || !size || size.contentType !== contentType) {
    return { status: 415, endpoint: 'rich-menu-image', payload: { message: 'Unsupported Media Type' } };
  }
  const problems = richMenuImageProblems({ ...size, bytes: request.rawBody.length }, found.menu.size);
  if (problems.length) return refused('rich-menu-image', problems.map((p) => p.message).join('; '));
  found.image = { body: request.rawBody, contentType };
  return ok('rich-menu-image');
};

/** The default menu: `POST /v2/bot/user/all/richmenu/{id}`, `GET|DELETE /v2/bot/user/all/richmenu`. */
const defaults: FakeLineRoute = (request, fake) => {
  const state = fakeRichMenus(fake);
  const { method, path, token } = request;
  if (path === '/v2/bot/user/all/richmenu') {
    const current = state.defaults.get(token);
    if (method === 'GET') return current ? ok('rich-menu-default', { richMenuId: current }) : notFound('rich-menu-default');
    if (method !== 'DELETE') return undefined;
    state.defaults.delete(token);
    return ok('rich-menu-default');
  }
  const id = /^\/v2\/bot\/user\/all\/richmenu\/([^/]+)$/.exec(path)?.[1];
  if (!id || method !== 'POST') return undefined;
  const menu = usable(state, token, id);
  if (typeof menu === 'string') return refused('rich-menu-default', menu);
  state.defaults.set(token, id);
  return ok('rich-menu-default');
};

/** A user's menu: `POST /v2/bot/user/{userId}/richmenu/{id}`, `GET|DELETE /v2/bot/user/{userId}/richmenu`, bulk link. */
const links: FakeLineRoute = (request, fake) => {
  const state = fakeRichMenus(fake);
  const { method, path, token } = request;
  if (method === 'POST' && path === '/v2/bot/richmenu/bulk/link') {
    const { richMenuId, userIds } = (request.body ?? {}) as { richMenuId?: string; userIds?: string[] };
    const menu = usable(state, token, String(richMenuId));
    if (typeof menu === 'string') return refused('rich-menu-link', menu);
    if (!Array.isArray(userIds) || userIds.length < 1 || userIds.length > 500) return refused('rich-menu-link', 'userIds must hold 1 to 500 user ids');
    for (const userId of userIds) link(state, token, userId, String(richMenuId));
    return { status: 202, endpoint: 'rich-menu-link', payload: {} };
  }
  const match = /^\/v2\/bot\/user\/([^/]+)\/richmenu(?:\/([^/]+))?$/.exec(path);
  if (!match || match[1] === 'all') return undefined;
  const failure = method !== 'GET' ? state.failure('rich-menu-link') : undefined;
  if (failure) return failure;
  const userId = decodeURIComponent(match[1] ?? '');
  if (!/^U[0-9a-f]{32}$/.test(userId)) return refused('rich-menu-link', `The user ID ${userId} is invalid`);
  if (match[2] && method === 'POST') {
    const menu = usable(state, token, match[2]);
    if (typeof menu === 'string') return refused('rich-menu-link', menu);
    link(state, token, userId, match[2]);
    return ok('rich-menu-link');
  }
  if (match[2]) return undefined;
  if (method === 'GET') {
    const linked = state.linkedTo(token, userId);
    return linked ? ok('rich-menu-user', { richMenuId: linked }) : notFound('rich-menu-user');
  }
  if (method !== 'DELETE') return undefined;
  link(state, token, userId, null);
  return ok('rich-menu-unlink');
};

/** Aliases: `POST /v2/bot/richmenu/alias`, `GET|POST|DELETE /v2/bot/richmenu/alias/{aliasId}`. */
const aliases: FakeLineRoute = (request, fake) => {
  const state = fakeRichMenus(fake);
  const { method, path, token } = request;
  const body = (request.body ?? {}) as { richMenuAliasId?: unknown; richMenuId?: unknown };
  const richMenuId = typeof body.richMenuId === 'string' ? body.richMenuId : '';
  if (path === '/v2/bot/richmenu/alias' && method === 'POST') {
    const aliasId = typeof body.richMenuAliasId === 'string' ? body.richMenuAliasId : '';
    if (!richMenuLimits.aliasPattern.test(aliasId)) return refused('rich-menu-alias', 'richMenuAliasId must match ^[a-z0-9_-]{1,32}$');
    if (state.aliases.has(`${token} ${aliasId}`)) return refused('rich-menu-alias', 'conflict richmenu alias id');
    const menu = usable(state, token, richMenuId);
    if (typeof menu === 'string') return refused('rich-menu-alias', menu);
    state.aliases.set(`${token} ${aliasId}`, richMenuId);
    return ok('rich-menu-alias');
  }
  const aliasId = /^\/v2\/bot\/richmenu\/alias\/([^/]+)$/.exec(path)?.[1];
  if (!aliasId || aliasId === 'list') return undefined;
  const key = `${token} ${decodeURIComponent(aliasId)}`;
  const current = state.aliases.get(key);
  if (!current) return refused('rich-menu-alias', 'richmenu alias not found');
  if (method === 'GET') return ok('rich-menu-alias', { richMenuAliasId: decodeURIComponent(aliasId), richMenuId: current });
  if (method === 'DELETE') {
    state.aliases.delete(key);
    return ok('rich-menu-alias');
  }
  if (method !== 'POST') return undefined;
  const menu = usable(state, token, richMenuId);
  if (typeof menu === 'string') return refused('rich-menu-alias', menu);
  state.aliases.set(key, richMenuId);
  return ok('rich-menu-alias');
};

/** A menu of this channel with its image (LINE shows no menu without one), or why not. */
function usable(state: FakeRichMenus, token: string, id: string): FakeRichMenu | string {
  const menu = state.menus.get(id);
  if (!menu || menu.token !== token) return `richmenu not found: ${id}`;
  if (!menu.image) return 'must upload richmenu image before applying it to user';
  return menu;
}

function link(state: FakeRichMenus, token: string, userId: string, richMenuId: string | null): void {
  if (richMenuId) state.links.set(`${token} ${userId}`, richMenuId);
  else state.links.delete(`${token} ${userId}`);
  state.linkLog.push({ token, userId, richMenuId });
}

export const richMenuRoutes: FakeLineRoute[] = [aliases, links, defaults, content, menus];
