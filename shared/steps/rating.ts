import { defineStep, type StepIssue } from './define-step';
import { duplicateIssues } from './duplicate-issues';
import { reservedPortIssues } from './reserved-port-issues';
import { saveTargetOutputs } from './save-target-outputs';
import { messageTextSchema, retrySchema, saveTargetSchema, shortIdSchema, timeoutMinutesSchema } from './schema-parts';
import { silentSendSchema } from './line-request-options';

export const rating = defineStep({
  type: 'rating',
  label: 'Rating (CSAT)',
  description: 'Asks for a satisfaction rating on a 1–5 or 1–10 scale and records it as a CSAT response.',
  kind: 'action',
  category: 'questions',
  waits: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['question', 'scale', 'ranges', 'retry', 'timeoutMinutes'],
    properties: {
      question: messageTextSchema,
      scale: { enum: [5, 10] },
      /** Shown beside the lowest and highest buttons, e.g. "1 Poor", "5 Great". */
      lowLabel: { type: 'string', maxLength: 17 },
      highLabel: { type: 'string', maxLength: 17 },
      /** Optional exits by score; a score in no range leaves by `answered`. */
      ranges: {
        type: 'array',
        maxItems: 10,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'min', 'max'],
          properties: {
            id: shortIdSchema,
            label: { type: 'string', maxLength: 40 },
            min: { type: 'integer', minimum: 1, maximum: 10 },
            max: { type: 'integer', minimum: 1, maximum: 10 },
          },
        },
      },
      saveTo: saveTargetSchema,
      retry: retrySchema,
      timeoutMinutes: timeoutMinutesSchema,
      ...silentSendSchema,
    },
  },
  defaults: {
    question: 'How satisfied are you with our support?',
    scale: 5,
    ranges: [],
    retry: { maxAttempts: 1, message: 'Please tap a number from 1 to 5.' },
    timeoutMinutes: 1440,
  },
  ports: (data) => [
    ...data.ranges.map((range) => ({ id: range.id, label: range.label ?? `${range.min}–${range.max}` })),
    { id: 'answered', label: data.ranges.length ? 'Other scores' : 'Answered' },
    { id: 'invalid', label: 'Invalid' },
    { id: 'timeout', label: 'Timeout' },
  ],
  check: (data) => {
    const issues: StepIssue[] = [
      ...duplicateIssues(
        data.ranges.map((r) => r.id),
        'ranges',
        'id',
        'range id',
      ),
      ...reservedPortIssues(
        data.ranges.map((r) => r.id),
        'ranges',
        ['answered', 'invalid', 'timeout'],
      ),
    ];
    data.ranges.forEach((range, index) => {
      if (range.max > data.scale) {
        issues.push({
          field: `ranges.${index}.max`,
          message: `must be ≤ ${data.scale}, the top of the scale`,
          severity: 'error',
          code: 'rating.maxAboveScale',
          params: { scale: data.scale },
        });
      }
      if (range.min > range.max) {
        issues.push({
          field: `ranges.${index}.min`,
          message: `must be ≤ max (${range.max})`,
          severity: 'error',
          code: 'rating.minAboveMax',
          params: { max: range.max },
        });
      }
      const overlap = data.ranges.findIndex((other, j) => j < index && other.min <= range.max && range.min <= other.max);
      if (overlap >= 0) {
        issues.push({
          field: `ranges.${index}`,
          message: `overlaps range "${data.ranges[overlap]?.id}"; a score takes the first range it falls in`,
          severity: 'warning',
          code: 'rating.overlap',
          params: { range: String(data.ranges[overlap]?.id) },
        });
      }
    });
    return issues;
  },
  outputs: (data) => saveTargetOutputs(data.saveTo),
});
