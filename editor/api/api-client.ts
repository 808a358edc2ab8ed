import { ApiError, createApiClient } from '../../shared/api/api-client';
import type { ApiRoute } from '../../shared/api/api-route';
import type { WorkflowDocument } from '../../shared/document/workflow-document';

export { ApiError };
export type { ShortcutField, VersionSummary, WorkflowDetail, WorkflowSummary } from '../../shared/api/workflows-api';

const tokenKey = 'lineflow.apiToken';

export function savedToken(): string | null {
  const fromHash = /[#&]token=([^&]+)/.exec(window.location.hash)?.[1];
  if (fromHash) {
    localStorage.setItem(tokenKey, decodeURIComponent(fromHash));
    window.location.hash = window.location.hash.replace(/[#&]?token=[^&]+/, '') || '#/';
  }
  return localStorage.getItem(tokenKey);
}

export function saveToken(token: string): void {
  localStorage.setItem(tokenKey, token);
}

export function forgetToken(): void {
  localStorage.removeItem(tokenKey);
}

/** Who is using the app: a signed-in user (cookie session, CSRF token) or the API token (an admin). */
export interface Viewer {
  id: string | null;
  name: string;
  role: 'admin' | 'agent';
  teams: string[];
  via: 'session' | 'token';
}

let csrfToken: string | null = null;

const unreachable = () => new ApiError(0, 'Cannot reach the LineFlow server. Check that it is running; your changes are kept in this browser.');

/** The session's CSRF token when signed in, else the API token. */
function authHeaders(_route: ApiRoute): Record<string, string> {
  const token = localStorage.getItem(tokenKey);
  return csrfToken ? { 'x-csrf-token': csrfToken } : token ? { authorization: `Bearer ${token}` } : {};
}

/** Sign-in's own client: a wrong password (401) is an answer to show, not a reason to reload. */
const sessionClient = createApiClient({ headers: (): Record<string, string> => (csrfToken ? { 'x-csrf-token': csrfToken } : {}), unreachable });

/** The editor's and inbox's client: every call is a route of shared/api/routes.ts. */
export const apiClient = createApiClient({
  headers: authHeaders,
  unreachable,
  onRefused: (status) => {
    if (status !== 401) return;
    // A wrong or old token: ask for it again.
    forgetToken();
    window.location.reload();
  },
});

/** Calls a route and answers its body; anything but 2xx throws an ApiError. */
export const api = apiClient.request;

/** The signed-in user, or null. Keeps the session's CSRF token for the calls that change things. */
export async function currentSession(): Promise<Viewer | null> {
  const answer = await sessionClient.call('getSession');
  if (!answer.ok) return null;
  csrfToken = answer.body.csrfToken;
  const { user } = answer.body;
  return { id: user.id, name: user.name, role: user.role, teams: user.teams, via: 'session' };
}

export async function signIn(email: string, password: string): Promise<Viewer> {
  const { user, csrfToken: token } = await sessionClient.request('signIn', { body: { email, password } });
  csrfToken = token;
  return { id: user.id, name: user.name, role: user.role, teams: user.teams, via: 'session' };
}

export async function signOut(): Promise<void> {
  await sessionClient.call('signOut');
  csrfToken = null;
  forgetToken();
}

export const workflowsApi = {
  list: () => api('listWorkflows').then((r) => r.workflows),
  get: (id: string) => api('getWorkflow', { params: { id } }),
  create: (document: WorkflowDocument) => api('createWorkflow', { body: document }),
  saveDraft: (document: WorkflowDocument) => api('saveWorkflow', { params: { id: document.id }, query: { allowInvalid: 'true' }, body: document }),
  remove: (id: string) => api('deleteWorkflow', { params: { id } }),
  publish: (id: string) => api('publishWorkflow', { params: { id } }),
  versions: (id: string) => api('listWorkflowVersions', { params: { id } }).then((r) => r.versions),
  version: (id: string, version: number) => api('getWorkflowVersion', { params: { id, version } }),
  startTest: (id: string) => api('testWorkflow', { params: { id } }),
};
