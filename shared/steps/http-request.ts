import { findTemplateReferences } from '../template/find-template-references';
import { defineStep, type StepIssue } from './define-step';
import { variableNameSchema } from './schema-parts';

/** What a credential may be called: letters, digits, `-`, `_` and `.`, starting with a letter or digit. */
export const credentialNamePattern = '^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$';

/**
 * Header names that usually carry a secret: a step that pastes one in plain is warned to use a
 * credential instead, and the runtime drops them on a redirect to another origin.
 */
export function looksLikeSecretHeader(name: string): boolean {
  const lower = name.toLowerCase();
  return /^(authorization|proxy-authorization|cookie)$/.test(lower) || /api[-_]?key|token|secret|passw|auth|session|credential|signature/.test(lower);
}

export const httpRequest = defineStep({
  type: 'http-request',
  label: 'HTTP request',
  description: 'Calls an outside system (create a CRM ticket, look up an order) and maps its JSON answer to variables.',
  kind: 'action',
  category: 'integrations',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['method', 'url', 'headers', 'timeoutSeconds', 'responseMapping'],
    properties: {
      method: { enum: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] },
      url: { type: 'string', minLength: 1, maxLength: 2000, format: 'http-url-or-template' },
      headers: {
        type: 'array',
        maxItems: 30,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'value'],
          properties: {
            name: { type: 'string', minLength: 1, maxLength: 100, format: 'header-name' },
            value: { type: 'string', maxLength: 4000 },
          },
        },
      },
      /**
       * The name of a credential an admin stored (Admin → Credentials): its secret is attached when
       * the call is sent, and only to the credential's origin, so the workflow holds no secret.
       */
      credential: { type: 'string', minLength: 1, maxLength: 64, pattern: credentialNamePattern },
      /** A JSON body; placeholders inside strings are escaped for JSON. */
      body: { type: 'string', maxLength: 100_000 },
      /** Default 10 s, at most 30 s. */
      timeoutSeconds: { type: 'integer', minimum: 1, maximum: 30 },
      responseMapping: {
        type: 'array',
        maxItems: 30,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['path', 'variable'],
          properties: {
            /** Dotted path into the JSON response, e.g. `data.ticket.id` or `items.0.name`. */
            path: { type: 'string', minLength: 1, maxLength: 200, format: 'dotted-path' },
            variable: variableNameSchema,
          },
        },
      },
      /** Saves the HTTP status code (or 0 when no answer came) to this variable. */
      saveStatusTo: variableNameSchema,
    },
  },
  defaults: { method: 'POST', url: '', headers: [], body: '{}', timeoutSeconds: 10, responseMapping: [] },
  ports: () => [
    { id: 'success', label: 'Success (2xx)' },
    { id: 'failure', label: 'Failure' },
  ],
  check: (data) => {
    const issues: StepIssue[] = [...pastedSecretIssues(data.headers, data.url)];
    if (data.body !== undefined && data.body.trim() !== '') {
      const problem = jsonBodyProblem(data.body);
      if (problem) issues.push({ field: 'body', ...problem, severity: 'error' });
      if (data.method === 'GET')
        issues.push({ field: 'body', message: 'is ignored for GET requests', severity: 'warning', code: 'http-request.bodyIgnoredForGet' });
    }
    return issues;
  },
  outputs: (data) => ({
    vars: [...data.responseMapping.map((m) => m.variable), ...(data.saveStatusTo ? [data.saveStatusTo] : [])],
  }),
});

/** A warning for each secret written into the step itself, where every export and every reader of the workflow sees it. */
function pastedSecretIssues(headers: readonly { name: string; value: string }[], url: string): StepIssue[] {
  const issues: StepIssue[] = [];
  headers.forEach((header, index) => {
    // `Bearer {{vars.token}}` holds no secret itself: only literal text beyond the scheme word counts.
    const literal = stripPlaceholders(header.value)
      .replace(/^\s*(bearer|basic|token)\b/i, '')
      .trim();
    if (looksLikeSecretHeader(header.name) && literal !== '') {
      issues.push({
        field: `headers.${index}.value`,
        message: `"${header.name}" looks like a secret pasted in plain: store it as a credential (Admin → Credentials) and pick it in "credential", so it is kept sealed and sent only to its origin`,
        severity: 'warning',
        code: 'http-request.secretHeader',
        params: { header: header.name },
      });
    }
  });
  if (/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*@/i.test(url.trim())) {
    issues.push({
      field: 'url',
      message: 'holds a user name or password: use a credential of kind "basic" instead',
      severity: 'warning',
      code: 'http-request.userInUrl',
    });
  }
  return issues;
}

function stripPlaceholders(text: string): string {
  let out = text;
  for (const ref of findTemplateReferences(text).references.reverse()) out = out.slice(0, ref.start) + out.slice(ref.end);
  return out;
}

/** Checks the body is JSON once each placeholder stands for a value. */
function jsonBodyProblem(body: string): Pick<StepIssue, 'message' | 'code' | 'params'> | null {
  let probe = body;
  for (const ref of findTemplateReferences(body).references.reverse()) {
    probe = probe.slice(0, ref.start) + '0' + probe.slice(ref.end);
  }
  try {
    JSON.parse(probe);
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { message: `is not valid JSON (${reason})`, code: 'http-request.invalidJson', params: { reason } };
  }
}
