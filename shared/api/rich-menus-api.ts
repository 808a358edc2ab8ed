import type { ApiRoute } from './api-route';
import type { ApiType } from './api-schema-type';
import type { RichMenuAction } from '../rich-menus/rich-menu-rules';
import { closedObject, declared, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

const byId = '/api/rich-menus/:id';
const size = closedObject({ width: wholeNumber, height: wholeNumber }, ['width', 'height']);
const bounds = closedObject({ x: wholeNumber, y: wholeNumber, width: wholeNumber, height: wholeNumber }, ['x', 'y', 'width', 'height']);
/** One closed object for every type; which fields each type needs is LINE's rule, checked with the field named. */
const action = declared<RichMenuAction>()(
  closedObject(
    {
      type: { enum: ['message', 'postback', 'uri', 'richmenuswitch'] },
      label: text,
      text: { type: 'string', description: 'message: what the customer says' },
      data: { type: 'string', description: 'postback and richmenuswitch: what LineFlow receives (≤ 300)' },
      displayText: { type: 'string', description: 'postback: shown in the chat as the customer’s message' },
      uri: { type: 'string', description: 'uri: https://, http://, line:// or tel:' },
      richMenuAliasId: { type: 'string', description: 'richmenuswitch: the alias of the menu to show' },
    },
    ['type'],
  ),
);
const area = closedObject({ bounds, action }, ['bounds', 'action']);
const aliasId = { type: 'string', description: 'LINE’s rich menu alias: 1–32 of a–z, 0–9, _ and -, unique in the channel' } as const;

/** The fields of a rich menu an admin writes; LINE's rules (sizes, 20 areas, 14-character chat bar) are checked by the API, each naming its field. */
const menuFields = {
  name: { type: 'string', description: 'Only admins see it (≤ 300)' },
  size,
  chatBarText: { type: 'string', description: 'The tab that opens the menu (≤ 14)' },
  selected: { type: 'boolean', description: 'Shown open when the chat opens' },
  areas: listOf(area),
} as const;

export const richMenuSchema = openObject(
  {
    id: text,
    channelId: text,
    ...menuFields,
    aliasId: nullable(text),
    isDefault: flag,
    image: nullable(
      openObject({ contentType: text, width: wholeNumber, height: wholeNumber, bytes: wholeNumber, uploadedAt: time }, [
        'contentType',
        'width',
        'height',
        'bytes',
      ]),
    ),
    imageUrl: nullable({ type: 'string', description: 'Where the editor and test chat load the image from' }),
    lineRichMenuId: nullable({ type: 'string', description: 'LINE’s id, once published on a channel that reaches LINE' }),
    published: { type: 'boolean', description: 'On LINE (or, on the simulated channel, ready to show: it has an image)' },
    createdAt: time,
    updatedAt: time,
  },
  ['id', 'channelId', 'name', 'size', 'chatBarText', 'selected', 'areas', 'aliasId', 'isDefault', 'image', 'imageUrl', 'lineRichMenuId', 'published'],
);
export type RichMenuItem = ApiType<typeof richMenuSchema>;

const channelChoice = openObject(
  { id: text, name: text, reachesLine: { type: 'boolean', description: 'Menus are published to LINE; false: kept in LineFlow (the test chat)' } },
  ['id', 'name', 'reachesLine'],
);
export type RichMenuChannel = ApiType<typeof channelChoice>;

/** Rich menus, admins only: made in LineFlow, published to LINE on channels that reach it, shown in the test chat. */
export const richMenusRoutes = {
  listRichMenus: {
    method: 'GET',
    path: '/api/rich-menus',
    summary: 'The rich menus of a channel (of every channel without `channelId`), and the channels that can have them',
    auth: 'admin',
    query: closedObject({ channelId: text }),
    response: openObject({ richMenus: listOf(richMenuSchema), channels: listOf(channelChoice) }, ['richMenus', 'channels']),
  },
  createRichMenu: {
    method: 'POST',
    path: '/api/rich-menus',
    summary: 'Make a rich menu on a channel; it is published to LINE once it has an image',
    auth: 'admin',
    status: 201,
    body: closedObject({ channelId: text, ...menuFields, aliasId }, ['channelId', 'name', 'size', 'chatBarText', 'areas']),
    response: richMenuSchema,
  },
  updateRichMenu: {
    method: 'PUT',
    path: byId,
    summary: 'Change a rich menu (on LINE: a new menu replaces the old one, keeping its alias, default and links by alias)',
    auth: 'admin',
    body: closedObject(menuFields, ['name', 'size', 'chatBarText', 'areas']),
    response: richMenuSchema,
  },
  deleteRichMenu: {
    method: 'DELETE',
    path: byId,
    summary: 'Delete a rich menu, at LINE too (its alias with it)',
    auth: 'admin',
    status: 204,
    response: null,
  },
  uploadRichMenuImage: {
    method: 'PUT',
    path: `${byId}/image`,
    summary: 'Set the menu’s image: PNG or JPEG, ≤ 1 MB, exactly the menu’s size; then publishes the menu to LINE',
    auth: 'admin',
    body: closedObject(
      {
        contentType: { enum: ['image/png', 'image/jpeg'] },
        data: { type: 'string', minLength: 1, description: 'The image, base64' },
      },
      ['contentType', 'data'],
    ),
    response: richMenuSchema,
  },
  getRichMenuImage: {
    method: 'GET',
    path: `${byId}/image`,
    summary: 'The menu’s image',
    auth: 'admin',
    query: closedObject({ v: { type: 'string', description: 'The image’s version, so browsers may keep it' } }),
    contentType: 'application/octet-stream',
    response: { type: 'string', description: 'The PNG or JPEG bytes' },
  },
  setDefaultRichMenu: {
    method: 'POST',
    path: `${byId}/default`,
    summary: 'Make it the channel’s default menu (shown to every user without a menu of their own)',
    auth: 'admin',
    response: richMenuSchema,
  },
  cancelDefaultRichMenu: {
    method: 'DELETE',
    path: `${byId}/default`,
    summary: 'The channel has no default menu any more',
    auth: 'admin',
    response: richMenuSchema,
  },
  setRichMenuAlias: {
    method: 'PUT',
    path: `${byId}/alias`,
    summary: 'Give the menu an alias (richmenuswitch actions and the “switch rich menu” step name it); null removes it',
    auth: 'admin',
    body: closedObject({ aliasId: nullable(aliasId) }, ['aliasId']),
    response: richMenuSchema,
  },
  getSimulatedRichMenu: {
    method: 'GET',
    path: '/api/simulator/contacts/:userId/rich-menu',
    summary: 'The rich menu the simulated customer sees (the one linked to them, else the default); `alias` asks for another by alias',
    auth: 'admin',
    query: closedObject({ alias: text }),
    response: openObject({ richMenu: nullable(richMenuSchema), linked: flag }, ['richMenu', 'linked']),
  },
} as const satisfies Record<string, ApiRoute>;
