/**
 * Marks on a conversation shared by everyone who works the account, as in LINE Official Account
 * chat: a pin, a follow-up mark and a snooze are the team's, not one agent's. Kept apart from the
 * conversation record, which only the engine writes (under the contact's lock), so marking never
 * races a customer's message.
 */
export interface ConversationFlagRecord {
  id: string; // the conversation's id
  pinned: boolean;
  pinnedAt?: string | null;
  followUp: boolean;
  followUpAt?: string | null;
  /**
   * Snoozed until this time; the snooze also ends when the customer writes after `snoozedAt`
   * (decided when listing, from the conversation's lastCustomerMessageAt, so the engine writes nothing).
   */
  snoozedUntil?: string | null;
  snoozedAt?: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

/** How far one agent has read a conversation: unread = the customer's messages after it. */
export interface ReadMarkerRecord {
  id: string; // `${agentId}|${conversationId}`
  agentId: string;
  conversationId: string;
  /** The conversation's customerMessages when the agent last opened it. */
  seenCustomerMessages: number;
  seenAt: string;
}

export const readMarkerId = (agentId: string, conversationId: string) => `${agentId}|${conversationId}`;
