import { createHash, randomBytes } from 'node:crypto';
import { Router } from 'express';
import { routes } from '../../shared/api/routes';
import { cleanRichMenuAction, type RichMenuArea, type RichMenuSize } from '../../shared/rich-menus/rich-menu-rules';
import type { RuntimeServices } from '../app/runtime-services';
import { checkRichMenu, problemsError, readUploadedImage } from '../rich-menus/check-rich-menu';
import { richMenuChannels } from '../rich-menus/rich-menu-channels';
import { richMenuItem } from '../rich-menus/rich-menu-item';
import { RichMenuPublisher } from '../rich-menus/rich-menu-publisher';
import type { RichMenuImageRecord, RichMenuRecord } from '../rich-menus/rich-menu-records';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

interface MenuFields {
  name: string;
  size: RichMenuSize;
  chatBarText: string;
  selected?: boolean;
  areas: RichMenuArea[];
}

/**
 * Rich menus, for admins: made here for a channel, published to LINE (created, image uploaded,
 * alias set) on channels that reach LINE, kept in LineFlow for the simulated one (the test chat).
 * Every change is checked by LINE's rules first, each broken rule a 400 naming its field.
 */
export function richMenusRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const publisher = new RichMenuPublisher(services);
  const now = () => new Date().toISOString();

  const existing = async (id: string): Promise<RichMenuRecord> => {
    const menu = await store.richMenus.get(id);
    if (!menu) throw new HttpError(404, `No rich menu "${id}"`);
    return menu;
  };
  const answer = async (menu: RichMenuRecord) => richMenuItem(menu, await publisher.reachesLine(menu.channelId));

  on(
    routes.listRichMenus,
    route(async (req, res) => {
      const channelId = req.query.channelId as string | undefined;
      const channels = await richMenuChannels(services.channels);
      const reaches = new Map(channels.map((channel) => [channel.id, channel.reachesLine]));
      const menus = await store.richMenus.find(channelId ? { channelId } : {}, { sort: { createdAt: 1 } });
      res.json({ richMenus: menus.map((menu) => richMenuItem(menu, reaches.get(menu.channelId) ?? false)), channels });
    }),
  );

  on(
    routes.createRichMenu,
    route(async (req, res) => {
      const body = req.body as MenuFields & { channelId: string; aliasId?: string };
      const channels = await richMenuChannels(services.channels);
      if (!channels.some((channel) => channel.id === body.channelId)) {
        const known = channels.map((channel) => channel.id).join(', ');
        throw problemsError([{ field: 'channelId', message: `There is no channel "${body.channelId}" (there are: ${known})` }]);
      }
      const at = now();
      const menu: RichMenuRecord = {
        id: `rm-${randomBytes(6).toString('hex')}`,
        channelId: body.channelId,
        ...menuFields(body, false),
        ...(body.aliasId ? { aliasId: body.aliasId } : {}),
        isDefault: false,
        createdAt: at,
        updatedAt: at,
      };
      await checkRichMenu(store, menu);
      if (!(await store.richMenus.insert(menu))) throw new HttpError(503, 'Could not find a free rich menu id; try again');
      res.status(201).json(await answer(menu));
    }),
  );

  on(
    routes.updateRichMenu,
    route(async (req, res) => {
      const before = await existing(req.params.id as string);
      const menu: RichMenuRecord = { ...before, ...menuFields(req.body as MenuFields, before.selected), updatedAt: now() };
      await checkRichMenu(store, menu);
      const published = await publisher.publish(menu, before);
      await store.richMenus.put(published);
      res.json(await answer(published));
    }),
  );

  on(
    routes.deleteRichMenu,
    route(async (req, res) => {
      const menu = await existing(req.params.id as string);
      await publisher.remove(menu);
      await store.richMenus.remove(menu.id);
      await store.richMenuImages.remove(menu.id);
      res.status(204).end();
    }),
  );

  on(
    routes.uploadRichMenuImage,
    route(async (req, res) => {
      const before = await existing(req.params.id as string);
      const body = req.body as { contentType: string; data: string };
      const { bytes, dimensions } = readUploadedImage(body);
      const image: RichMenuImageRecord = { id: before.id, contentType: dimensions.contentType, data: bytes.toString('base64') };
      const at = now();
      const menu: RichMenuRecord = {
        ...before,
        // The image is the menu: its size is the image's.
        size: { width: dimensions.width, height: dimensions.height },
        image: {
          contentType: dimensions.contentType,
          width: dimensions.width,
          height: dimensions.height,
          bytes: bytes.length,
          sha256: createHash('sha256').update(bytes).digest('hex').slice(0, 16),
          uploadedAt: at,
        },
        updatedAt: at,
      };
      await checkRichMenu(store, menu);
      const published = await publisher.publish(menu, before, image);
      await store.richMenuImages.put(image);
      await store.richMenus.put(published);
      res.json(await answer(published));
    }),
  );

  on(
    routes.getRichMenuImage,
    route(async (req, res) => {
      const image = await store.richMenuImages.get(req.params.id as string);
      if (!image) throw new HttpError(404, `Rich menu "${req.params.id as string}" has no image`);
      // The URL carries the image's hash (?v=): a new image is a new URL, so this one may be kept.
      res.setHeader('cache-control', req.query.v ? 'private, max-age=31536000, immutable' : 'private, no-cache');
      res.setHeader('content-type', image.contentType);
      res.status(200).end(Buffer.from(image.data, 'base64'));
    }),
  );

  on(
    routes.setDefaultRichMenu,
    route(async (req, res) => {
      const menu = await existing(req.params.id as string);
      if (!menu.image) throw new HttpError(409, 'Upload the menu’s image first: LINE shows no menu without one');
      await publisher.setDefault(menu, true);
      const at = now();
      for (const other of await store.richMenus.find({ channelId: menu.channelId, isDefault: true })) {
        if (other.id !== menu.id) await store.richMenus.patch(other.id, { isDefault: false, updatedAt: at });
      }
      const updated: RichMenuRecord = { ...menu, isDefault: true, updatedAt: at };
      await store.richMenus.put(updated);
      res.json(await answer(updated));
    }),
  );

  on(
    routes.cancelDefaultRichMenu,
    route(async (req, res) => {
      const menu = await existing(req.params.id as string);
      if (!menu.isDefault) return void res.json(await answer(menu));
      await publisher.setDefault(menu, false);
      const updated: RichMenuRecord = { ...menu, isDefault: false, updatedAt: now() };
      await store.richMenus.put(updated);
      res.json(await answer(updated));
    }),
  );

  on(
    routes.setRichMenuAlias,
    route(async (req, res) => {
      const before = await existing(req.params.id as string);
      const aliasId = (req.body as { aliasId: string | null }).aliasId ?? undefined;
      const { aliasId: _old, ...rest } = before;
      const menu: RichMenuRecord = { ...rest, ...(aliasId ? { aliasId } : {}), updatedAt: now() };
      await checkRichMenu(store, menu);
      await publisher.moveAlias(before, aliasId);
      await store.richMenus.put(menu);
      res.json(await answer(menu));
    }),
  );

  return router;
}

function menuFields(body: MenuFields, selected: boolean): MenuFields & { selected: boolean } {
  const areas = body.areas.map(({ bounds, action }) => ({ bounds, action: cleanRichMenuAction(action) }));
  return { name: body.name, size: body.size, chatBarText: body.chatBarText, selected: body.selected ?? selected, areas };
}
