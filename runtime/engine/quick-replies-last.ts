import type { LineMessage } from '../line/line-transport';

/**
 * LINE shows quick-reply buttons only under the last message of the chat: buttons on an earlier
 * message of the same event (a send step's, followed by another step's text) would never be seen.
 * So the buttons of the latest message that has some go under the last message of the event, and
 * no other message keeps any (the latest are what the workflow now waits on). Requests are cut
 * after this, so the buttons end on the last message of the last request.
 */
export function quickRepliesOnLast<T extends { message: LineMessage }>(outgoing: readonly T[]): T[] {
  const latest = outgoing.findLast((entry) => entry.message.quickReply !== undefined)?.message.quickReply;
  if (latest === undefined) return [...outgoing];
  const last = outgoing.length - 1;
  return outgoing.map((entry, i) => {
    if (i !== last && entry.message.quickReply === undefined) return entry;
    const { quickReply: _moved, ...rest } = entry.message;
    return { ...entry, message: i === last ? { ...rest, quickReply: latest } : rest };
  });
}
