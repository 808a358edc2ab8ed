import type { AuditValue } from '../store/audit-records';

/**
 * Fields whose values an entry keeps: who got which role, which status, which teams; which events
 * a subscription wants. Every other field is named only: a value is kept by allowing it here, never
 * by default, so a new secret field (a password, a token, a credential's headers) cannot leak in.
 */
const keptValues = new Set(['role', 'status', 'teams', 'active', 'events', 'required', 'name', 'email', 'description']);
/** Refused even if someone adds it above. */
const secretLike = /pass|secret|token|key|credential|auth|otp|code|cookie|header/i;

const maxFields = 40;
const maxText = 200;
const maxItems = 20;

export interface ChangeSummary {
  fields: string[];
  values: Record<string, AuditValue>;
}

/** The top-level field names of a request body, and the values of the few safe to keep. Null when the body is no object. */
export function summarizeChanges(body: unknown): ChangeSummary | null {
  if (!body || typeof body !== 'object' || Array.isArray(body)) return null;
  const fields = Object.keys(body).slice(0, maxFields);
  if (fields.length === 0) return null;
  const values: Record<string, AuditValue> = {};
  for (const field of fields) {
    if (!keptValues.has(field) || secretLike.test(field)) continue;
    const value = keptValue((body as Record<string, unknown>)[field]);
    if (value !== undefined) values[field] = value;
  }
  return { fields: fields.map((field) => field.slice(0, 80)), values };
}

function keptValue(value: unknown): AuditValue | undefined {
  if (value === null || typeof value === 'boolean' || typeof value === 'number') return value;
  if (typeof value === 'string') return value.slice(0, maxText);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.slice(0, maxItems).map((item) => item.slice(0, 100));
  return undefined;
}
