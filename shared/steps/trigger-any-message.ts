import { defineStep, nextPort } from './define-step';
import { noOptionsSchema } from './schema-parts-empty';

export const triggerAnyMessage = defineStep({
  type: 'trigger-any-message',
  label: 'Any message',
  description: 'Starts on any message that no keyword trigger and no waiting question took: the fallback.',
  kind: 'trigger',
  category: 'triggers',
  waits: false,
  schema: noOptionsSchema,
  defaults: {},
  ports: () => nextPort,
});
