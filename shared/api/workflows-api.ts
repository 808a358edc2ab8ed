import type { WorkflowDocument } from '../document/workflow-document';
import type { Problem } from '../validation/problem';
import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, declared, flag, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

/**
 * A workflow document. Checked by the workflow validator (shared/validation/validate-workflow.ts),
 * whose messages name the node and field, not by the API's schema check.
 */
export const workflowDocumentSchema = declared<WorkflowDocument>()({ type: 'object', description: 'A workflow document, as in examples/*.json' });

const problemSchema = declared<Problem>()(
  openObject({ severity: { enum: ['error', 'warning'] }, message: text, pointer: text, nodeId: text, edgeId: text, field: text }, [
    'severity',
    'message',
    'pointer',
  ]),
);

export const shortcutFieldSchema = openObject({ name: text, label: text, kind: text, required: flag }, ['name', 'label', 'kind']);

/** Who saved: a signed-in user, or `{ id: null, name: 'API token' }` for a script. */
export const workflowEditorSchema = openObject({ id: nullable(text), name: text }, ['id', 'name']);

/** A paused workflow's triggers start no run; `runs` is what was done with the runs under way. */
export const workflowPauseSchema = openObject({ at: time, by: workflowEditorSchema, runs: { enum: ['finish', 'stop'] } }, ['at', 'by', 'runs']);

export const workflowSummarySchema = openObject(
  {
    id: text,
    name: text,
    description: text,
    publishedVersion: nullable(wholeNumber),
    /** Set while the published workflow is paused. */
    paused: nullable(workflowPauseSchema),
    /** +1 on every saved change of the draft: send it back as If-Match when saving. */
    revision: wholeNumber,
    updatedAt: time,
    /** The published version's shortcut form, for the inbox's buttons. */
    shortcut: nullable(openObject({ name: text, description: text, fields: listOf(shortcutFieldSchema) }, ['name', 'fields'])),
  },
  ['id', 'name', 'publishedVersion', 'paused', 'revision', 'updatedAt'],
);

export const workflowDetailSchema = openObject(
  {
    ...workflowSummarySchema.properties,
    createdAt: time,
    /** Who saved the draft last (null: before LineFlow kept it). */
    updatedBy: nullable(workflowEditorSchema),
    /** The incoming-webhook secret: admins only (null for agents, whose document also comes with its secrets masked). */
    hookToken: nullable(text),
    document: workflowDocumentSchema,
    problems: listOf(problemSchema),
  },
  ['id', 'name', 'publishedVersion', 'paused', 'revision', 'updatedAt', 'createdAt', 'updatedBy', 'hookToken', 'document', 'problems'],
);

/** Who else has a workflow open in the editor (one entry per browser tab). */
export const workflowPresenceSchema = openObject({ tab: text, userId: nullable(text), name: text, since: time }, ['tab', 'userId', 'name', 'since']);

export const versionSummarySchema = openObject({ version: wholeNumber, publishedAt: time, current: flag }, ['version', 'publishedAt', 'current']);

export type ShortcutField = ApiType<typeof shortcutFieldSchema>;
export type WorkflowSummary = ApiType<typeof workflowSummarySchema>;
export type WorkflowDetail = ApiType<typeof workflowDetailSchema>;
export type VersionSummary = ApiType<typeof versionSummarySchema>;
export type WorkflowEditor = ApiType<typeof workflowEditorSchema>;
export type WorkflowPause = ApiType<typeof workflowPauseSchema>;
export type WorkflowPresence = ApiType<typeof workflowPresenceSchema>;

const byId = '/api/workflows/:id';

