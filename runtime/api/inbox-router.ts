import { Router } from 'express';
import { lineLimits } from '../../shared/line-limits';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { AgentActionEvent } from '../queue/inbound-event';
import type { ConversationRecord, UserRecord } from '../store/records';
import { quoteTokenOf, replySender } from './agent-reply-extras';
import { HttpError, route } from './http-error';
import { streamLiveEvents } from './event-stream';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { fileAgentAction } from './file-agent-action';
import { conversationTimeline } from './conversation-timeline';
import { testContactPrefix } from '../engine/published-workflows';

type Action = AgentActionEvent['action'];

/**
 * What agents do in a conversation: reply, note, tag, assign or transfer, stop a running
 * workflow. Each goes through the contact's queue, in order with the customer's messages.
 * `GET /api/events` streams new messages and changed conversations to the inbox.
 */
export function inboxRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  type Build = (body: Record<string, unknown>, about: { conversation: ConversationRecord; user: UserRecord | null }) => Action | Promise<Action>;
  const act = (build: Build) =>
    route(async (req, res) => {
      const id = req.params.id as string;
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      const caller = res.locals.caller as Caller;
      const user = caller.userId ? await store.users.get(caller.userId) : null;
      const body = { ...((req.body ?? {}) as Record<string, unknown>), tag: req.params.tag ?? (req.body as { tag?: unknown } | undefined)?.tag };
      const action = await build(body, { conversation, user });
      const eventId = await fileAgentAction(services, conversation, user, action);
      res.status(202).json({ eventId });
    });

  on(
    routes.replyInConversation,
    act(async (body, { conversation, user }) => ({
      // A reply reopens a closed conversation, unless the customer has opened another since.
      ...(conversation.status === 'closed' ? await refuseIfNewerOpen(conversation) : {}),
      type: 'reply',
      text: checkedText(body.text, lineLimits.textLength),
      ...(typeof body.quoteMessageId === 'string' ? { quoteToken: await quoteTokenOf(store, conversation, body.quoteMessageId) } : {}),
      ...(await replySender(store, user)),
    })),
  );
  on(
    routes.addNote,
    act((body) => ({ type: 'note', text: checkedText(body.text, 5000) })),
  );
  on(
    routes.addTag,
    act((body) => ({ type: 'tag', tag: checkedTag(body.tag), add: true })),
  );
  on(
    routes.removeTag,
    act((body) => ({ type: 'tag', tag: checkedTag(body.tag), add: false })),
  );
  on(
    routes.stopRun,
    act(() => ({ type: 'stop-run' })),
  );
  on(
    routes.assignConversation,
    act(async (body) => {
      // The route's schema has already refused anything but a string or null.
      const userId = typeof body.userId === 'string' ? body.userId : null;
      const team = typeof body.team === 'string' ? body.team : null;
      if (userId && !(await store.users.get(userId))) throw new HttpError(400, `No user "${userId}"`);
      if (team !== null && (team.trim() === '' || team.length > 60)) throw new HttpError(400, 'team must be a team name');
      return { type: 'assign', userId, team };
    }),
  );

  // The test chat's messages stay out of the inbox's live feed (its conversations too: see streamLiveEvents).
  on(
    routes.getConversationTimeline,
    route(async (req, res) => {
      const id = req.params.id as string;
      if (!(await store.conversations.get(id))) throw new HttpError(404, `No conversation "${id}"`);
      res.json({ entries: await conversationTimeline(store, id) });
    }),
  );

  async function refuseIfNewerOpen(conversation: ConversationRecord): Promise<Record<string, never>> {
    const open = (await store.contacts.get(conversation.contactId))?.openConversationId;
    if (open && open !== conversation.id) throw new HttpError(409, 'The customer has a newer open conversation: reply there', { openConversationId: open });
    return {};
  }

  on(routes.streamEvents, (_req, res) =>
    streamLiveEvents(services, res, { conversations: true, accept: (message) => !message.contactId.startsWith(testContactPrefix) }),
  );
  return router;
}

function checkedText(text: unknown, max: number): string {
  if (typeof text !== 'string' || text.trim() === '') throw new HttpError(400, 'text must not be empty');
  if (text.length > max) throw new HttpError(400, `text must be at most ${max} characters (it has ${text.length})`);
  return text;
}

function checkedTag(tag: unknown): string {
  if (typeof tag !== 'string' || tag.trim() === '' || tag.length > 50) throw new HttpError(400, 'tag must be 1 to 50 characters');
  return tag.trim();
}
