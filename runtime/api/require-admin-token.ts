import { timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error';

/**
 * `Authorization: Bearer <ADMIN_API_TOKEN>` on every /api route. Event streams, which browsers
 * open without headers, may pass it as `?token=` instead.
 */
export function requireAdminToken(token: string): RequestHandler {
  const expected = Buffer.from(token);
  return (req, _res, next) => {
    const header = req.get('authorization') ?? '';
    const match = /^Bearer\s+(.+)$/i.exec(header);
    const queryToken = req.method === 'GET' && typeof req.query.token === 'string' ? req.query.token : undefined;
    const given = Buffer.from(match?.[1]?.trim() ?? queryToken ?? '');
    if (given.length === expected.length && timingSafeEqual(given, expected)) return next();
    next(new HttpError(401, 'Missing or wrong API token: send "Authorization: Bearer <ADMIN_API_TOKEN>"'));
  };
}
