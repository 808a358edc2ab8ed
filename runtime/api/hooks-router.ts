import { contactIdFor, defaultChannelId } from '../channels/contact-address';
import { randomUUID, timingSafeEqual } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const lineUserId = /^U[0-9a-f]{32}$/i;

/**
 * `POST /hooks/:workflowId`: an outside system (a shop, a CRM) starts a workflow's
 * incoming-webhook trigger for one LINE contact. Authorised by the workflow's own secret
 * (`Authorization: Bearer <hookToken>`), not by the admin token.
 */
export function hooksRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '');
  on(
    routes.startWorkflowByHook,
    route(async (req, res) => {
      const record = await services.store.workflows.get(req.params.workflowId as string);
      const given = Buffer.from(/^Bearer\s+(.+)$/i.exec(req.get('authorization') ?? '')?.[1]?.trim() ?? '');
      const expected = Buffer.from(record?.hookToken ?? '');
      // Unknown workflow and wrong token answer the same, so the hook does not reveal which exist.
      if (!record || expected.length === 0 || given.length !== expected.length || !timingSafeEqual(given, expected)) {
        throw new HttpError(401, 'Unknown workflow or wrong hook token');
      }
      const trigger = record.publishedVersion
        ? (await services.workflows.triggers('trigger-incoming-webhook')).find((t) => t.workflow.workflowId === record.id)
        : undefined;
      if (!trigger) throw new HttpError(409, 'This workflow has no published incoming-webhook trigger');
      const body = (req.body ?? {}) as { userId?: unknown; channel?: unknown; variables?: unknown };
      if (typeof body.userId !== 'string' || !(lineUserId.test(body.userId) || body.userId.startsWith('sim-'))) {
        throw new HttpError(400, 'userId must be the LINE user id of the contact (U followed by 32 hex digits)');
      }
      const channel = body.channel ?? defaultChannelId;
      if (typeof channel !== 'string') throw new HttpError(400, "channel must be a LINE channel's id");
      if (channel !== defaultChannelId && !(await services.channels.get(channel))) {
        throw new HttpError(400, `channel must be the id of a connected LINE channel; "${channel.slice(0, 40)}" is not one`);
      }
      const contactId = body.userId.startsWith('sim-') ? body.userId : contactIdFor(channel, body.userId);
      const variables = body.variables ?? {};
      if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw new HttpError(400, 'variables must be an object');
      const expectedNames = (trigger.node.data as { variables: string[] }).variables;
      const vars = Object.fromEntries(Object.entries(variables).filter(([name]) => expectedNames.includes(name)));
      const now = Date.now();
      const eventId = `hook-${randomUUID()}`;
      await services.queue.enqueue({
        kind: 'start-workflow',
        trigger: 'trigger-incoming-webhook',
        id: eventId,
        contactId,
        timestamp: now,
        receivedAt: now,
        workflowId: record.id,
        vars,
        startedBy: 'an incoming webhook',
      });
      res.status(202).json({ status: 'started', eventId, ignoredVariables: Object.keys(variables).filter((n) => !expectedNames.includes(n)) });
    }),
  );
  return router;
}
