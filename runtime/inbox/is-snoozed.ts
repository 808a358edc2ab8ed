import type { ConversationFlagRecord } from '../store/conversation-list-records';
import type { ConversationRecord } from '../store/records';

/** A snooze runs until its time, or until the customer writes after it was set. */
export function isSnoozed(c: Pick<ConversationRecord, 'status' | 'lastCustomerMessageAt'>, flag: ConversationFlagRecord | undefined): boolean {
  if (!flag?.snoozedUntil || !flag.snoozedAt || c.status !== 'open') return false;
  return !c.lastCustomerMessageAt || c.lastCustomerMessageAt <= flag.snoozedAt;
}
