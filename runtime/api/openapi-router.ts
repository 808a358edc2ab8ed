import { Router } from 'express';
import packageJson from '../../package.json' with { type: 'json' };
import { openApiDocument } from '../../shared/api/openapi-document';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

/** `GET /api/openapi.json`: the API's OpenAPI 3.1 description, generated from the routes table. Open route. */
export function openApiRouter(): Router {
  const router = Router();
  const document = openApiDocument(packageJson.version);
  routeRegistrar(router, '/api')(routes.getOpenApi, (_req, res) => {
    res.json(document);
  });
  return router;
}
