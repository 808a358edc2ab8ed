import { Router } from 'express';
import { routes } from '../../shared/api/routes';
import type { RuntimeServices } from '../app/runtime-services';
import { route } from './http-error';
import { liveKeywordWorkflows } from './live-keyword-workflows';
import { routeRegistrar } from './register-route';

/** The keywords live now: the editor warns of a draft's keyword that another workflow answers too. */
export function liveKeywordsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  on(
    routes.listLiveKeywords,
    route(async (_req, res) => {
      res.json({ workflows: await liveKeywordWorkflows(services) });
    }),
  );
  return router;
}
