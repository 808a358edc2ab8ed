import { locateContact } from '../channels/contact-address';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { ContactRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

/** What merging `source` into `target` gives: the target's values win, the source fills the gaps. */
function mergedProfile(source: ContactRecord, target: ContactRecord) {
  return {
    id: target.id,
    displayName: target.displayName ?? source.displayName,
    language: target.language ?? source.language,
    pictureUrl: target.pictureUrl ?? source.pictureUrl,
    tags: [...new Set([...target.tags, ...source.tags])],
    fields: { ...source.fields, ...target.fields },
  };
}

function publicContact({ engine: _engine, ...contact }: ContactRecord) {
  return contact;
}

/**
 * Contacts, and merging two profiles of one person into one history (previewed first). The
 * target keeps its LINE user id for replies; the source's conversations, messages, runs and
 * ratings move to it, and the source is marked as merged.
 */
export function contactsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  const pair = async (sourceId: string, targetId: unknown) => {
    if (typeof targetId !== 'string' || targetId === sourceId) throw new HttpError(400, 'Name another contact to merge into (into)');
    const [source, target] = await Promise.all([store.contacts.get(sourceId), store.contacts.get(targetId)]);
    if (!source) throw new HttpError(404, `No contact "${sourceId}"`);
    if (!target) throw new HttpError(404, `No contact "${targetId}"`);
    if (source.mergedInto || target.mergedInto) throw new HttpError(409, 'One of these contacts was already merged into another');
    const [from, into] = [locateContact(source.id).channelId, locateContact(target.id).channelId];
    // Each channel reaches the person by its own user id: a merged contact could only be written to on one of them.
    if (from !== into)
      throw new HttpError(400, `These contacts are on two LINE channels ("${from}" and "${into}"); only contacts of one channel can be merged`);
    return { source, target };
  };

  on(
    routes.listContacts,
    route(async (req, res) => {
      const query = typeof req.query.query === 'string' ? req.query.query.toLowerCase() : '';
      const filter = typeof req.query.channel === 'string' ? { channelId: req.query.channel } : {};
      const contacts = (await store.contacts.find(filter, { sort: { updatedAt: -1 }, limit: 500 }))
        .filter((c) => !c.mergedInto && (!query || `${c.displayName ?? ''} ${c.id}`.toLowerCase().includes(query)))
        .slice(0, 50);
      res.json({ contacts: contacts.map(publicContact) });
    }),
  );

  on(
    routes.previewContactMerge,
    route(async (req, res) => {
      const { source, target } = await pair(req.params.id as string, req.query.into);
      const [conversations, messages, runs] = await Promise.all([
        store.conversations.count({ contactId: source.id }),
        store.messages.count({ contactId: source.id }),
        store.runs.count({ contactId: source.id }),
      ]);
      res.json({
        source: publicContact(source),
        target: publicContact(target),
        result: mergedProfile(source, target),
        moves: { conversations, messages, runs },
      });
    }),
  );

  on(
    routes.mergeContact,
    route(async (req, res) => {
      const { source, target } = await pair(req.params.id as string, (req.body as { into?: unknown } | undefined)?.into);
      const result = mergedProfile(source, target);
      const moved = { conversations: 0, messages: 0, runs: 0 };
      for (const c of await store.conversations.find({ contactId: source.id }))
        moved.conversations += (await store.conversations.patch(c.id, { contactId: target.id })) ? 1 : 0;
      for (const m of await store.messages.find({ contactId: source.id }))
        moved.messages += (await store.messages.patch(m.id, { contactId: target.id })) ? 1 : 0;
      for (const r of await store.runs.find({ contactId: source.id })) moved.runs += (await store.runs.patch(r.id, { contactId: target.id })) ? 1 : 0;
      for (const s of await store.csatResponses.find({ contactId: source.id })) await store.csatResponses.patch(s.id, { contactId: target.id });
      const now = new Date().toISOString();
      await store.contacts.patch(target.id, {
        displayName: result.displayName,
        language: result.language,
        pictureUrl: result.pictureUrl,
        tags: result.tags,
        fields: result.fields,
        updatedAt: now,
      });
      await store.contacts.patch(source.id, { mergedInto: target.id, openConversationId: null, updatedAt: now });
      res.json({ merged: true, into: target.id, moved });
    }),
  );

  return router;
}
