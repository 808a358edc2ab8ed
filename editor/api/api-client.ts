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

export async function api<T>(method: string, path: string, body?: unknown): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { authorization: `Bearer ${localStorage.getItem(tokenKey) ?? ''}`, 'content-type': 'application/json' },
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

export interface WorkflowSummary {
  id: string;
  name: string;
  description?: string;
  publishedVersion: number | null;
  updatedAt: string;
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
