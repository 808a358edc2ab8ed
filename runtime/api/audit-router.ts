import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { keyBesideDataWarning } from '../auth/encryption-key';
import { auditActions } from '../audit/audit-rules';
import type { Filter } from '../store/collection';
import type { AuditEntryRecord } from '../store/audit-records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const defaultLimit = 50;
const maxLimit = 200;

/**
 * `GET /api/audit-log?action=&actor=&target=&before=&limit=`: who changed what, newest first (the
 * next page is `before=` the answer's `nextBefore`); and `GET /api/settings/encryption-key`: where
 * the key sealing stored secrets comes from. Admins only. Entries are written by audit-trail.ts.
 */
export function auditRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  // authenticate() already keeps agents out; checked here too: the log names people, addresses and changes.
  router.use(['/audit-log', '/settings/encryption-key'], adminOnly);

  on(
    routes.listAuditLog,
    route(async (req, res) => {
      const { action, actor, target, before } = req.query;
      const filter: Filter = {};
      // One of the three equality filters picks the index (each ends in id); the others check its rows.
      if (action !== undefined) filter.action = oneValue(action, 'action');
      if (actor !== undefined) filter['actor.id'] = oneValue(actor, 'actor');
      if (target !== undefined) filter['target.id'] = oneValue(target, 'target');
      if (before !== undefined) filter.id = { $lt: cursor(before) };
      const limit = limitOf(req.query.limit);
      const entries = await services.store.auditLog.find(filter, { sort: { id: -1 }, limit });
      res.json({ entries: entries.map(publicEntry), nextBefore: entries.length === limit ? (entries.at(-1)?.id ?? null) : null, actions: auditActions });
    }),
  );

  on(
    routes.getEncryptionKeyStatus,
    route(async (_req, res) => {
      const { keySource, keyId } = services.secrets;
      res.json({ keySource, keyId, warning: keySource === 'generated in DATA_DIR' ? keyBesideDataWarning : null });
    }),
  );

  return router;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

function oneValue(raw: unknown, name: string): string {
  if (typeof raw !== 'string' || raw === '' || raw.length > 200) throw new HttpError(400, `${name} must be one value`);
  return raw;
}

function limitOf(raw: unknown): number {
  if (raw === undefined) return defaultLimit;
  const limit = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= maxLimit)) throw new HttpError(400, `limit must be a whole number from 1 to ${maxLimit}`);
  return limit;
}

/** An entry id, or a time: ids start with their entry's time, so `id < time` is "before that time". */
function cursor(raw: unknown): string {
  if (typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T[\d:.]+Z-[0-9a-f]+$/.test(raw)) return raw;
  const time = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw) ? new Date(raw) : null;
  if (!time || Number.isNaN(time.getTime()))
    throw new HttpError(400, "before must be the answer's nextBefore or an ISO date and time, e.g. 2026-01-31T09:00:00.000Z");
  return time.toISOString();
}

function publicEntry(entry: AuditEntryRecord) {
  return {
    id: entry.id,
    at: entry.at,
    action: entry.action,
    operationId: entry.operationId,
    actor: entry.actor,
    target: entry.target,
    method: entry.method,
    path: entry.path,
    status: entry.status,
    address: entry.address,
    userAgent: entry.userAgent,
    changes: entry.changes,
  };
}
