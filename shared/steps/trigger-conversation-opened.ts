import { defineStep, nextPort } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const triggerConversationOpened = defineStep({
  type: 'trigger-conversation-opened',
  label: 'Conversation opened',
  description: 'Starts when a customer writes and no conversation with them is open.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => nextPort,
});
