import { Router } from 'express';
import { checkHealth } from '../app/health-check';
import type { RuntimeServices } from '../app/runtime-services';
import { route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

/** `GET /healthz`: 200 only when this LineFlow can do its job, else 503 naming every problem. Open route (no token). */
export function healthRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '');
  on(
    routes.getHealth,
    route(async (_req, res) => {
      const report = await checkHealth(services);
      res.setHeader('cache-control', 'no-store');
      res.status(report.ok ? 200 : 503).json(report);
    }),
  );
  return router;
}
