import { defineStep, noPorts } from './define-step';

export const closeConversation = defineStep({
  type: 'close-conversation',
  label: 'Close conversation',
  description: 'Closes the conversation and ends the run; conversation-closed workflows (CSAT) start.',
  kind: 'action',
  category: 'team',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    properties: {
      category: {
        type: 'string',
        minLength: 1,
        maxLength: 60,
        description: 'The category reports file the conversation under (one of the categories in settings)',
      },
    },
  },
  defaults: {},
  ports: () => noPorts,
});
