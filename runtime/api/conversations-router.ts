import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { Filter } from '../store/collection';
import { shortcutFormValues, type ShortcutFormField } from '../../shared/answers/shortcut-form-values';
import { HttpError, route } from './http-error';
import type { Caller } from '../auth/authenticate';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { channelQuota } from './channel-quota';
import { defaultChannelId } from '../channels/contact-address';
import { categoryProblem, readCategories } from '../reports/conversation-categories';
import { runLogRouter } from './run-log-router';

const pageSize = 100;

export function conversationsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  // The run log and replay (admins' routes, mounted with the runs of a conversation).
  router.use(runLogRouter(services));

  on(
    routes.getConversation,
    route(async (req, res) => {
      const id = req.params.id as string;
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      const [contact, messages] = await Promise.all([
        store.contacts.get(conversation.contactId),
        store.messages.find({ conversationId: conversation.id }, { sort: { at: 1, id: 1 } }),
      ]);
      const { engine, ...profile } = contact ?? { engine: null };
      const run = engine?.run
        ? { id: engine.run.id, workflowId: engine.run.workflowId, workflowName: engine.run.workflowName, status: engine.run.status, nodeId: engine.run.nodeId }
        : null;
      const past = await store.conversations.find({ contactId: conversation.contactId }, { sort: { openedAt: -1 }, limit: 20 });
      res.json({ conversation, contact: contact ? profile : null, activeRun: run, pastConversations: past.filter((c) => c.id !== conversation.id), messages });
    }),
  );

  on(
    routes.closeConversation,
    route(async (req, res) => {
      const id = req.params.id as string;
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      if (conversation.status === 'closed') throw new HttpError(409, 'The conversation is already closed');
      const body = (req.body ?? {}) as { category?: string; summary?: string };
      const problem = categoryProblem(await readCategories(store), body.category);
      if (problem) throw new HttpError(400, problem);
      const caller = res.locals.caller as Caller;
      const agent = caller.via === 'session' && caller.userId ? await store.users.get(caller.userId) : null;
      const now = Date.now();
      const eventId = `close-${randomUUID()}`;
      // Closing goes through the contact's queue, so it happens in order with the customer's messages.
      await services.queue.enqueue({
        kind: 'close-conversation',
        id: eventId,
        contactId: conversation.contactId,
        timestamp: now,
        receivedAt: now,
        conversationId: conversation.id,
        closedBy: agent ? 'agent' : 'api',
        ...(agent ? { agent: { id: agent.id, name: agent.name } } : {}),
        ...(body.category ? { category: body.category } : {}),
        ...(body.summary?.trim() ? { summary: body.summary.trim() } : {}),
      });
      res.status(202).json({ status: 'closing', eventId });
    }),
  );

  // An agent's shortcut: starts the workflow's shortcut trigger on this conversation with the form's fields.
  on(
    routes.startShortcut,
    route(async (req, res) => {
      const id = req.params.id as string;
      const conversation = await store.conversations.get(id);
      if (!conversation) throw new HttpError(404, `No conversation "${id}"`);
      const workflowId = req.params.workflowId as string;
      const record = await store.workflows.get(workflowId);
      const trigger = record?.publishedVersion
        ? (await services.workflows.triggers('trigger-shortcut')).find((t) => t.workflow.workflowId === record.id)
        : undefined;
      if (!trigger) throw new HttpError(404, `No published workflow "${workflowId}" with a shortcut trigger`);
      const fields = (trigger.node.data as { fields: ShortcutFormField[] }).fields;
      // The route's schema admits only strings, numbers and booleans as field values.
      const given = ((req.body ?? {}) as { fields?: Record<string, string | number | boolean> }).fields ?? {};
      const form = shortcutFormValues(fields, given);
      if (!form.ok) throw new HttpError(400, form.problem);
      const vars = form.vars;
      const now = Date.now();
      const eventId = `shortcut-${randomUUID()}`;
      await services.queue.enqueue({
        kind: 'start-workflow',
        trigger: 'trigger-shortcut',
        id: eventId,
        contactId: conversation.contactId,
        timestamp: now,
        receivedAt: now,
        workflowId: record?.id as string,
        vars,
        conversationId: conversation.id,
        startedBy: 'an agent',
      });
      res.status(202).json({ status: 'started', eventId });
    }),
  );

  on(
    routes.listRuns,
    route(async (req, res) => {
      const filter: Filter = {};
      for (const key of ['conversationId', 'contactId', 'workflowId'] as const) {
        if (typeof req.query[key] === 'string') filter[key] = req.query[key];
      }
      if (Object.keys(filter).length === 0) throw new HttpError(400, 'Filter runs by conversationId, contactId or workflowId');
      const runs = await store.runs.find(filter, { sort: { startedAt: 1 }, limit: pageSize });
      res.json({ runs });
    }),
  );

  on(
    routes.getLineUsage,
    route(async (_req, res) => {
      // The default channel's quota meter (GET /api/channels/default/quota), in this route's older shape.
      const meter = await channelQuota(services, defaultChannelId);
      const quota = meter.line
        ? { type: meter.line.type, ...(meter.line.limit === null ? {} : { value: meter.line.limit }), totalUsage: meter.line.used }
        : meter.lineError
          ? { error: meter.lineError }
          : { type: 'none' };
      const simulated = !(await services.channels.get(defaultChannelId));
      res.json({ month: meter.month, pushes: meter.pushes, quota, channel: simulated ? 'simulated' : 'line' });
    }),
  );

  return router;
}
