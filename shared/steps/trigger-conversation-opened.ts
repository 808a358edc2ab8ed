import { defineStep, nextPort } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const triggerConversationOpened = defineStep({
  type: 'trigger-conversation-opened',
  label: 'Conversation opened',
  description: 'Starts when a customer writes and no conversation with them is open, unless the message matches a keyword trigger.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => nextPort,
  // Below keywords: a customer whose first message asks for something gets it, not the greeting or survey.
  trigger: { on: 'conversation-opened', priority: 20 },
});
