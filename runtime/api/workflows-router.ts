import { randomBytes, randomUUID } from 'node:crypto';
import { Router } from 'express';
import { testContactPrefix } from '../engine/published-workflows';
import type { WorkflowDocument } from '../../shared/document/workflow-document';
import { validateWorkflow, type ValidationContext } from '../../shared/validation/validate-workflow';
import type { RuntimeServices } from '../app/runtime-services';
import type { Caller } from '../auth/authenticate';
import type { WorkflowRecord } from '../store/records';
import { askLineAboutMessages } from './ask-line-about-messages';
import { keywordClashWarnings } from './live-keyword-workflows';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { redactWorkflowForAgents } from './redact-for-agents';
import { callerAsEditor } from './caller-as-editor';
import { publishDraft } from './publish-draft';
import { draftETag, ifMatchRevision, saveDraft } from './save-draft';
import { registerWorkflowStatusRoutes } from './workflow-status-routes';
import { ensureTeamsAdopted } from '../teams/adopt-team-words';

/** Workflows: drafts saved as they are edited, published into immutable versions. */
export function workflowsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

  on(
    routes.listWorkflows,
    route(async (_req, res) => {
      const records = await store.workflows.find({}, { sort: { updatedAt: -1 } });
      res.json({ workflows: await Promise.all(records.map(async (r) => ({ ...summary(r), shortcut: await publishedShortcut(services, r) }))) });
    }),
  );

  on(
    routes.createWorkflow,
    route(async (req, res) => {
      const document = checkedDocument(req.body, req.query.allowInvalid === 'true', await validationContext(services));
      const now = new Date().toISOString();
      const by = await callerAsEditor(services, res.locals.caller as Caller);
      const record: WorkflowRecord = {
        id: document.id,
        draft: document,
        publishedVersion: null,
        hookToken: newHookToken(),
        revision: 1,
        updatedBy: by,
        createdAt: now,
        updatedAt: now,
      };
      if (await store.workflows.insert(record)) {
        res.status(201).json(detail(record, await validationContext(services), res.locals.caller as Caller));
        return;
      }
      // An import of a workflow that exists: never a silent duplicate, never a silent overwrite.
      const found = await existing(services, document.id);
      if (req.query.replace !== 'true') {
        const live = found.publishedVersion === null ? 'not published' : `live: version ${found.publishedVersion}`;
        throw new HttpError(
          409,
          `A workflow with id "${document.id}" exists: "${found.draft.name}" (${live}). Send replace=true to replace its draft (its versions are kept)`,
          {
            existing: summary(found),
          },
        );
      }
      const replaced = await saveDraft(services, found.id, document, null, by);
      res.status(200).json(detail(replaced, await validationContext(services), res.locals.caller as Caller));
    }),
  );

  on(
    routes.getWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      // no-store: a cached answer revalidated by its ETag would hide a publish or pause (not revisions).
      res.set({ ETag: draftETag(record), 'Cache-Control': 'no-store' });
      res.json(detail(record, await validationContext(services), res.locals.caller as Caller));
    }),
  );

  on(
    routes.saveWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const ifMatch = ifMatchRevision(req.get('if-match'));
      const document = checkedDocument(req.body, req.query.allowInvalid === 'true', await validationContext(services));
      if (document.id !== record.id) throw new HttpError(400, `The document's id "${document.id}" does not match the URL's "${record.id}"`);
      const updated = await saveDraft(services, record.id, document, ifMatch, await callerAsEditor(services, res.locals.caller as Caller));
      res.set({ ETag: draftETag(updated), 'Cache-Control': 'no-store' });
      res.json(detail(updated, await validationContext(services), res.locals.caller as Caller));
    }),
  );

  on(
    routes.deleteWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      await store.workflows.remove(record.id);
      if (record.publishedVersion !== null) await services.workflowsChanged();
      res.status(204).end();
    }),
  );

  on(
    routes.publishWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const result = validateWorkflow(record.draft, await validationContext(services));
      if (!result.ok) throw new HttpError(400, `The draft has ${result.errors.length} error(s); fix them before publishing`, { problems: result.errors });
      const line = await askLineAboutMessages(services, record.draft);
      if (line.errors.length)
        throw new HttpError(400, `LINE refuses ${line.errors.length} message(s) of the draft; fix them before publishing`, { problems: line.errors });
      // Read before this publish changes the live set; the draft's own workflow is left out by id.
      const clashes = await keywordClashWarnings(services, record.draft);
      const { version, publishedAt, created } = await publishDraft(services, record, record.hookToken ?? newHookToken());
      await services.workflowsChanged();
      res.status(created ? 201 : 200).json({ version, publishedAt, warnings: [...result.warnings, ...line.warnings, ...clashes], created });
    }),
  );

  // The editor's test chat: a fresh simulated contact that runs this draft as it is now.
  on(
    routes.testWorkflow,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const result = validateWorkflow(record.draft, await validationContext(services));
      if (!result.ok) throw new HttpError(400, `The draft has ${result.errors.length} error(s); fix them to test it`, { problems: result.errors });
      const contactId = `${testContactPrefix}${randomUUID().slice(0, 12)}`;
      await store.testSessions.put({ id: contactId, workflowId: record.id, version: -Date.now(), document: record.draft, createdAt: new Date().toISOString() });
      res.status(201).json({ contactId });
    }),
  );

  on(
    routes.listWorkflowVersions,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const versions = await store.versions.find({ workflowId: record.id }, { sort: { version: -1 } });
      res.json({ versions: versions.map(({ version, publishedAt }) => ({ version, publishedAt, current: version === record.publishedVersion })) });
    }),
  );

  on(
    routes.getWorkflowVersion,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const version = await store.versions.get(`${record.id}@${Number(req.params.version)}`);
      if (!version) throw new HttpError(404, `Workflow "${record.id}" has no version ${req.params.version as string}`);
      const document = (res.locals.caller as Caller).role === 'admin' ? version.document : redactWorkflowForAgents(version.document);
      res.json({ version: version.version, publishedAt: version.publishedAt, document });
    }),
  );

  // A leaked hook token stops working the moment the admin rotates it: the hook reads the record on each call.
  on(
    routes.rotateHookToken,
    route(async (req, res) => {
      const record = await existing(services, req.params.id as string);
      const hookToken = newHookToken();
      const updated = await store.workflows.patch(record.id, { hookToken });
      if (!updated) throw new HttpError(404, `No workflow "${record.id}"`);
      res.json({ hookToken });
    }),
  );

  registerWorkflowStatusRoutes(on, services, summary);
  return router;
}

