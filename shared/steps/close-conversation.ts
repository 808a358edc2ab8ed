import { defineStep, noPorts } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const closeConversation = defineStep({
  type: 'close-conversation',
  label: 'Close conversation',
  description: 'Closes the conversation and ends the run; conversation-closed workflows (CSAT) start.',
  kind: 'action',
  category: 'team',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => noPorts,
});
