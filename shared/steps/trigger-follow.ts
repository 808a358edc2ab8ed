import { defineStep, nextPort } from './define-step';

export const triggerFollow = defineStep({
  type: 'trigger-follow',
  label: 'Friend added',
  description: 'Starts when a customer adds the account as a friend (and, optionally, unblocks it).',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: { includeUnblocked: { type: 'boolean' } },
  },
  defaults: { includeUnblocked: true },
  ports: () => nextPort,
  // Unset `includeUnblocked` (documents older than the option) counts as on, as before.
  trigger: { on: 'follow', priority: 10, matches: (data, input) => !input.unblocked || data.includeUnblocked !== false },
});
