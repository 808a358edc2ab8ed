import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { routes } from '../../shared/api/routes';
import { route } from './http-error';
import { routeRegistrar } from './register-route';

/** `GET /api/channel-names`: the channels a conversation can be on, for the inbox's and reports' filters. */
export function channelNamesRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  on(
    routes.listChannelNames,
    route(async (_req, res) => {
      const channels = await services.channels.list();
      res.json({ channels: channels.map((c) => ({ id: c.id, name: c.bot?.displayName ? `${c.name} (${c.bot.displayName})` : c.name })) });
    }),
  );
  return router;
}
