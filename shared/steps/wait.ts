import { defineStep, nextPort, type StepIssue } from './define-step';

const unitSeconds = { seconds: 1, minutes: 60, hours: 3600, days: 86_400 } as const;
/** The longest delay a wait step may ask for: 30 days. */
const maxWaitSeconds = 30 * 86_400;

export const wait = defineStep({
  type: 'wait',
  label: 'Wait',
  description: 'Pauses the run for a while, then carries on.',
  kind: 'action',
  category: 'logic',
  waits: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['amount', 'unit'],
    properties: {
      amount: { type: 'integer', minimum: 1 },
      unit: { enum: ['seconds', 'minutes', 'hours', 'days'] },
    },
  },
  defaults: { amount: 5, unit: 'minutes' },
  ports: () => nextPort,
  check: (data) => {
    const issues: StepIssue[] = [];
    if (waitSeconds(data) > maxWaitSeconds)
      issues.push({ field: 'amount', message: 'must add up to at most 30 days', severity: 'error', code: 'wait.tooLong' });
    return issues;
  },
});

export function waitSeconds(data: { amount: number; unit: keyof typeof unitSeconds }): number {
  return data.amount * unitSeconds[data.unit];
}
