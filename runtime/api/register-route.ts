import type { RequestHandler, Router } from 'express';
import type { ApiRoute } from '../../shared/api/api-route';
import { checkRequest } from '../../shared/api/check-request';
import { HttpError } from './http-error';
import { jsonBody } from './json-body';

/**
 * Registers a route of shared/api/routes.ts on a router mounted at `mount`, with its body parsed
 * and checked and its query checked, so a field the route does not take is a 400 naming it, never
 * silently ignored. Every API router registers through this, so the table is the whole API.
 */
export function routeRegistrar(router: Router, mount: '' | '/api') {
  return (route: ApiRoute, ...handlers: RequestHandler[]): void => {
    if (!route.path.startsWith(`${mount}/`)) throw new Error(`${route.path} is not under ${mount}`);
    const checks: RequestHandler[] = [];
    if (route.body) checks.push(jsonBody, checkPart(route, 'body'));
    if (route.query) checks.push(checkPart(route, 'query'));
    const method = route.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    router[method](route.path.slice(mount.length), ...checks, ...handlers);
  };
}

function checkPart(route: ApiRoute, part: 'body' | 'query'): RequestHandler {
  return (req, _res, next) => {
    const value = part === 'body' ? req.body : req.query;
    const { problems, knownFields } = checkRequest(route, part, value);
    if (problems.length === 0) return next();
    const known = knownFields.length ? ` (${route.method} ${route.path} takes ${knownFields.join(', ')})` : '';
    next(new HttpError(400, `${problems.join('; ')}${known}`, { problems }));
  };
}