/** What the installation offers workflows (company business hours), for the validator. */
async function validationContext(services: RuntimeServices): Promise<ValidationContext> {
  await ensureTeamsAdopted(services.store);
  const teams = (await services.store.teams.find({})).map(({ id, name }) => ({ id, name }));
  return { companyBusinessHours: (await services.workflows.companyBusinessHours()) !== null, teams };
}

function checkedDocument(body: unknown, allowInvalid: boolean, context: ValidationContext): WorkflowDocument {
  if (body === undefined) throw new HttpError(400, 'Send the workflow document as the JSON body');
  const result = validateWorkflow(body, context);
  // A draft may be saved with unfinished steps and edges, never with a broken shape.
  const shapeBroken = result.errors.some((p) => !draftableProblem.test(p.pointer));
  if (!result.ok && (!allowInvalid || shapeBroken || !hasId(body))) {
    throw new HttpError(400, `The workflow has ${result.errors.length} error(s)`, { problems: result.errors, warnings: result.warnings });
  }
  return body as WorkflowDocument;
}

const draftableProblem = /^(\/nodes\/\d+(\/data(\/.*)?)?|\/nodes|\/edges\/\d+\/(id|source|target|sourceHandle))$/;

function hasId(body: unknown): boolean {
  return typeof (body as { id?: unknown }).id === 'string';
}

async function existing(services: RuntimeServices, id: string): Promise<WorkflowRecord> {
  const record = await services.store.workflows.get(id);
  if (!record) throw new HttpError(404, `No workflow "${id}"`);
  return record;
}

function summary(record: WorkflowRecord) {
  return {
    id: record.id,
    name: record.draft.name,
    description: record.draft.description,
    publishedVersion: record.publishedVersion,
    paused: record.paused ?? null,
    revision: record.revision ?? 0,
    updatedAt: record.updatedAt,
  };
}

/** The published version's shortcut form, for the inbox's buttons. */
async function publishedShortcut(services: RuntimeServices, record: WorkflowRecord) {
  if (record.publishedVersion === null || record.paused) return null;
  const published = await services.workflows.version(record.id, record.publishedVersion);
  const trigger = published?.document.nodes.find((n) => n.type === 'trigger-shortcut');
  return trigger ? (trigger.data as { name: string; description?: string; fields: unknown[] }) : null;
}

/** The draft and its problems; an agent gets no hook token and a document with its secrets masked. */
function detail(record: WorkflowRecord, context: ValidationContext, caller: Caller) {
  const result = validateWorkflow(record.draft, context);
  const admin = caller.role === 'admin';
  return {
    ...summary(record),
    createdAt: record.createdAt,
    updatedBy: record.updatedBy ?? null,
    hookToken: admin ? (record.hookToken ?? null) : null,
    document: admin ? record.draft : redactWorkflowForAgents(record.draft),
    problems: [...result.errors, ...result.warnings],
  };
}

export function newHookToken(): string {
  return randomBytes(24).toString('base64url');
}
