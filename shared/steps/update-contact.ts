import { defineStep, nextPort, type StepIssue } from './define-step';
import { variableNameSchema } from './schema-parts';

/** Contact fields LINE owns; a workflow can read them but not overwrite them. */
export const readOnlyContactFields = ['userId', 'displayName', 'pictureUrl', 'statusMessage'] as const;

const tagSchema = { type: 'string', minLength: 1, maxLength: 50 } as const;

export const updateContact = defineStep({
  type: 'update-contact',
  label: 'Update contact',
  description: 'Sets contact fields and adds or removes tags.',
  kind: 'action',
  category: 'contact',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['actions'],
    properties: {
      actions: {
        type: 'array',
        minItems: 1,
        maxItems: 30,
        items: {
          type: 'object',
          required: ['kind'],
          discriminator: { propertyName: 'kind' },
          oneOf: [
            {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'field', 'value'],
              properties: { kind: { const: 'set-field' }, field: variableNameSchema, value: { type: 'string', maxLength: 1000 } },
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'tag'],
              properties: { kind: { const: 'add-tag' }, tag: tagSchema },
            },
            {
              type: 'object',
              additionalProperties: false,
              required: ['kind', 'tag'],
              properties: { kind: { const: 'remove-tag' }, tag: tagSchema },
            },
          ],
        },
      },
    },
  },
  defaults: { actions: [{ kind: 'add-tag', tag: 'vip' }] },
  ports: () => nextPort,
  check: (data) => {
    const issues: StepIssue[] = [];
    data.actions.forEach((action, index) => {
      if (action.kind === 'set-field' && (readOnlyContactFields as readonly string[]).includes(action.field)) {
        issues.push({
          field: `actions.${index}.field`,
          message: `"${action.field}" comes from LINE and cannot be changed`,
          severity: 'error',
          code: 'update-contact.lineField',
          params: { field: action.field },
        });
      }
    });
    return issues;
  },
  outputs: (data) => ({ contactFields: data.actions.flatMap((a) => (a.kind === 'set-field' ? [a.field] : [])) }),
});
