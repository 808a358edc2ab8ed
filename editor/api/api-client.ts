import { ApiError, createApiClient } from '../../shared/api/api-client';
import { i18n, setLanguage } from '../i18n/i18n';
import type { ApiRoute } from '../../shared/api/api-route';
import type { SessionAnswer } from '../../shared/api/session-api';
import type { WorkflowDocument } from '../../shared/document/workflow-document';

export { ApiError };
export type { ShortcutField, VersionSummary, WorkflowDetail, WorkflowSummary } from '../../shared/api/workflows-api';

// An older editor kept the API token in localStorage and took it from a `#token=` link: both are
// wiped on load (the token is not used), since the editor signs in with a session only.
// Guarded: unit tests import the editor's modules outside a browser.
if (typeof window !== 'undefined') {
  window.localStorage.removeItem('lineflow.apiToken');
  if (/[#&]token=/.test(window.location.hash)) window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
}

/**
 * Who is using the app: a signed-in user (an HttpOnly session cookie and its CSRF token). The API
 * token is for scripts, in their Authorization header: it never enters the browser, where a
 * URL or localStorage would keep it.
 */
export interface Viewer {
  id: string | null;
  name: string;
  role: 'admin' | 'agent';
  teams: string[];
  /** An admin who must turn on two-factor sign-in before anything else works (REQUIRE_ADMIN_2FA). */
  mustSetUpTwoFactor?: boolean;
}

let csrfToken: string | null = null;

// Built when it happens, so it is in the language shown at that moment.
const unreachable = () => new ApiError(0, i18n.t('app:errors.unreachable'));

/** The session's CSRF token, for the calls that change something; the cookie goes by itself. */
function authHeaders(_route: ApiRoute): Record<string, string> {
  return csrfToken ? { 'x-csrf-token': csrfToken } : {};
}

/** Sign-in's own client: a wrong password (401) is an answer to show, not a reason to reload. */
const sessionClient = createApiClient({ headers: authHeaders, unreachable });

/** The editor's and inbox's client: every call is a route of shared/api/routes.ts. */
export const apiClient = createApiClient({
  headers: authHeaders,
  unreachable,
  onRefused: (status) => {
    if (status !== 401) return;
    // The session ended (signed out elsewhere, expired): back to the sign-in form.
    window.location.reload();
  },
});

/** Calls a route and answers its body; anything but 2xx throws an ApiError. */
export const api = apiClient.request;

/** The signed-in user, or null. Keeps the session's CSRF token for the calls that change things. */
export async function currentSession(): Promise<Viewer | null> {
  const answer = await sessionClient.call('getSession');
  if (!answer.ok) return null;
  return signedIn(answer.body);
}

/** A right password answers the viewer, or `code-needed` when two-factor is on (then signInWithCode). */
export async function signIn(email: string, password: string): Promise<Viewer | 'code-needed'> {
  const answer = await sessionClient.request('signIn', { body: { email, password } });
  return 'secondFactor' in answer ? 'code-needed' : signedIn(answer);
}

/** Sign-in's second step: the code from the authenticator app, or a recovery code. */
export async function signInWithCode(code: string): Promise<Viewer> {
  return signedIn(await sessionClient.request('signInCode', { body: { code } }));
}

function signedIn({ user, csrfToken: token, setupRequired }: SessionAnswer): Viewer {
  csrfToken = token;
  // The person's saved language wins over this browser's, so it follows them to any machine.
  if (user.language) setLanguage(user.language);
  return { id: user.id, name: user.name, role: user.role, teams: user.teams, ...(setupRequired === 'totp' ? { mustSetUpTwoFactor: true } : {}) };
}

export async function signOut(): Promise<void> {
  await sessionClient.call('signOut');
  csrfToken = null;
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
  rotateHookToken: (id: string) => api('rotateHookToken', { params: { id } }).then((r) => r.hookToken),
};
