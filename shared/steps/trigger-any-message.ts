import { defineStep, nextPort } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const triggerAnyMessage = defineStep({
  type: 'trigger-any-message',
  label: 'Any message',
  description: 'Starts on any message that no waiting question, no keyword trigger and no conversation-opened workflow took: the fallback.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => nextPort,
  // The fallback: below keywords and conversation-opened (see trigger-spec.ts).
  trigger: { on: 'customer-message', priority: 10 },
});
