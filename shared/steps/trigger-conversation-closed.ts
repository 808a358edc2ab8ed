import { defineStep, nextPort } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const triggerConversationClosed = defineStep({
  type: 'trigger-conversation-closed',
  label: 'Conversation closed',
  description: 'Starts when an agent or a workflow closes a conversation: the place for a CSAT survey.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => nextPort,
  trigger: { on: 'conversation-closed', priority: 10 },
});
