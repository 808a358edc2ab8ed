import { randomUUID } from 'node:crypto';
import { Router, type RequestHandler } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { DomainEventType } from '../store/event-records';
import type { EventDeliveryRecord, EventSubscriptionRecord } from '../store/subscription-records';
import { DeliveryBusyError, resendDelivery, sendPing } from '../subscriptions/delivery-actions';
import { publicDeliveries, publicSubscription } from '../subscriptions/public-views';
import { removeDeliveries } from '../subscriptions/purge-deliveries';
import { newSigningSecret } from '../subscriptions/sign-delivery';
import { subscriptionUrlProblem } from '../subscriptions/subscription-url';
import { subscribableEventTypes, type EventDeliveryStatus } from '../../shared/api/subscriptions-api';
import { routes } from '../../shared/api/routes';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

const defaultLogLimit = 50;
const maxLogLimit = 200;

/**
 * Event subscriptions ("data out"), admins only: the body's shape is checked by the routes table
 * (events from the known list); here the URL must also pass the address policy of HTTP steps.
 * The signing secret is sealed at rest and shown once, in the answer that creates it.
 */
export function subscriptionsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store, log, eventSubscriptions } = services;
  // authenticate() already keeps agents out; checked here too because deliveries carry customers' messages.
  router.use(['/event-subscriptions', '/event-deliveries'], adminOnly);

  const checkUrl = (url: string) => {
    const problem = subscriptionUrlProblem(url, eventSubscriptions.policy);
    if (problem) throw new HttpError(400, problem);
  };

  on(
    routes.listEventSubscriptions,
    route(async (_req, res) => {
      const all = (await store.eventSubscriptions.find({})).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
      res.json({ subscriptions: await Promise.all(all.map((s) => publicSubscription(store, s))), eventTypes: [...subscribableEventTypes] });
    }),
  );

  on(
    routes.createEventSubscription,
    route(async (req, res) => {
      const body = req.body as { url: string; events: DomainEventType[]; description?: string; active?: boolean };
      checkUrl(body.url);
      const secret = newSigningSecret();
      const at = new Date().toISOString();
      const subscription: EventSubscriptionRecord = {
        id: `sub_${randomUUID().replace(/-/g, '').slice(0, 16)}`,
        url: body.url,
        ...(body.description?.trim() ? { description: body.description.trim() } : {}),
        events: body.events,
        secret: services.secrets.seal(secret),
        active: body.active ?? true,
        createdAt: at,
        updatedAt: at,
      };
      await store.eventSubscriptions.put(subscription);
      await eventSubscriptions.changed();
      log.info({ subscriptionId: subscription.id, events: subscription.events, by: callerName(res.locals.caller as Caller) }, 'event subscription created');
      res.status(201).json({ ...(await publicSubscription(store, subscription)), secret });
    }),
  );

  on(
    routes.updateEventSubscription,
    route(async (req, res) => {
      const current = await subscriptionOf(services, req.params.id as string);
      const body = req.body as { url?: string; events?: DomainEventType[]; description?: string; active?: boolean };
      if (body.url !== undefined) checkUrl(body.url);
      const next: EventSubscriptionRecord = { ...current, ...body, updatedAt: new Date().toISOString() };
      if (body.description !== undefined && !body.description.trim()) delete next.description;
      await store.eventSubscriptions.put(next);
      await eventSubscriptions.changed();
      log.info({ subscriptionId: next.id, changed: Object.keys(body), by: callerName(res.locals.caller as Caller) }, 'event subscription changed');
      res.json(await publicSubscription(store, next));
    }),
  );

  on(
    routes.deleteEventSubscription,
    route(async (req, res) => {
      const subscription = await subscriptionOf(services, req.params.id as string);
      await store.eventSubscriptions.remove(subscription.id);
      await eventSubscriptions.changed();
      await removeDeliveries(store, { subscriptionId: subscription.id });
      log.info({ subscriptionId: subscription.id, by: callerName(res.locals.caller as Caller) }, 'event subscription deleted');
      res.status(204).end();
    }),
  );

  on(
    routes.testEventSubscription,
    route(async (req, res) => {
      const subscription = await subscriptionOf(services, req.params.id as string);
      const ping = await sendPing(store, eventSubscriptions, subscription, new Date());
      res.json((await publicDeliveries(store, [ping]))[0]);
    }),
  );

  on(
    routes.listEventDeliveries,
    route(async (req, res) => {
      const subscription = await subscriptionOf(services, req.params.id as string);
      const { status, limit } = req.query as { status?: EventDeliveryStatus; limit?: string };
      const count = limit === undefined ? defaultLogLimit : Number(limit);
      if (count < 1 || count > maxLogLimit) throw new HttpError(400, `limit must be from 1 to ${maxLogLimit}`);
      const deliveries = await store.eventDeliveries.find(
        { subscriptionId: subscription.id, ...(status ? { status } : {}) },
        { sort: { createdAt: -1 }, limit: count },
      );
      res.json({ deliveries: await publicDeliveries(store, deliveries) });
    }),
  );

  on(
    routes.resendEventDelivery,
    route(async (req, res) => {
      const id = req.params.id as string;
      const delivery = await store.eventDeliveries.get(id);
      if (!delivery) throw new HttpError(404, `No event delivery "${id}"`);
      const subscription = await subscriptionOf(services, delivery.subscriptionId);
      let after: EventDeliveryRecord;
      try {
        after = await resendDelivery(store, eventSubscriptions, delivery, subscription, services.config.eventDeliveryTimeoutMs);
      } catch (error) {
        if (error instanceof DeliveryBusyError) throw new HttpError(409, error.message);
        throw error;
      }
      log.info({ deliveryId: id, status: after.status, by: callerName(res.locals.caller as Caller) }, 'event delivery resent');
      res.json((await publicDeliveries(store, [after]))[0]);
    }),
  );

  return router;
}

const adminOnly: RequestHandler = (_req, res, next) => {
  next((res.locals.caller as Caller | undefined)?.role === 'admin' ? undefined : new HttpError(403, 'Only admins may do this'));
};

async function subscriptionOf(services: RuntimeServices, id: string): Promise<EventSubscriptionRecord> {
  const subscription = await services.store.eventSubscriptions.get(id);
  if (!subscription) throw new HttpError(404, `No event subscription "${id}"`);
  return subscription;
}

function callerName(caller: Caller): string {
  return caller.userId ?? `admin (${caller.via})`;
}
