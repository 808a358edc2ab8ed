import { findTemplateReferences } from '../template/find-template-references';
import { defineStep, type StepIssue } from './define-step';
import { variableNameSchema } from './schema-parts';

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
    const issues: StepIssue[] = [];
    if (data.body !== undefined && data.body.trim() !== '') {
      const problem = jsonBodyProblem(data.body);
      if (problem) issues.push({ field: 'body', message: problem, severity: 'error' });
      if (data.method === 'GET') issues.push({ field: 'body', message: 'is ignored for GET requests', severity: 'warning' });
    }
    return issues;
  },
  outputs: (data) => ({
    vars: [...data.responseMapping.map((m) => m.variable), ...(data.saveStatusTo ? [data.saveStatusTo] : [])],
  }),
});

/** Checks the body is JSON once each placeholder stands for a value. */
function jsonBodyProblem(body: string): string | null {
  let probe = body;
  for (const ref of findTemplateReferences(body).references.reverse()) {
    probe = probe.slice(0, ref.start) + '0' + probe.slice(ref.end);
  }
  try {
    JSON.parse(probe);
    return null;
  } catch (error) {
    return `is not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
}
