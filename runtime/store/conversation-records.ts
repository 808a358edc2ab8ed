/** A conversation with the facts reports read, and its history. */

/** What opened a conversation. */
export type ConversationOpener = 'customer' | 'follow' | 'agent' | 'api' | 'workflow';
/** Who assigned or closed one: a workflow step, an agent in the inbox, or a script through the API. */
export type ConversationActor = 'workflow' | 'agent' | 'api';

export interface ConversationRecord {
  id: string;
  contactId: string;
  /** The LINE channel it happens on (absent before several channels: the default one). */
  channelId?: string;
  status: 'open' | 'closed';
  openedAt: string;
  closedAt: string | null;
  assignee: string | null;
  team: string | null;
  lastMessageAt: string;
  updatedAt: string;
  // The facts reports read, written in the same commit as the change they describe. Absent on
  // conversations from before reports (0.1 and the first store): those count where they can.
  openedBy?: ConversationOpener;
  /** A conversation of the editor's test chat: never counted in reports. */
  test?: boolean;
  firstCustomerMessageAt?: string | null;
  firstAssignedAt?: string | null;
  /** The first message an agent sent in it (bot messages do not count). */
  firstAgentMessageAt?: string | null;
  closedBy?: ConversationActor | null;
  closedByUserId?: string | null;
  category?: string | null;
  summary?: string | null;
  /** The contact's tags, kept current while the conversation is open. */
  tags?: string[];
  /** `workflowId@version` of every workflow version that ran in it. */
  servedBy?: string[];
  /** When a rating step first asked in it, and the score given. */
  csatAskedAt?: string | null;
  csatScore?: number | null;
  /** The list's preview of the latest message (see note-previews.ts), so listing reads no messages. */
  preview?: ConversationPreview | null;
  /** How many messages the customer has written in it: agents' read markers count unread from it. */
  customerMessages?: number;
  lastCustomerMessageAt?: string | null;
}

/** The latest customer, bot or agent message of a conversation, as its list row shows it. */
export interface ConversationPreview {
  messageId: string;
  author: 'customer' | 'bot' | 'agent';
  text: string;
  at: string;
}

/** One step of a conversation's history: opened, (re)assigned, closed — who did it and when. */
export interface ConversationEventRecord {
  id: string;
  conversationId: string;
  contactId: string;
  /** `reopened`: an agent replied after it closed; `tagged` / `untagged`: the contact's tag `tag` while in it. */
  kind: 'opened' | 'assigned' | 'closed' | 'reopened' | 'tagged' | 'untagged';
  at: string;
  by: ConversationOpener | ConversationActor;
  /** The agent who did it, when an agent did. */
  byUserId: string | null;
  assignee?: string | null;
  team?: string | null;
  category?: string | null;
  summary?: string | null;
  tag?: string;
  /** The workflow and step that did it, by name as they were then (a workflow's assign step). */
  workflowName?: string;
  stepName?: string;
  test?: boolean;
}
