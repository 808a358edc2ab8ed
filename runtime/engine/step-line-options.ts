import type { LineMessage } from '../line/line-transport';
import type { RunState } from '../store/records';

/** The options of a step that sends, read by name from its data (shared/steps/line-request-options.ts declares them). */
interface LineRequestOptions {
  notificationDisabled?: unknown;
  quoteTrigger?: unknown;
}

/** Message types LINE lets quote another message (`quoteToken`). */
const quoting = new Set(['text', 'textV2', 'sticker']);

/**
 * Applies a step's LINE request options to the messages it sends: `quoteTrigger` puts the quote
 * token of the customer's message that started the run on the first text or sticker (nothing when
 * the run has none: started by a follow, a timer, a shortcut), and `notificationDisabled` makes the
 * request they go in silent. Read by name, so any step that sends gets them by declaring them in
 * its schema, without a change in its executor.
 */
export function stepLineOptions(data: unknown, run: RunState, messages: LineMessage[]): { messages: LineMessage[]; request: { notificationDisabled?: true } } {
  const options = (typeof data === 'object' && data !== null ? data : {}) as LineRequestOptions;
  const quoteToken = options.quoteTrigger === true ? run.quoteToken : undefined;
  const first = quoteToken ? messages.findIndex((message) => quoting.has(message.type)) : -1;
  return {
    messages: first < 0 ? messages : messages.map((message, i) => (i === first ? { ...message, quoteToken } : message)),
    request: options.notificationDisabled === true ? { notificationDisabled: true } : {},
  };
}