/** Workflows: drafts saved as they are edited, published into immutable versions. */
export const workflowsRoutes = {
  listWorkflows: {
    method: 'GET',
    path: '/api/workflows',
    summary: 'List workflows, newest change first',
    auth: 'agent',
    response: openObject({ workflows: listOf(workflowSummarySchema) }, ['workflows']),
  },
  createWorkflow: {
    method: 'POST',
    path: '/api/workflows',
    summary:
      'Create a workflow from a valid document. An existing id answers 409 naming that workflow (`existing`), unless replace=true: then its draft is replaced (200; its versions are kept). allowInvalid=true keeps unfinished steps (a copy of a draft)',
    auth: 'admin',
    status: 201,
    query: closedObject({ replace: { enum: ['true', 'false'] }, allowInvalid: { enum: ['true', 'false'] } }),
    body: workflowDocumentSchema,
    response: workflowDetailSchema,
  },
  getWorkflow: {
    method: 'GET',
    path: byId,
    summary: "A workflow: its draft, the draft's revision (also the ETag) and problems (for agents, no hook token and the document's secrets masked)",
    auth: 'agent',
    response: workflowDetailSchema,
  },
  saveWorkflow: {
    method: 'PUT',
    path: byId,
    summary:
      'Save the draft (allowInvalid=true keeps unfinished steps and edges). With `If-Match: <revision>`, a draft saved by someone else since answers 409 with the current `revision`, `updatedBy` and `updatedAt`, and changes nothing',
    auth: 'admin',
    query: closedObject({ allowInvalid: { enum: ['true', 'false'] } }),
    body: workflowDocumentSchema,
    response: workflowDetailSchema,
  },
  deleteWorkflow: { method: 'DELETE', path: byId, summary: 'Delete a workflow and stop its triggers', auth: 'admin', status: 204, response: null },
  publishWorkflow: {
    method: 'POST',
    path: `${byId}/publish`,
    summary: 'Publish the draft as the next version (201); a draft identical to the live version makes none (200, the live version, created: false)',
    auth: 'admin',
    status: 201,
    response: openObject({ version: wholeNumber, publishedAt: time, warnings: listOf(problemSchema), created: flag }, ['version', 'publishedAt', 'warnings']),
  },
  pauseWorkflow: {
    method: 'POST',
    path: `${byId}/pause`,
    summary: "Pause a published workflow: its triggers start no run; the runs under way finish, or are stopped (runs: 'stop'), each in its contact's order",
    auth: 'admin',
    body: closedObject({ runs: { enum: ['finish', 'stop'] } }, ['runs']),
    response: openObject({ paused: workflowPauseSchema, stopping: wholeNumber }, ['paused', 'stopping']),
  },
  resumeWorkflow: {
    method: 'POST',
    path: `${byId}/resume`,
    summary: 'Resume a paused workflow: its live version starts runs again',
    auth: 'admin',
    response: workflowSummarySchema,
  },
  workflowPresence: {
    method: 'POST',
    path: `${byId}/presence`,
    summary: "The editor's heartbeat: this tab has the workflow open (for about 30 s); answers who else has it open. leaving=true when the tab closes it",
    auth: 'admin',
    body: closedObject({ tab: { type: 'string', pattern: '^[A-Za-z0-9_-]{8,64}$' }, leaving: flag }, ['tab']),
    response: openObject({ others: listOf(workflowPresenceSchema) }, ['others']),
  },
  testWorkflow: {
    method: 'POST',
    path: `${byId}/test`,
    summary: 'Start a test chat: a fresh simulated contact that runs the draft',
    auth: 'admin',
    status: 201,
    response: openObject({ contactId: text }, ['contactId']),
  },
  listWorkflowVersions: {
    method: 'GET',
    path: `${byId}/versions`,
    summary: 'The published versions, newest first',
    auth: 'agent',
    response: openObject({ versions: listOf(versionSummarySchema) }, ['versions']),
  },
  getWorkflowVersion: {
    method: 'GET',
    path: `${byId}/versions/:version`,
    summary: "One published version's document (for agents, with its secrets masked)",
    auth: 'agent',
    response: openObject({ version: wholeNumber, publishedAt: time, document: workflowDocumentSchema }, ['version', 'publishedAt', 'document']),
  },
  rotateHookToken: {
    method: 'POST',
    path: `${byId}/hook-token`,
    summary: 'A new incoming-webhook token; the old one stops working at once',
    auth: 'admin',
    response: openObject({ hookToken: text }, ['hookToken']),
  },
} as const satisfies Record<string, ApiRoute>;
