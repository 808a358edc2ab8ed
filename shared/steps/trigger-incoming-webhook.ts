import { defineStep, nextPort } from './define-step';
import { variableNameSchema } from './schema-parts';
import { duplicateIssues } from './duplicate-issues';

export const triggerIncomingWebhook = defineStep({
  type: 'trigger-incoming-webhook',
  label: 'Incoming webhook',
  description: 'Started by an outside system (a CRM, a shop) for one LINE contact, with variables in the request.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['variables'],
    properties: {
      /** The variables the request is expected to carry, each available as `{{vars.<name>}}`. */
      variables: { type: 'array', maxItems: 50, items: variableNameSchema },
    },
  },
  defaults: { variables: [] },
  ports: () => nextPort,
  // Started only by a request naming this workflow: it never competes with another trigger.
  trigger: { on: 'incoming-webhook', priority: 10 },
  check: (data) => duplicateIssues(data.variables, 'variables', '', 'variable'),
  outputs: (data) => ({ vars: [...data.variables] }),
});
