import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { testContactPrefix } from '../engine/published-workflows';
import { newContact } from '../engine/new-contact';
import type { InboundEvent } from '../queue/inbound-event';
import type { Caller } from '../auth/authenticate';
import type { ContactRecord, TestSessionRecord } from '../store/records';
import { shortcutFormValues, type ShortcutFormField } from '../../shared/answers/shortcut-form-values';
import { routes } from '../../shared/api/routes';
import { HttpError, route } from './http-error';
import { routeRegistrar } from './register-route';

type TriggerName = 'conversation-opened' | 'conversation-closed' | 'shortcut' | 'incoming-webhook';
const fieldName = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * The editor's test chat as a sandbox: the test contact's profile, fields and tags set before a
 * run, and the draft's other triggers fired for it (conversation opened and closed, shortcut,
 * incoming webhook). Every trigger goes through the contact's queue and the engine as the real
 * event does; the test contact runs only the draft it was made for.
 */
export function testChatRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  on(
    routes.getTestContact,
    route(async (req, res) => {
      const { userId } = await testSession(services, req.params.userId as string);
      res.json(details(userId, await store.contacts.get(userId)));
    }),
  );

  on(
    routes.saveTestContact,
    route(async (req, res) => {
      const { id: userId } = await testSession(services, req.params.userId as string);
      const body = req.body as { displayName: string; language?: string; fields: Record<string, string | number | boolean>; tags: string[] };
      const displayName = body.displayName.trim();
      if (!displayName) throw new HttpError(400, 'displayName must be a non-empty text');
      const badField = Object.keys(body.fields).find((name) => !fieldName.test(name));
      if (badField !== undefined)
        throw new HttpError(400, `fields: "${badField.slice(0, 40)}" is not a field name (letters, digits and _, not starting with a digit)`);
      const tags = [...new Set(body.tags.map((t) => t.trim()).filter(Boolean))];
      const language = body.language?.trim() || undefined;
      // The simulated LINE profile says the same, so the engine's profile fetch keeps these.
      services.simulator.setProfile({ userId, displayName, ...(language ? { language } : {}) });
      const now = new Date().toISOString();
      const change = { displayName, language, fields: body.fields, tags, profileFetchedAt: now, updatedAt: now };
      // A version-checked write like any other: an event being handled meanwhile is decided again on top of it.
      let saved = await store.contacts.patch(userId, change);
      if (!saved) {
        const fresh: ContactRecord = { ...newContact(userId, new Date(now)), ...change };
        if (!language) delete fresh.language;
        saved = (await store.contacts.insert(fresh)) ? fresh : await store.contacts.patch(userId, change);
      }
      res.json(details(userId, saved));
    }),
  );

  on(
    routes.fireTestTrigger,
    route(async (req, res) => {
      const session = await testSession(services, req.params.userId as string);
      const body = req.body as { trigger: TriggerName; text?: string; fields?: Record<string, string | number | boolean>; variables?: unknown };
      const contact = await store.contacts.get(session.id);
      const open = contact?.openConversationId ?? null;
      const now = Date.now();
      const base = { contactId: session.id, timestamp: now, receivedAt: now };
      const events: InboundEvent[] = [];
      let note: string | null = null;
      const customerWrites = (text: string): InboundEvent => ({
        ...base,
        id: `sim-${randomUUID()}`,
        replyToken: randomUUID().replace(/-/g, ''),
        kind: 'message',
        message: { type: 'text', text },
      });

      switch (body.trigger) {
        case 'conversation-opened': {
          if (open) throw new HttpError(409, 'A conversation is already open; close it first (Trigger → Conversation closed)');
          const text = body.text?.trim();
          if (!text) throw new HttpError(400, 'text: what the customer writes to open the conversation');
          events.push(customerWrites(text));
          break;
        }
        case 'conversation-closed': {
          if (!open) {
            // Only a customer's message opens a conversation, as on LINE.
            events.push(customerWrites('Hello'));
            note = 'No conversation was open: the customer wrote "Hello" to open one, then it was closed';
          }
          const caller = res.locals.caller as Caller;
          const agent = caller.via === 'session' && caller.userId ? await store.users.get(caller.userId) : null;
          events.push({
            ...base,
            timestamp: now + 1,
            id: `close-${randomUUID()}`,
            kind: 'close-conversation',
            closedBy: agent ? 'agent' : 'api',
            ...(agent ? { agent: { id: agent.id, name: agent.name } } : {}),
            ...(open ? { conversationId: open } : {}),
          });
          break;
        }
        case 'shortcut': {
          const trigger = draftTrigger(session, 'trigger-shortcut');
          const form = shortcutFormValues((trigger.data as { fields: ShortcutFormField[] }).fields, body.fields ?? {});
          if (!form.ok) throw new HttpError(400, `fields: ${form.problem}`);
          events.push(startWorkflow(base, session, 'trigger-shortcut', form.vars, open, 'a shortcut in the test chat'));
          break;
        }
        case 'incoming-webhook': {
          const trigger = draftTrigger(session, 'trigger-incoming-webhook');
          const variables = body.variables ?? {};
          if (typeof variables !== 'object' || variables === null || Array.isArray(variables)) throw new HttpError(400, 'variables must be a JSON object');
          const expected = (trigger.data as { variables: string[] }).variables;
          const entries = Object.entries(variables as Record<string, unknown>);
          const ignored = entries.map(([name]) => name).filter((name) => !expected.includes(name));
          if (ignored.length) note = `Not declared by the trigger, so ignored (as the real hook does): ${ignored.join(', ')}`;
          const vars = Object.fromEntries(entries.filter(([name]) => expected.includes(name)));
          events.push(startWorkflow(base, session, 'trigger-incoming-webhook', vars, null, 'an incoming webhook (test chat)'));
          break;
        }
      }
      for (const event of events) await services.queue.enqueue(event);
      res.status(202).json({ eventId: events[events.length - 1]?.id ?? '', note });
    }),
  );

  return router;
}

