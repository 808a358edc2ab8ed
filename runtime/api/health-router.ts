import { Router } from 'express';
import { checkHealth } from '../app/health-check';
import type { RuntimeServices } from '../app/runtime-services';
import { route } from './http-error';

/** `GET /healthz`: 200 only when this LineFlow can do its job, else 503 naming every problem. Open route (no token). */
export function healthRouter(services: RuntimeServices): Router {
  const router = Router();
  router.get('/healthz', route(async (_req, res) => {
    const report = await checkHealth(services);
    res.setHeader('cache-control', 'no-store');
    res.status(report.ok ? 200 : 503).json(report);
  }));
  return router;
}
