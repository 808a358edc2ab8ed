import { defineStep, type StepIssue } from './define-step';
import { saveTargetOutputs } from './save-target-outputs';
import { messageTextSchema, retrySchema, saveTargetSchema, timeoutMinutesSchema } from './schema-parts';
import { silentSendSchema } from './line-request-options';

export const askQuestion = defineStep({
  type: 'ask-question',
  label: 'Ask a question',
  description: 'Asks for a text, number, email, phone or date, checks the answer, re-asks, and saves it.',
  kind: 'action',
  category: 'questions',
  waits: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['question', 'kind', 'saveTo', 'retry', 'timeoutMinutes'],
    properties: {
      question: messageTextSchema,
      kind: { enum: ['text', 'number', 'email', 'phone', 'date'] },
      saveTo: saveTargetSchema,
      /** For `number`: the smallest and largest accepted answers. */
      min: { type: 'number' },
      max: { type: 'number' },
      retry: retrySchema,
      timeoutMinutes: timeoutMinutesSchema,
      ...silentSendSchema,
    },
  },
  defaults: {
    question: 'What is your order number?',
    kind: 'text',
    saveTo: { scope: 'variable', name: 'answer' },
    retry: { maxAttempts: 2, message: "Sorry, I didn't get that. Please try again." },
    timeoutMinutes: 60,
  },
  ports: () => [
    { id: 'answered', label: 'Answered' },
    { id: 'invalid', label: 'Invalid' },
    { id: 'timeout', label: 'Timeout' },
  ],
  check: (data) => {
    const issues: StepIssue[] = [];
    if (data.kind !== 'number' && (data.min !== undefined || data.max !== undefined)) {
      issues.push({
        field: 'min',
        message: `min and max only apply to number questions, not ${data.kind}`,
        severity: 'warning',
        code: 'ask-question.minMaxKind',
        params: { kind: data.kind },
      });
    }
    if (data.min !== undefined && data.max !== undefined && data.min > data.max) {
      issues.push({ field: 'max', message: `must be ≥ min (${data.min})`, severity: 'error', code: 'ask-question.maxBelowMin', params: { min: data.min } });
    }
    return issues;
  },
  outputs: (data) => saveTargetOutputs(data.saveTo),
});
