import { defineStep, nextPort, type StepIssue } from './define-step';
import { variableNameSchema } from './schema-parts';
import { duplicateIssues } from './duplicate-issues';

export const triggerShortcut = defineStep({
  type: 'trigger-shortcut',
  label: 'Shortcut',
  description: 'Started by an agent from the inbox, optionally after filling in a small form.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'fields'],
    properties: {
      name: { type: 'string', minLength: 1, maxLength: 40 },
      description: { type: 'string', maxLength: 200 },
      /** Input the agent fills in; each becomes `{{vars.<name>}}`. */
      fields: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['name', 'label', 'kind'],
          properties: {
            name: variableNameSchema,
            label: { type: 'string', minLength: 1, maxLength: 60 },
            kind: { enum: ['text', 'number', 'email', 'phone', 'date'] },
            required: { type: 'boolean' },
          },
        },
      },
    },
  },
  defaults: { name: 'Shortcut', fields: [] },
  ports: () => nextPort,
  // Started only by an agent naming this workflow: it never competes with another trigger.
  trigger: { on: 'shortcut', priority: 10 },
  check: (data): StepIssue[] =>
    duplicateIssues(
      data.fields.map((f) => f.name),
      'fields',
      'name',
      'field name',
    ),
  outputs: (data) => ({ vars: data.fields.map((field) => field.name) }),
});
