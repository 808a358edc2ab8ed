import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { InboundEvent } from '../queue/inbound-event';
import { HttpError, route } from './http-error';
import { streamLiveEvents } from './event-stream';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { richMenuItem } from '../rich-menus/rich-menu-item';
import { shownRichMenu } from '../rich-menus/shown-rich-menu';

const userIdShape = /^sim-[A-Za-z0-9_-]{1,60}$/;

/**
 * The simulated LINE channel: a chat that goes through the same queue and engine as LINE's
 * webhooks, with outbound messages stored and streamed instead of sent. Its contacts' ids start
 * with `sim-`, so it works beside a real LINE channel (the editor's test chat uses it).
 */
export function simulatorRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const simulator = services.simulator;

  on(
    routes.setSimulatedProfile,
    route(async (req, res) => {
      const userId = checkedUserId(req.params.userId as string);
      const body = (req.body ?? {}) as { displayName?: unknown; language?: unknown };
      if (typeof body.displayName !== 'string' || body.displayName.trim() === '') throw new HttpError(400, 'displayName must be a non-empty text');
      if (body.language !== undefined && typeof body.language !== 'string') throw new HttpError(400, 'language must be a BCP 47 tag like "ja" or "th"');
      simulator.setProfile({ userId, displayName: body.displayName, ...(body.language ? { language: body.language } : {}) });
      res.json({ userId, displayName: body.displayName, language: body.language ?? null });
    }),
  );

  on(
    routes.sendSimulatedMessage,
    route(async (req, res) => {
      const userId = checkedUserId(req.params.userId as string);
      const body = (req.body ?? {}) as { text?: unknown; postbackData?: unknown; displayText?: unknown };
      const base = newEvent(userId);
      let event: InboundEvent;
      if (typeof body.postbackData === 'string' && body.postbackData !== '') {
        // LINE shows a tapped button's displayText in the chat as the customer's message.
        event = { ...base, kind: 'postback', data: body.postbackData, ...(typeof body.displayText === 'string' ? { displayText: body.displayText } : {}) };
      } else if (typeof body.text === 'string' && body.text.trim() !== '') event = { ...base, kind: 'message', message: { type: 'text', text: body.text } };
      else throw new HttpError(400, 'Send { "text": "..." } or { "postbackData": "..." }');
      await services.queue.enqueue(event);
      res.status(202).json({ eventId: event.id });
    }),
  );

  on(
    routes.simulateFollow,
    route(async (req, res) => {
      const event: InboundEvent = { ...newEvent(checkedUserId(req.params.userId as string)), kind: 'follow', unblocked: false };
      await services.queue.enqueue(event);
      res.status(202).json({ eventId: event.id });
    }),
  );

  // "Timeout now": fires the timer of the step the contact's run waits on, as if its time had come.
  on(
    routes.fireSimulatedTimer,
    route(async (req, res) => {
      const userId = checkedUserId(req.params.userId as string);
      const run = (await services.store.contacts.get(userId))?.engine.run;
      if (!run || run.status !== 'waiting') throw new HttpError(409, 'No run of this contact is waiting');
      const now = Date.now();
      const id = `t-${run.id}-${run.visit}`;
      await services.queue.enqueue({
        kind: 'timer',
        id,
        contactId: userId,
        timestamp: now,
        receivedAt: now,
        runId: run.id,
        visit: run.visit,
        reason: 'timeout',
      });
      res.status(202).json({ eventId: id, stepId: run.nodeId });
    }),
  );

  on(
    routes.listSimulatedMessages,
    route(async (req, res) => {
      const messages = await services.store.messages.find({ contactId: checkedUserId(req.params.userId as string) }, { sort: { at: 1, id: 1 } });
      res.json({ messages });
    }),
  );

  // What LINE would show under the chat: the linked menu, else the default (or the one a switch area asks for).
  on(
    routes.getSimulatedRichMenu,
    route(async (req, res) => {
      const userId = checkedUserId(req.params.userId as string);
      const { menu, linked } = await shownRichMenu(services.store, userId, req.query.alias as string | undefined);
      res.json({ richMenu: menu ? richMenuItem(menu, false) : null, linked });
    }),
  );

  on(routes.streamSimulatedMessages, (req, res) => {
    const userId = req.params.userId as string;
    streamLiveEvents(services, res, { accept: (message) => message.contactId === userId, applied: userId });
  });

  return router;
}

function newEvent(userId: string) {
  const now = Date.now();
  return { id: `sim-${randomUUID()}`, contactId: userId, timestamp: now, receivedAt: now, replyToken: randomUUID().replace(/-/g, '') };
}

function checkedUserId(userId: string): string {
  if (!userIdShape.test(userId)) throw new HttpError(400, 'A simulated user id starts with "sim-" and may only contain letters, digits, - and _ (at most 64)');
  return userId;
}
