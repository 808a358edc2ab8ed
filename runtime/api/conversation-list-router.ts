import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { routes } from '../../shared/api/routes';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';
import { listConversations, type ListQuery } from '../inbox/list-conversations';
import { BadCursorError } from '../inbox/list-cursor';
import { SearchTooShortError } from '../store/message-search';
import { readMarkerId, type ConversationFlagRecord } from '../store/conversation-list-records';
import { isSnoozed } from '../inbox/is-snoozed';

/** The longest snooze: a year. Longer is a closed conversation. */
const longestSnoozeMs = 366 * 24 * 60 * 60 * 1000;

/** The inbox list (filters, search, pages) and the marks on its rows: read markers, pins, follow-up, snooze. */
export function conversationListRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const now = () => new Date();
  const callerOf = (res: { locals: Record<string, unknown> }) => res.locals.caller as Caller;

  const conversationOf = async (id: string) => {
    const conversation = await store.conversations.get(id);
    if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
    return conversation;
  };
  /** Sets marks on a conversation; the insert-or-ignore then the patch keep two agents' marks from overwriting each other. */
  const mark = async (id: string, userId: string | null, fields: Partial<ConversationFlagRecord>) => {
    const at = now().toISOString();
    await store.conversationFlags.insert({ id, pinned: false, followUp: false, updatedBy: userId, updatedAt: at });
    const flag = (await store.conversationFlags.patch(id, { ...fields, updatedBy: userId, updatedAt: at })) as ConversationFlagRecord;
    // Every open list shows it: the live stream's "conversation" makes them read the list again.
    const conversation = await store.conversations.get(id);
    if (conversation) services.messages.emit('conversation', conversation);
    return flag;
  };

  on(
    routes.listConversations,
    route(async (req, res) => {
      const caller = callerOf(res);
      const q = req.query as Record<string, string | undefined>;
      const query: ListQuery = { status: (q.status as ListQuery['status'] | undefined) ?? 'all' };
      if (q.assignee === 'none') query.assignee = null;
      else if (q.assignee === 'me') {
        if (!caller.userId) throw new HttpError(400, 'assignee "me" needs a signed-in person (the API token is no one)');
        query.assignee = caller.userId;
      } else if (q.assignee !== undefined) query.assignee = q.assignee;
      for (const key of ['team', 'tag', 'category', 'channel', 'contactId', 'q', 'cursor'] as const) if (q[key] !== undefined) query[key] = q[key];
      if (q.followUp === 'true') query.followUp = true;
      try {
        res.json(await listConversations(store, caller.userId, query, now()));
      } catch (error) {
        if (error instanceof SearchTooShortError || error instanceof BadCursorError) throw new HttpError(400, error.message);
        throw error;
      }
    }),
  );

  on(
    routes.markConversationSeen,
    route(async (req, res) => {
      const caller = callerOf(res);
      if (!caller.userId) throw new HttpError(400, 'Read markers are kept per signed-in person; the API token has none');
      const conversation = await conversationOf(req.params.id as string);
      const id = readMarkerId(caller.userId, conversation.id);
      const count = conversation.customerMessages ?? 0;
      // Never moved back: a slower request with an older count leaves the newer marker.
      const before = await store.readMarkers.get(id);
      const seen = Math.max(count, before?.seenCustomerMessages ?? 0);
      await store.readMarkers.put({ id, agentId: caller.userId, conversationId: conversation.id, seenCustomerMessages: seen, seenAt: now().toISOString() });
      res.json({ unread: Math.max(0, count - seen), seenCustomerMessages: seen });
    }),
  );

  const marksOf = (flag: ConversationFlagRecord, conversation: Parameters<typeof isSnoozed>[0]) => ({
    pinned: flag.pinned,
    followUp: flag.followUp,
    snoozedUntil: isSnoozed(conversation, flag) && (flag.snoozedUntil ?? '') > now().toISOString() ? (flag.snoozedUntil ?? null) : null,
  });

  on(
    routes.pinConversation,
    route(async (req, res) => {
      const conversation = await conversationOf(req.params.id as string);
      const { pinned } = req.body as { pinned: boolean };
      const at = now().toISOString();
      const flag = await mark(conversation.id, callerOf(res).userId, { pinned, pinnedAt: pinned ? at : null });
      res.json(marksOf(flag, conversation));
    }),
  );

  on(
    routes.markFollowUp,
    route(async (req, res) => {
      const conversation = await conversationOf(req.params.id as string);
      const { followUp } = req.body as { followUp: boolean };
      const flag = await mark(conversation.id, callerOf(res).userId, { followUp, followUpAt: followUp ? now().toISOString() : null });
      res.json(marksOf(flag, conversation));
    }),
  );

  on(
    routes.snoozeConversation,
    route(async (req, res) => {
      const conversation = await conversationOf(req.params.id as string);
      const { until } = req.body as { until: string | null };
      const at = now();
      if (until !== null) {
        if (conversation.status !== 'open') throw new HttpError(409, 'Only an open conversation can be snoozed');
        const time = Date.parse(until);
        if (Number.isNaN(time)) throw new HttpError(400, 'until must be a time, such as 2026-12-01T09:00:00+09:00');
        if (time <= at.getTime()) throw new HttpError(400, 'until must be in the future');
        if (time - at.getTime() > longestSnoozeMs) throw new HttpError(400, 'until must be within a year');
      }
      const flag = await mark(conversation.id, callerOf(res).userId, {
        snoozedUntil: until === null ? null : new Date(until).toISOString(),
        snoozedAt: until === null ? null : at.toISOString(),
      });
      res.json(marksOf(flag, conversation));
    }),
  );

  return router;
}
