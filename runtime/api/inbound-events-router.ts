import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { Filter } from '../store/collection';
import type { InboundEventRecord } from '../store/event-records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const defaultLimit = 50;
const maxLimit = 200;

/**
 * The event archive, newest first: every inbound event with its raw payload and what became of
 * it. `GET /api/inbound-events?contactId=&limit=&before=`; the next page is `before=` the last
 * event's `receivedAt`. (`GET /api/events` is the inbox's live stream.)
 */
export function inboundEventsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  // authenticate() already keeps agents out; checked here too because the payloads are customers' raw messages.
  router.use('/inbound-events', adminOnly);

  on(
    routes.listInboundEvents,
    route(async (req, res) => {
      const filter: Filter = {};
      const { contactId, before } = req.query;
      if (contactId !== undefined) {
        if (typeof contactId !== 'string' || contactId === '') throw new HttpError(400, 'contactId must be one contact id');
        filter.contactId = contactId;
      }
      if (before !== undefined) filter.receivedAt = { $lt: isoTime(before) };
      const events = await services.store.inboundEvents.find(filter, { sort: { receivedAt: -1 }, limit: limitOf(req.query.limit) });
      res.json({ events: events.map(publicEvent) });
    }),
  );
  return router;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

function limitOf(raw: unknown): number {
  if (raw === undefined) return defaultLimit;
  const limit = typeof raw === 'string' && /^\d+$/.test(raw) ? Number(raw) : NaN;
  if (!(limit >= 1 && limit <= maxLimit)) throw new HttpError(400, `limit must be a whole number from 1 to ${maxLimit}`);
  return limit;
}

/** The stored form (UTC, milliseconds), so the comparison with receivedAt is a string comparison. */
function isoTime(raw: unknown): string {
  const time = typeof raw === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(raw) ? new Date(raw) : null;
  if (!time || Number.isNaN(time.getTime())) throw new HttpError(400, 'before must be an ISO date and time, e.g. 2026-01-31T09:00:00.000Z');
  return time.toISOString();
}

function publicEvent(event: InboundEventRecord) {
  return {
    id: event.id,
    contactId: event.contactId,
    kind: event.kind,
    receivedAt: event.receivedAt,
    outcome: event.outcome,
    runId: event.runId ?? null,
    error: event.error ?? null,
    raw: event.raw,
  };
}
