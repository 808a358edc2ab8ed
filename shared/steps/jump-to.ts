import { defineStep, noPorts } from './define-step';
import { idSchema } from './schema-parts';

export const jumpTo = defineStep({
  type: 'jump-to',
  label: 'Jump to',
  description: 'Continues at another step of this workflow, e.g. back to the main menu.',
  kind: 'action',
  category: 'logic',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['targetNodeId'],
    properties: { targetNodeId: idSchema },
  },
  defaults: { targetNodeId: '' },
  ports: () => noPorts,
  implicitTargets: (data) => [{ field: 'targetNodeId', nodeId: data.targetNodeId }],
});
