import { normalizeForMatch } from '../keywords/match-keyword';
import { lineLimits } from '../line-limits';
import { defineStep } from './define-step';
import { duplicateIssues } from './duplicate-issues';
import { reservedPortIssues } from './reserved-port-issues';
import { saveTargetOutputs } from './save-target-outputs';
import { messageTextSchema, retrySchema, saveTargetSchema, shortIdSchema, timeoutMinutesSchema } from './schema-parts';
import { silentSendSchema } from './line-request-options';

export const multipleChoice = defineStep({
  type: 'multiple-choice',
  label: 'Multiple choice',
  description: 'Asks a question with 2 to 13 choices shown as quick-reply buttons; one exit per choice.',
  kind: 'action',
  category: 'questions',
  waits: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['question', 'choices', 'retry', 'timeoutMinutes'],
    properties: {
      question: messageTextSchema,
      choices: {
        type: 'array',
        minItems: 2,
        maxItems: lineLimits.quickReplyItems,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'label'],
          properties: {
            /** The port this choice leaves from. */
            id: shortIdSchema,
            /** The button's text; typing it also picks the choice. */
            label: { type: 'string', minLength: 1, maxLength: lineLimits.quickReplyLabelLength },
            /** What is saved; the label when absent. */
            value: { type: 'string', maxLength: 300 },
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
    question: 'How can we help?',
    choices: [
      { id: 'a', label: 'Option A' },
      { id: 'b', label: 'Option B' },
    ],
    retry: { maxAttempts: 1, message: 'Please choose one of the buttons below.' },
    timeoutMinutes: 60,
  },
  ports: (data) => [
    ...data.choices.map((choice) => ({ id: choice.id, label: choice.label })),
    { id: 'invalid', label: 'Invalid' },
    { id: 'timeout', label: 'Timeout' },
  ],
  check: (data) => [
    ...duplicateIssues(
      data.choices.map((o) => o.id),
      'choices',
      'id',
      'choice id',
    ),
    ...duplicateIssues(
      data.choices.map((o) => normalizeForMatch(o.label)),
      'choices',
      'label',
      'label',
    ),
    ...reservedPortIssues(
      data.choices.map((o) => o.id),
      'choices',
      ['invalid', 'timeout'],
    ),
  ],
  outputs: (data) => saveTargetOutputs(data.saveTo),
});
