import type { WorkflowDocument } from '../../shared/document/workflow-document';
import type { Problem } from '../../shared/validation/problem';

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

/** An API answer that is not 2xx: the server's message, and its problems when it sent some. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    message: string,
    readonly problems: Problem[] = [],
  ) {
    super(message);
  }
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

/** The signed-in user, or null. Keeps the session's CSRF token for the calls that change things. */
export async function currentSession(): Promise<Viewer | null> {
  const response = await fetch('/api/session');
  if (!response.ok) return null;
  const { user, csrfToken: token } = (await response.json()) as { user: { id: string; name: string; role: 'admin' | 'agent'; teams: string[] }; csrfToken: string };
  csrfToken = token;
  return { id: user.id, name: user.name, role: user.role, teams: user.teams, via: 'session' };
}

export async function signIn(email: string, password: string): Promise<Viewer> {
  const response = await fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const body = (await response.json()) as { error?: string; user: { id: string; name: string; role: 'admin' | 'agent'; teams: string[] }; csrfToken: string };
  if (!response.ok) throw new ApiError(response.status, body.error ?? `HTTP ${response.status}`);
  csrfToken = body.csrfToken;
  return { id: body.user.id, name: body.user.name, role: body.user.role, teams: body.user.teams, via: 'session' };
}

export async function signOut(): Promise<void> {
  await fetch('/api/session', { method: 'DELETE', headers: csrfToken ? { 'x-csrf-token': csrfToken } : {} });
  csrfToken = null;
  forgetToken();
}

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  const token = localStorage.getItem(tokenKey);
  const auth: Record<string, string> = csrfToken ? { 'x-csrf-token': csrfToken } : token ? { authorization: `Bearer ${token}` } : {};
  try {
    response = await fetch(path, {
      method,
      headers: { ...auth, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'Cannot reach the LineFlow server. Check that it is running; your changes are kept in this browser.');
  }
  const text = await response.text();
  const parsed = text ? (JSON.parse(text) as Record<string, unknown>) : {};
  if (response.status === 401) {
    // A wrong or old token: ask for it again.
    forgetToken();
    window.location.reload();
  }
  if (!response.ok) throw new ApiError(response.status, String(parsed.error ?? `HTTP ${response.status}`), (parsed.problems as Problem[]) ?? []);
  return parsed as T;
}

export interface ShortcutField {
  name: string;
  label: string;
  kind: string;
  required?: boolean;
}

export interface WorkflowSummary {
  id: string;
  name: string;
  description?: string;
  publishedVersion: number | null;
  updatedAt: string;
  shortcut?: { name: string; description?: string; fields: ShortcutField[] } | null;
}

export interface WorkflowDetail extends WorkflowSummary {
  document: WorkflowDocument;
  problems: Problem[];
}

export interface VersionSummary {
  version: number;
  publishedAt: string;
  current: boolean;
}

export const workflowsApi = {
  list: () => api<{ workflows: WorkflowSummary[] }>('GET', '/api/workflows').then((r) => r.workflows),
  get: (id: string) => api<WorkflowDetail>('GET', `/api/workflows/${encodeURIComponent(id)}`),
  create: (document: WorkflowDocument) => api<WorkflowDetail>('POST', '/api/workflows', document),
  saveDraft: (document: WorkflowDocument) => api<WorkflowDetail>('PUT', `/api/workflows/${encodeURIComponent(document.id)}?allowInvalid=true`, document),
  remove: (id: string) => api<void>('DELETE', `/api/workflows/${encodeURIComponent(id)}`),
  publish: (id: string) => api<{ version: number }>('POST', `/api/workflows/${encodeURIComponent(id)}/publish`),
  versions: (id: string) => api<{ versions: VersionSummary[] }>('GET', `/api/workflows/${encodeURIComponent(id)}/versions`).then((r) => r.versions),
  version: (id: string, version: number) => api<{ document: WorkflowDocument }>('GET', `/api/workflows/${encodeURIComponent(id)}/versions/${version}`),
  startTest: (id: string) => api<{ contactId: string }>('POST', `/api/workflows/${encodeURIComponent(id)}/test`),
};
