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

export const workflowSummarySchema = openObject(
  {
    id: text,
    name: text,
    description: text,
    publishedVersion: nullable(wholeNumber),
    updatedAt: time,
    /** The published version's shortcut form, for the inbox's buttons. */
    shortcut: nullable(openObject({ name: text, description: text, fields: listOf(shortcutFieldSchema) }, ['name', 'fields'])),
  },
  ['id', 'name', 'publishedVersion', 'updatedAt'],
);

export const workflowDetailSchema = openObject(
  {
    ...workflowSummarySchema.properties,
    createdAt: time,
    /** The incoming-webhook secret: admins only (null for agents, whose document also comes with its secrets masked). */
    hookToken: nullable(text),
    document: workflowDocumentSchema,
    problems: listOf(problemSchema),
  },
  ['id', 'name', 'publishedVersion', 'updatedAt', 'createdAt', 'hookToken', 'document', 'problems'],
);

export const versionSummarySchema = openObject({ version: wholeNumber, publishedAt: time, current: flag }, ['version', 'publishedAt', 'current']);

export type ShortcutField = ApiType<typeof shortcutFieldSchema>;
export type WorkflowSummary = ApiType<typeof workflowSummarySchema>;
export type WorkflowDetail = ApiType<typeof workflowDetailSchema>;
export type VersionSummary = ApiType<typeof versionSummarySchema>;

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
    summary: 'Create a workflow from a valid document',
    auth: 'admin',
    status: 201,
    body: workflowDocumentSchema,
    response: workflowDetailSchema,
  },
  getWorkflow: {
    method: 'GET',
    path: byId,
    summary: "A workflow: its draft and the draft's problems (for agents, no hook token and the document's secrets masked)",
    auth: 'agent',
    response: workflowDetailSchema,
  },
  saveWorkflow: {
    method: 'PUT',
    path: byId,
    summary: 'Save the draft (allowInvalid=true keeps unfinished steps and edges)',
    auth: 'admin',
    query: closedObject({ allowInvalid: { enum: ['true', 'false'] } }),
    body: workflowDocumentSchema,
    response: workflowDetailSchema,
  },
  deleteWorkflow: { method: 'DELETE', path: byId, summary: 'Delete a workflow and stop its triggers', auth: 'admin', status: 204, response: null },
  publishWorkflow: {
    method: 'POST',
    path: `${byId}/publish`,
    summary: 'Publish the draft as the next version',
    auth: 'admin',
    status: 201,
    response: openObject({ version: wholeNumber, publishedAt: time, warnings: listOf(problemSchema) }, ['version', 'publishedAt', 'warnings']),
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
