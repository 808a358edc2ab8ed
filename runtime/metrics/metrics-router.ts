import { createHash, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import { HttpError, route } from '../api/http-error';
import type { RuntimeServices } from '../app/runtime-services';

/**
 * `GET /metrics` in Prometheus text format. Outside the session sign-in, because a scraper cannot
 * sign in: with METRICS_TOKEN set it asks for `Authorization: Bearer <METRICS_TOKEN>`, without it
 * the route is open (keep it behind the network's edge then).
 */
export function metricsRouter(services: RuntimeServices): Router {
  const router = Router();
  const expected = services.config.metricsToken === undefined ? undefined : digest(services.config.metricsToken);
  router.get(
    '/metrics',
    route(async (req, res) => {
      if (expected) {
        const given = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
        // Digests have one length, so the comparison is constant-time whatever was sent.
        if (given === undefined || !timingSafeEqual(digest(given), expected)) {
          res.setHeader('www-authenticate', 'Bearer realm="metrics"');
          throw new HttpError(401, 'Send "Authorization: Bearer <METRICS_TOKEN>" to read the metrics');
        }
      }
      const { registry } = services.metrics;
      const body = await registry.metrics();
      res.setHeader('cache-control', 'no-store');
      res.setHeader('content-type', registry.contentType);
      res.status(200).send(body);
    }),
  );
  return router;
}

function digest(token: string): Buffer {
  return createHash('sha256').update(token).digest();
}
