import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, declared, listOf, nullable, openObject, text, time, wholeNumber } from './schema-builders';

/** A field's value kept in an entry: only for fields that are safe to show (a role, a status), never a secret. */
export type AuditValue = string | number | boolean | null | string[];

const actor = openObject(
  {
    kind: { enum: ['user', 'api-token', 'anonymous'] },
    id: { type: 'string', description: "The user's id; `api-token` or `anonymous`" },
    name: text,
  },
  ['kind', 'id', 'name'],
);

const target = openObject(
  {
    type: { type: 'string', description: 'workflow, user, setting, event-subscription, dead-letter…' },
    id: text,
    label: { type: 'string', description: 'Its name then, when known' },
  },
  ['type', 'id'],
);

const changes = openObject(
  {
    fields: { ...listOf(text), description: 'The top-level fields the request sent' },
    values: declared<Record<string, AuditValue>>()({ type: 'object', description: 'Values of the fields safe to keep (role, status, teams…); never a secret' }),
  },
  ['fields', 'values'],
);

export const auditEntrySchema = openObject(
  {
    id: text,
    at: time,
    action: {
      type: 'string',
      description: 'workflow.published, user.changed, session.sign-in-failed…; the operation id for a route without a name of its own',
    },
    operationId: text,
    actor,
    target: nullable(target),
    method: text,
    path: text,
    status: wholeNumber,
    address: nullable(text),
    userAgent: nullable(text),
    changes: nullable(changes),
  },
  ['id', 'at', 'action', 'operationId', 'actor', 'target', 'method', 'path', 'status', 'address', 'userAgent', 'changes'],
);

export type AuditEntryItem = ApiType<typeof auditEntrySchema>;

export const keySources = ['environment', 'file', 'generated in DATA_DIR'] as const;
export type KeySource = (typeof keySources)[number];

/** The audit log, and where the key that seals stored secrets comes from: what an admin reviews. */
export const auditRoutes = {
  listAuditLog: {
    method: 'GET',
    path: '/api/audit-log',
    summary: "Who changed what, newest first; the next page is before= the answer's nextBefore",
    auth: 'admin',
    query: closedObject({
      action: { type: 'string', description: 'Only this action, e.g. workflow.published' },
      actor: { type: 'string', description: 'Only this user id (or `api-token`, `anonymous`)' },
      target: { type: 'string', description: 'Only entries about this workflow, user… id' },
      before: { type: 'string', description: "An entry id (the last answer's nextBefore) or an ISO date and time" },
      limit: { type: 'string', description: 'A whole number from 1 to 200; 50 unless said' },
    }),
    response: openObject(
      {
        entries: listOf(auditEntrySchema),
        nextBefore: { ...nullable(text), description: 'Null on the last page' },
        actions: { ...listOf(text), description: 'The action names the log may hold (routes without a name appear under their operation id)' },
      },
      ['entries', 'nextBefore', 'actions'],
    ),
  },
  getEncryptionKeyStatus: {
    method: 'GET',
    path: '/api/settings/encryption-key',
    summary: 'Where the key that seals stored secrets comes from, and a warning when it is kept beside the data',
    auth: 'admin',
    response: openObject(
      {
        keySource: { enum: keySources },
        keyId: { type: 'string', description: 'A short fingerprint of the key (not the key); sealed secrets carry it' },
        warning: nullable(text),
      },
      ['keySource', 'keyId', 'warning'],
    ),
  },
} as const satisfies Record<string, ApiRoute>;
