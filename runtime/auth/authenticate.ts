import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { HttpError } from '../api/http-error';
import { findSession, readCookie, sessionCookie } from './sessions';

export interface Caller {
  role: 'admin' | 'agent';
  userId: string | null;
  via: 'token' | 'session';
}

/** What an agent may do; everything else under /api is the admins'. */
const agentRoutes: [string, RegExp][] = [
  ['GET', /^\/workflows(\/[^/]+(\/versions(\/\d+)?)?)?$/],
  ['GET', /^\/conversations(\/[^/]+)?$/],
  ['GET', /^\/conversations\/[^/]+\/messages\/[^/]+\/content$/],
  ['POST', /^\/conversations\/[^/]+\/(close|messages|notes|tags|assign|read|shortcuts\/[^/]+)$/],
  ['DELETE', /^\/conversations\/[^/]+\/tags\/[^/]+$/],
  ['PUT', /^\/conversations\/[^/]+\/(seen|pin|follow-up|snooze)$/],
  ['GET', /^\/conversations\/[^/]+\/(timeline|saved-replies\/[^/]+)$/],
  ['GET', /^\/saved-replies$/],
  ['POST', /^\/saved-replies$/],
  ['PATCH', /^\/saved-replies\/[^/]+$/],
  ['DELETE', /^\/saved-replies\/[^/]+$/],
  ['GET', /^\/runs$/],
  ['GET', /^\/users$/],
  ['GET', /^\/teams$/],
  ['GET', /^\/settings\/categories$/],
  ['GET', /^\/channel-names$/],
  ['PATCH', /^\/users\/me$/],
  ['GET', /^\/events$/],
  ['GET', /^\/contacts(\/[^/]+(\/merge-preview)?)?$/],
  ['PATCH', /^\/contacts\/[^/]+$/],
  ['POST', /^\/contacts\/[^/]+\/merge$/],
];

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Query parameters that carry a credential; a request naming one is refused, whatever the method. */
const credentialParameter = /^(token|access_token|api_?key|authorization)$/i;

/**
 * Who is calling /api: the ADMIN_API_TOKEN bearer (automation, an admin; in the Authorization
 * header only, never in the URL), or a signed-in user's session cookie. Session calls that change
 * something must carry the session's CSRF token in `x-csrf-token`. Agents reach only the inbox's
 * routes; the rest answers 403.
 */
export function authenticate(services: RuntimeServices): RequestHandler {
  const adminToken = Buffer.from(services.adminToken);
  return (req, res, next) => {
    void (async () => {
      // Proxies, access logs and browser history keep URLs: a credential there is refused, not used.
      if (Object.keys(req.query).some((name) => credentialParameter.test(name))) {
        return next(new HttpError(401, 'Tokens are not accepted in the URL: send "Authorization: Bearer <ADMIN_API_TOKEN>", or sign in'));
      }
      const bearer = /^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim();
      if (bearer !== undefined) {
        const buffer = Buffer.from(bearer);
        if (buffer.length === adminToken.length && timingSafeEqual(buffer, adminToken)) {
          res.locals.caller = { role: 'admin', userId: null, via: 'token' } satisfies Caller;
          return next();
        }
        return next(new HttpError(401, 'Wrong API token'));
      }
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      const found = cookie ? await findSession(services.store, cookie) : null;
      if (!found) return next(new HttpError(401, 'Sign in first (or send "Authorization: Bearer <ADMIN_API_TOKEN>")'));
      if (!safeMethods.has(req.method) && req.get('x-csrf-token') !== found.session.csrfToken) {
        return next(new HttpError(403, 'Missing or wrong x-csrf-token header (reload the page)'));
      }
      const caller: Caller = { role: found.user.role, userId: found.user.id, via: 'session' };
      if (caller.role === 'agent' && !agentRoutes.some(([method, path]) => method === req.method && path.test(req.path))) {
        return next(new HttpError(403, 'Only admins may do this'));
      }
      res.locals.caller = caller;
      next();
    })().catch(next);
  };
}
