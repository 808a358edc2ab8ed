import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { retryDeadLetter } from '../engine/dead-letters';
import type { DeadLetterRecord } from '../store/event-records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const statuses: DeadLetterRecord['status'][] = ['waiting', 'retried', 'discarded'];
/** A screenful: dead letters are rare, and a flood of them is a bug to fix, not to page through. */
const listLimit = 100;

/**
 * Events that failed every attempt, for admins to look at and try again or discard. Only a
 * waiting letter can be acted on: a retried one is back in its contact's queue, a discarded one is
 * kept for the record.
 */
export function deadLettersRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store, log } = services;
  // authenticate() already keeps agents out; checked here too because the payloads are customers' raw messages.
  router.use('/dead-letters', adminOnly);

  on(
    routes.listDeadLetters,
    route(async (req, res) => {
      const status = req.query.status ?? 'waiting';
      if (typeof status !== 'string' || !statuses.includes(status as DeadLetterRecord['status'])) {
        throw new HttpError(400, `status must be one of ${statuses.map((s) => `"${s}"`).join(', ')}`);
      }
      const letters = await store.deadLetters.find({ status }, { sort: { createdAt: -1 }, limit: listLimit });
      res.json({ deadLetters: letters.map(publicLetter) });
    }),
  );

  on(
    routes.retryDeadLetter,
    route(async (req, res) => {
      const letter = await waitingLetter(services, req.params.id as string);
      await retryDeadLetter(store, (event) => services.queue.refile(event), letter, new Date());
      log.info({ eventId: letter.id, contactId: letter.contactId, by: callerName(res.locals.caller as Caller) }, 'dead letter retried');
      res.status(202).json(publicLetter((await store.deadLetters.get(letter.id)) ?? letter));
    }),
  );

  on(
    routes.discardDeadLetter,
    route(async (req, res) => {
      const letter = await waitingLetter(services, req.params.id as string);
      const discarded = await store.deadLetters.patch(letter.id, { status: 'discarded', updatedAt: new Date().toISOString() });
      log.info({ eventId: letter.id, contactId: letter.contactId, by: callerName(res.locals.caller as Caller) }, 'dead letter discarded');
      res.json(publicLetter(discarded ?? letter));
    }),
  );

  return router;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

async function waitingLetter(services: RuntimeServices, id: string): Promise<DeadLetterRecord> {
  const letter = await services.store.deadLetters.get(id);
  if (!letter) throw new HttpError(404, `No dead letter "${id}"`);
  if (letter.status !== 'waiting') throw new HttpError(409, `Dead letter "${id}" was ${letter.status} already; only a waiting one can be retried or discarded`);
  return letter;
}

function callerName(caller: Caller): string {
  return caller.userId ?? `admin (${caller.via})`;
}

/** A dead letter as the API shows it: the event's kind and payload as received (LINE's own event when from LINE). */
function publicLetter(letter: DeadLetterRecord) {
  const event = (letter.event ?? {}) as { kind?: unknown; raw?: unknown; replyToken?: unknown };
  const { raw, replyToken: _token, ...rest } = event;
  return {
    id: letter.id,
    contactId: letter.contactId,
    kind: typeof event.kind === 'string' ? event.kind : 'unknown',
    error: letter.error,
    attempts: letter.attempts,
    status: letter.status,
    createdAt: letter.createdAt,
    updatedAt: letter.updatedAt,
    raw: raw ?? rest,
  };
}
