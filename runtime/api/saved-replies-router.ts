import { randomUUID } from 'node:crypto';
import { Router, type Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { SavedReplyRecord } from '../store/saved-reply-records';
import type { SavedReplyItem } from '../../shared/api/saved-replies-api';
import { routes } from '../../shared/api/routes';
import { expandSavedReply, savedReplyTextProblem } from '../../shared/saved-replies/expand-saved-reply';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

const shared = 'shared';
const codeShape = /^[\p{L}\p{N}_-]{1,30}$/u;

/**
 * Saved replies: the team's shared ones (admins keep them) and each agent's own; agents see both
 * and insert one by typing `/` and its code. A code is unique among the shared ones and among one
 * person's own. The expansion fills `{{contact.…}}` fields for a conversation's contact.
 */
export function savedRepliesRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const callerOf = (res: Response) => res.locals.caller as Caller;

  /** The saved reply `id` when the caller may see it (shared, or theirs). */
  const visible = async (id: string, caller: Caller) => {
    const reply = await store.savedReplies.get(id);
    if (!reply || (reply.owner !== shared && reply.owner !== caller.userId)) throw new HttpError(404, `No saved reply "${id}"`);
    return reply;
  };
  /** Agents change their own; admins the shared ones and their own. */
  const changeable = async (id: string, caller: Caller) => {
    const reply = await visible(id, caller);
    if (reply.owner === shared && caller.role !== 'admin') throw new HttpError(403, 'Only admins may change shared saved replies');
    return reply;
  };
  const codeTaken = async (owner: string, code: string, except?: string) =>
    (await store.savedReplies.find({ owner, code })).some((reply) => reply.id !== except);

  on(
    routes.listSavedReplies,
    route(async (_req, res) => {
      const caller = callerOf(res);
      const owners = caller.userId ? [shared, caller.userId] : [shared];
      const replies = await store.savedReplies.find({ owner: { $in: owners } }, { sort: { code: 1 } });
      res.json({ savedReplies: replies.map((reply) => itemOf(reply, caller)) });
    }),
  );

  on(
    routes.createSavedReply,
    route(async (req, res) => {
      const caller = callerOf(res);
      const body = req.body as { scope: 'shared' | 'mine'; code: string; title?: string; text: string };
      if (body.scope === 'shared' && caller.role !== 'admin') throw new HttpError(403, 'Only admins may add shared saved replies (scope "mine" adds your own)');
      if (body.scope === 'mine' && !caller.userId) throw new HttpError(400, 'scope "mine" needs a signed-in person; the API token adds shared replies');
      const owner = body.scope === 'shared' ? shared : (caller.userId as string);
      const code = checkedCode(body.code);
      if (await codeTaken(owner, code)) throw new HttpError(400, `code "/${code}" is taken by another ${owner === shared ? 'shared' : 'of your'} saved reply`);
      const at = new Date().toISOString();
      const reply: SavedReplyRecord = {
        id: `sr-${randomUUID().slice(0, 12)}`,
        owner,
        code,
        title: body.title?.trim() ?? '',
        text: checkedText(body.text),
        createdBy: caller.userId,
        createdAt: at,
        updatedAt: at,
      };
      if (!(await store.savedReplies.insert(reply))) throw new HttpError(400, `code "/${code}" is taken by another saved reply`);
      res.status(201).json(itemOf(reply, caller));
    }),
  );

  on(
    routes.updateSavedReply,
    route(async (req, res) => {
      const caller = callerOf(res);
      const reply = await changeable(req.params.id as string, caller);
      const body = req.body as { code?: string; title?: string; text?: string };
      const changes: Partial<SavedReplyRecord> = { updatedAt: new Date().toISOString() };
      if (body.code !== undefined) {
        changes.code = checkedCode(body.code);
        if (await codeTaken(reply.owner, changes.code, reply.id)) throw new HttpError(400, `code "/${changes.code}" is taken by another saved reply`);
      }
      if (body.title !== undefined) changes.title = body.title.trim();
      if (body.text !== undefined) changes.text = checkedText(body.text);
      // Two agents saving the same code at once: the unique index refuses the second.
      const updated = await store.savedReplies.patch(reply.id, changes).catch((error: unknown) => {
        const code = (error as { code?: unknown }).code;
        if (code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 11000)
          throw new HttpError(400, `code "/${changes.code ?? reply.code}" is taken by another saved reply`);
        throw error;
      });
      if (!updated) throw new HttpError(404, `No saved reply "${reply.id}"`);
      res.json(itemOf(updated, caller));
    }),
  );

  on(
    routes.deleteSavedReply,
    route(async (req, res) => {
      const reply = await changeable(req.params.id as string, callerOf(res));
      await store.savedReplies.remove(reply.id);
      res.status(204).end();
    }),
  );

  on(
    routes.expandSavedReply,
    route(async (req, res) => {
      const conversation = await store.conversations.get(req.params.id as string);
      if (!conversation) throw new HttpError(404, `No conversation "${req.params.id as string}"`);
      const reply = await visible(req.params.replyId as string, callerOf(res));
      const contact = await store.contacts.get(conversation.contactId);
      res.json(expandSavedReply(reply.text, contact, conversation));
    }),
  );

  return router;
}

function itemOf(reply: SavedReplyRecord, caller: Caller): SavedReplyItem {
  const mine = reply.owner !== shared;
  const canEdit = mine ? reply.owner === caller.userId : caller.role === 'admin';
  return { id: reply.id, scope: mine ? 'mine' : 'shared', code: reply.code, title: reply.title, text: reply.text, updatedAt: reply.updatedAt, canEdit };
}

function checkedCode(code: string): string {
  const folded = code.trim().replace(/^\//, '').toLowerCase();
  if (!codeShape.test(folded)) throw new HttpError(400, 'code must be 1 to 30 letters, digits, "-" or "_" (no spaces)');
  return folded;
}

function checkedText(text: string): string {
  if (text.trim() === '') throw new HttpError(400, 'text must not be empty');
  const problem = savedReplyTextProblem(text);
  if (problem) throw new HttpError(400, `text: ${problem}`);
  return text;
}
