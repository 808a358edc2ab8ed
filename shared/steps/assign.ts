import { defineStep, type StepIssue } from './define-step';

export const assign = defineStep({
  type: 'assign',
  label: 'Assign',
  description: 'Hands the conversation to an agent, or to a team by round robin or fewest open conversations.',
  kind: 'action',
  category: 'team',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['target', 'onlineOnly'],
    properties: {
      target: { enum: ['agent', 'team'] },
      /** With target `agent`: the agent's id or email. */
      agent: { type: 'string', minLength: 1, maxLength: 200 },
      /** With target `team`: the team's name. */
      team: { type: 'string', minLength: 1, maxLength: 60 },
      strategy: { enum: ['round-robin', 'least-open'] },
      onlineOnly: { type: 'boolean' },
    },
  },
  defaults: { target: 'team', team: 'Support', strategy: 'round-robin', onlineOnly: false },
  ports: () => [
    { id: 'assigned', label: 'Assigned' },
    { id: 'unavailable', label: 'Nobody available' },
  ],
  check: (data) => {
    const issues: StepIssue[] = [];
    if (data.target === 'agent' && !data.agent) {
      issues.push({ field: 'agent', message: 'is required when assigning to an agent', severity: 'error' });
    }
    if (data.target === 'team' && !data.team) {
      issues.push({ field: 'team', message: 'is required when assigning to a team', severity: 'error' });
    }
    if (data.target === 'team' && !data.strategy) {
      issues.push({ field: 'strategy', message: 'is required when assigning to a team (round-robin or least-open)', severity: 'error' });
    }
    return issues;
  },
});
