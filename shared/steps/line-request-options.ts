/**
 * Options of steps that send messages, about the LINE request their messages go in. The engine
 * reads them by name from the step's data (runtime/engine/step-line-options.ts), so a step that
 * sends gets one by declaring it here in its schema.
 */
export const silentSendSchema = {
  /** LINE's `notificationDisabled`: the customer's phone shows no notification for these messages. */
  notificationDisabled: { type: 'boolean', description: 'Send without a notification on the customer\u2019s phone' },
} as const;

export const quoteTriggerSchema = {
  /** The first text or sticker quotes the customer's message that started the workflow (when one did). */
  quoteTrigger: { type: 'boolean', description: 'Quote the customer\u2019s message that started the workflow' },
} as const;
