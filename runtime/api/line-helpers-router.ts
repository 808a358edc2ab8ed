import { join } from 'node:path';
import { Router } from 'express';
import { routes } from '../../shared/api/routes';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { ContentCache } from '../line/content-cache';
import { readLineHelperSettings, saveLineHelperSettings, senderIconUrlProblem } from '../line/line-helper-settings';
import { LineApiError, type LineContent } from '../line/line-transport';
import type { MessageRecord } from '../store/records';
import { mediaOf, mediaTypes, sendContent } from './customer-content';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';
import { fileAgentAction } from './file-agent-action';

/**
 * LINE's helpers in the inbox: a customer's media (fetched from LINE's content API once, then kept
 * under DATA_DIR/content), marking the customer's messages read when an agent opens a
 * conversation, and the settings of both and of the agent's name on replies.
 */
export function lineHelpersRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const cache = new ContentCache(join(services.config.dataDir, 'content'));
  const fetching = new Map<string, Promise<LineContent | null>>();
  // An unsent message's bytes go too (the engine publishes the changed message to every process).
  services.messages.on('message', (message: MessageRecord) => {
    if (message.unsentAt) void cache.forget(message.id).catch(() => {});
  });

  on(
    routes.getMessageContent,
    route(async (req, res) => {
      const { id, messageId } = req.params as { id: string; messageId: string };
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      const message = await store.messages.get(messageId);
      if (!message || message.conversationId !== conversation.id) throw new HttpError(404, `No message "${messageId}" in this conversation`);
      if (message.unsentAt) {
        await cache.forget(message.id);
        throw new HttpError(410, 'The customer unsent this message');
      }
      const media = mediaOf(message);
      if (message.author !== 'customer' || !mediaTypes.has(media.type ?? '') || !media.id)
        throw new HttpError(404, "This message has no content in LINE (only customers' images, videos, audio and files do)");
      if (media.contentProvider?.type === 'external') {
        // Sent through another service: LINE gives its URL instead of keeping the bytes.
        const url = media.contentProvider.originalContentUrl;
        if (!url?.startsWith('https://')) throw new HttpError(404, 'The content is kept outside LINE, at an address that is not HTTPS');
        return res.redirect(302, url);
      }
      const lineId = media.id;
      const content =
        (await cache.get(message.id)) ??
        (await once(fetching, message.id, async () => {
          const fetched = await fetchFromLine(services, conversation.contactId, lineId);
          if (fetched && !(await cache.put(message.id, fetched)))
            services.log.info({ messageId: message.id, bytes: fetched.body.length }, 'customer content too large to keep; served only');
          return fetched;
        }));
      if (!content) throw new HttpError(404, 'No longer available from LINE (LINE keeps what customers send for a limited time)');
      sendContent(res, content, media);
    }),
  );

  on(
    routes.markConversationRead,
    route(async (req, res) => {
      const id = req.params.id as string;
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      if (!(await readLineHelperSettings(store)).markAsReadOnOpen) return res.status(202).json({ status: 'off' });
      const mark = (await store.contacts.get(conversation.contactId))?.engine.markAsRead;
      if (!mark || (mark.conversationId !== null && mark.conversationId !== conversation.id)) return res.status(202).json({ status: 'nothing to mark' });
      const caller = res.locals.caller as Caller;
      const user = caller.userId ? await store.users.get(caller.userId) : null;
      // Through the contact's queue: the token is used once, in order with the customer's newer messages.
      const eventId = await fileAgentAction(services, conversation, user, { type: 'mark-read' });
      res.status(202).json({ status: 'marking', eventId });
    }),
  );

  on(
    routes.getLineHelperSettings,
    route(async (_req, res) => {
      res.json(await readLineHelperSettings(store));
    }),
  );
  on(
    routes.saveLineHelperSettings,
    route(async (req, res) => {
      const body = req.body as { markAsReadOnOpen: boolean; agentSender: boolean; senderIconUrl: string | null };
      const senderIconUrl = body.senderIconUrl?.trim() || null;
      const problem = senderIconUrl ? senderIconUrlProblem(senderIconUrl) : null;
      if (problem) throw new HttpError(400, problem);
      res.json(await saveLineHelperSettings(store, { markAsReadOnOpen: body.markAsReadOnOpen, agentSender: body.agentSender, senderIconUrl }));
    }),
  );

  return router;
}

/** LINE's copy of a customer's content; LINE's refusal or outage is a 502 that says so, never a 500. */
async function fetchFromLine(services: RuntimeServices, contactId: string, lineMessageId: string): Promise<LineContent | null> {
  try {
    return await services.transport.getContent(contactId, lineMessageId);
  } catch (error) {
    if (!(error instanceof LineApiError)) throw error;
    services.log.warn({ contactId, lineMessageId, kind: error.kind, status: error.status }, 'LINE content API failed');
    throw new HttpError(502, `LINE did not give the content: ${error.message}`);
  }
}

/** One fetch per key at a time: the inbox asking twice at once (a thumbnail and its link) reaches LINE once. */
async function once<T>(inFlight: Map<string, Promise<T>>, key: string, fetch: () => Promise<T>): Promise<T> {
  const running = inFlight.get(key);
  if (running) return running;
  const started = fetch().finally(() => inFlight.delete(key));
  inFlight.set(key, started);
  return started;
}
