import { locateContact } from '../channels/contact-address';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import { checkContactEdit, ContactEditError } from '../contacts/check-contact-edit';
import { contactListQuery } from '../contacts/contact-list-query';
import { contactView, isTestContact } from '../contacts/contact-view';
import { fileContactAction } from '../contacts/file-contact-action';
import { BadCursorError } from '../store/contact-search';
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

/**
 * Contacts: the list (searched by index, a page at a time), a contact with its conversations,
 * edits, and merging two profiles of one person (previewed first). Edits and merges go through
 * the contact's queue, so they land between its events and never under a running workflow.
 */
export function contactsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  const contactOr404 = async (id: string) => {
    const contact = isTestContact(id) ? null : await store.contacts.get(id);
    if (!contact) throw new HttpError(404, `No contact "${id}"`);
    return contact;
  };
  const userOf = async (caller: Caller) => (caller.userId ? await store.users.get(caller.userId) : null);

  const pair = async (sourceId: string, targetId: unknown) => {
    if (typeof targetId !== 'string' || targetId === sourceId) throw new HttpError(400, 'Name another contact to merge into (into)');
    const [source, target] = await Promise.all([contactOr404(sourceId), contactOr404(targetId)]);
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
      try {
        const page = await store.contactSearch.page(contactListQuery(req.query));
        res.json({ contacts: page.contacts.map(contactView), next: page.next });
      } catch (error) {
        if (error instanceof BadCursorError) throw new HttpError(400, error.message);
        throw error;
      }
    }),
  );

  on(
    routes.getContact,
    route(async (req, res) => {
      const contact = await contactOr404(req.params.id as string);
      const conversations = await store.conversations.find({ contactId: contact.id }, { sort: { openedAt: -1 }, limit: 200 });
      const run = contact.engine.run;
      res.json({
        contact: contactView(contact),
        conversations,
        activeRun: run && (run.status === 'running' || run.status === 'waiting') ? { workflowName: run.workflowName, status: run.status } : null,
      });
    }),
  );

  on(
    routes.updateContact,
    route(async (req, res) => {
      const contact = await contactOr404(req.params.id as string);
      if (contact.mergedInto) throw new HttpError(409, `This contact was merged into "${contact.mergedInto}"; change that one`);
      let edit;
      try {
        edit = checkContactEdit(req.body as Parameters<typeof checkContactEdit>[0]);
      } catch (error) {
        if (error instanceof ContactEditError) throw new HttpError(400, error.message, { problems: error.problems });
        throw error;
      }
      const eventId = await fileContactAction(services, contact.id, await userOf(res.locals.caller as Caller), edit);
      res.status(202).json({ eventId });
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
      res.json({ source: contactView(source), target: contactView(target), result: mergedProfile(source, target), moves: { conversations, messages, runs } });
    }),
  );

  on(
    routes.mergeContact,
    route(async (req, res) => {
      const { source, target } = await pair(req.params.id as string, (req.body as { into?: unknown } | undefined)?.into);
      const user = await userOf(res.locals.caller as Caller);
      const eventId = await fileContactAction(services, source.id, user, { type: 'merge-into', into: target.id });
      res.status(202).json({ eventId, into: target.id });
    }),
  );

  return router;
}
