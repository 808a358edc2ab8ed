import type { AuditValue } from '../../shared/api/audit-api';

export type { AuditValue };

// What the audit log keeps: who changed what, when and from where (runtime/audit/).

/** Who did it: a signed-in person, the ADMIN_API_TOKEN, or nobody known (a failed sign-in). */
export interface AuditActor {
  kind: 'user' | 'api-token' | 'anonymous';
  /** The user's id; `api-token` or `anonymous` for the others, so the log filters on one field. */
  id: string;
  /** The user's name (or email) as it was then; "API token"; "unknown". */
  name: string;
}

/** What it was done to: a workflow, a user, a setting… `label` is its name as it was then, when known. */
export interface AuditTarget {
  type: string;
  id: string;
  label?: string;
}

/** One change an admin (or a script with the API token) made, or one sign-in. */
export interface AuditEntryRecord {
  /** `<at>-<random>`: ids sort by time, so the log pages newest first by id alone. */
  id: string;
  at: string;
  /** `workflow.published`, `user.changed`…; the route's operation id for a route the audit table does not name. */
  action: string;
  /** The API route (shared/api/routes.ts) the request matched. */
  operationId: string;
  actor: AuditActor;
  target: AuditTarget | null;
  method: string;
  /** The request's path, without its query string. */
  path: string;
  status: number;
  /** The client's address as express sees it (`req.ip`: the proxy's client when the app trusts the proxy). */
  address: string | null;
  userAgent: string | null;
  /** The top-level fields the request sent, and the values of the few that are safe to keep (never a password or secret). */
  changes: { fields: string[]; values: Record<string, AuditValue> } | null;
}
