import { defineStep, nextPort } from './define-step';

export const addNote = defineStep({
  type: 'add-note',
  label: 'Internal note',
  description: 'Adds a note to the conversation that agents see in the inbox and the customer never does.',
  kind: 'action',
  category: 'team',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['text'],
    properties: { text: { type: 'string', minLength: 1, maxLength: 5000 } },
  },
  defaults: { text: 'Note for the agent' },
  ports: () => nextPort,
});
