import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, listOf, openObject, text, time } from './schema-builders';
import { credentialNamePattern } from '../steps/http-request';

export const credentialKinds = ['bearer', 'header', 'basic'] as const;
export type CredentialKind = (typeof credentialKinds)[number];

const kind = {
  enum: credentialKinds,
  description: 'bearer: "Authorization: Bearer <value>"; header: "<headerName>: <value>"; basic: "Authorization: Basic" from username and password',
} as const;
const name = { type: 'string', pattern: credentialNamePattern, description: 'Letters, digits, "-", "_" and "."; HTTP steps name it in `credential`' } as const;
const headerName = { type: 'string', maxLength: 100, description: 'The header a "header" credential sets, e.g. X-Api-Key' } as const;
const secretText = (what: string) => ({ type: 'string', minLength: 1, maxLength: 4000, description: `${what}; write-only: never sent back` }) as const;
const allowedOrigin = {
  type: 'string',
  maxLength: 300,
  description: 'The one origin (scheme://host[:port]) the credential is sent to; a redirect elsewhere drops it',
} as const;

export const credentialSchema = openObject({ name: text, kind, headerName: text, allowedOrigin: text, updatedAt: time }, [
  'name',
  'kind',
  'allowedOrigin',
  'updatedAt',
]);
export type CredentialItem = ApiType<typeof credentialSchema>;

const values = {
  kind,
  headerName,
  value: secretText('The token (bearer) or header value (header)'),
  username: { type: 'string', minLength: 1, maxLength: 200, description: 'The user name (basic)' },
  password: secretText('The password (basic)'),
  allowedOrigin,
} as const;

/**
 * Named credentials for HTTP steps, admins only: stored sealed, never answered back (only the
 * name, kind, header name, origin and when it changed). Replacing one takes its values again.
 */
export const credentialsRoutes = {
  listCredentials: {
    method: 'GET',
    path: '/api/credentials',
    summary: 'Every credential HTTP steps may use, by name (never its values)',
    auth: 'admin',
    response: openObject({ credentials: listOf(credentialSchema) }, ['credentials']),
  },
  createCredential: {
    method: 'POST',
    path: '/api/credentials',
    summary: 'Store a credential, sealed; 409 when the name is taken',
    auth: 'admin',
    status: 201,
    body: closedObject({ name, ...values }, ['name', 'kind', 'allowedOrigin']),
    response: credentialSchema,
  },
  replaceCredential: {
    method: 'PUT',
    path: '/api/credentials/:name',
    summary: 'Replace a credential: its kind, origin and values (all given again, so a changed origin never reuses a stored secret)',
    auth: 'admin',
    body: closedObject(values, ['kind', 'allowedOrigin']),
    response: credentialSchema,
  },
  deleteCredential: {
    method: 'DELETE',
    path: '/api/credentials/:name',
    summary: 'Delete a credential; HTTP steps that name it then fail, saying so',
    auth: 'admin',
    status: 204,
    response: null,
  },
} as const satisfies Record<string, ApiRoute>;