function details(userId: string, contact: ContactRecord | null) {
  return {
    userId,
    displayName: contact?.displayName ?? null,
    language: contact?.language ?? null,
    fields: contact?.fields ?? {},
    tags: contact?.tags ?? [],
    openConversationId: contact?.openConversationId ?? null,
  };
}

/** The test chat's session of this contact (only test contacts have one). */
async function testSession(services: RuntimeServices, userId: string): Promise<TestSessionRecord & { userId: string }> {
  if (!userId.startsWith(testContactPrefix)) throw new HttpError(400, `userId: only test chat contacts (${testContactPrefix}…) have a sandbox`);
  const session = await services.store.testSessions.get(userId);
  if (!session) throw new HttpError(404, `No test chat "${userId.slice(0, 80)}": start one with POST /api/workflows/:id/test`);
  return { ...session, userId };
}

function draftTrigger(session: TestSessionRecord, type: 'trigger-shortcut' | 'trigger-incoming-webhook') {
  const node = session.document.nodes.find((n) => n.type === type);
  if (!node) throw new HttpError(409, `The draft under test has no ${type === 'trigger-shortcut' ? 'shortcut' : 'incoming-webhook'} trigger`);
  return node;
}

function startWorkflow(
  base: { contactId: string; timestamp: number; receivedAt: number },
  session: TestSessionRecord,
  trigger: 'trigger-shortcut' | 'trigger-incoming-webhook',
  vars: Record<string, unknown>,
  conversationId: string | null,
  startedBy: string,
): InboundEvent {
  return {
    ...base,
    id: `${trigger === 'trigger-shortcut' ? 'shortcut' : 'hook'}-${randomUUID()}`,
    kind: 'start-workflow',
    trigger,
    workflowId: session.workflowId,
    vars,
    ...(conversationId ? { conversationId } : {}),
    startedBy,
  };
}
