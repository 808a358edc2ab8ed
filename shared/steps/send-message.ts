import { lineLimits } from '../line-limits';
import { checkFlexContents } from './check-flex-contents';
import { defineStep, nextPort, type StepIssue } from './define-step';
import { outgoingMessageSchema, quickRepliesSchema } from './schema-parts';
import { quoteTriggerSchema, silentSendSchema } from './line-request-options';

export const sendMessage = defineStep({
  type: 'send-message',
  label: 'Send message',
  description: 'Sends up to 5 messages (text with {{variables}}, image, sticker, flex), with optional quick replies.',
  kind: 'action',
  category: 'messages',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['messages'],
    properties: {
      messages: { type: 'array', minItems: 1, maxItems: lineLimits.messagesPerRequest, items: outgoingMessageSchema },
      /** Shown under the last message. */
      quickReplies: quickRepliesSchema,
      ...silentSendSchema,
      ...quoteTriggerSchema,
    },
  },
  defaults: { messages: [{ type: 'text', text: 'Hello {{contact.displayName}}!' }] },
  ports: () => nextPort,
  check: (data) => {
    const issues: StepIssue[] = [];
    data.messages.forEach((message, index) => {
      if (message.type === 'text' && message.text.trim() === '') {
        issues.push({
          field: `messages.${index}.text`,
          message: 'is blank; LINE rejects an empty text message',
          severity: 'error',
          code: 'send-message.blankText',
        });
      }
      if (message.type !== 'flex') return;
      const problem = checkFlexContents(message.contents);
      if (problem) issues.push({ field: `messages.${index}.contents`, ...problem, severity: 'error' });
    });
    return issues;
  },
});
