/**
 * What reports read from a store: compact rows and sums over the facts the engine records (see
 * runtime/store/tallies.ts and the conversation fields in records.ts). Each backend answers with
 * its own queries (SQLite: indexed columns and SQL sums; MongoDB: indexed finds and aggregation),
 * and the reports compute medians, buckets and series from these rows the same way for both.
 * Test chat conversations are never returned.
 */
export interface ReportSource {
  /** Conversations opened in the range, or closed in it. */
  conversations(scope: ReportScope, by: 'opened' | 'closed'): Promise<ConversationFact[]>;
  /** Conversations opened in the range that are still open. */
  countStillOpen(scope: ReportScope): Promise<number>;
  /** Assignments (history) made in the range, of conversations that pass the filters as they are now. */
  assignments(scope: ReportScope): Promise<AssignmentFact[]>;
  /** CSAT answers given in the range. */
  csat(scope: ReportScope): Promise<CsatFact[]>;
  /** Message counts by UTC hour (and by agent for agents' messages), with filters through the conversation. */
  messages(scope: ReportScope): Promise<MessageSum[]>;
  /** Agents' messages by the team of their conversation. */
  agentMessagesByTeam(scope: ReportScope): Promise<{ team: string; sent: number }[]>;
  /** Contacts created and lost by UTC hour and source (filters do not apply: contacts have no team). */
  contacts(range: HourRange): Promise<ContactSum[]>;
  /** Runs started in the range by workflow, version and outcome. */
  runs(range: TimeRange, workflowId?: string): Promise<RunSum[]>;
  /** Contacts' display names by id (for the lists that show them). */
  contactNames(ids: string[]): Promise<Map<string, string | null>>;
  /** Closing summaries by conversation id, where one was written. */
  summaries(ids: string[]): Promise<Map<string, string>>;
  /** The funnel sums of one workflow version's steps. */
  steps(range: HourRange, workflowId: string, version: number): Promise<StepSum[]>;
}

/** A time range: [from, to) as ISO instants, and the same as UTC hours (tallies' key). */
export interface TimeRange {
  fromIso: string;
  toIso: string;
}
export interface HourRange {
  fromHour: string;
  toHour: string;
}

export interface ReportScope extends TimeRange, HourRange {
  team?: string;
  /** The conversation's assignee. */
  agent?: string;
  category?: string;
  /** Conversations any version of this workflow served. */
  workflow?: string;
  tag?: string;
  /** The LINE channel the conversation happened on. */
  channel?: string;
}

export interface ConversationFact {
  id: string;
  contactId: string;
  status: 'open' | 'closed';
  openedAt: number;
  closedAt: number | null;
  openedBy: string | null;
  closedBy: string | null;
  category: string | null;
  assignee: string | null;
  team: string | null;
  firstCustomerAt: number | null;
  firstAssignedAt: number | null;
  firstAgentAt: number | null;
  csatAskedAt: number | null;
  csatScore: number | null;
}

export interface AssignmentFact {
  conversationId: string;
  assignee: string | null;
  team: string | null;
  at: number;
}

export interface CsatFact {
  id: string;
  at: number;
  score: number;
  scale: number;
  contactId: string;
  conversationId: string | null;
  assignee: string | null;
  team: string | null;
  workflowId: string;
  version: number | null;
  /** workflowId@version of each version that served its conversation. */
  servedBy: string[];
}

export interface MessageSum {
  hour: string;
  agentId: string;
  received: number;
  sentBot: number;
  sentAgent: number;
  reply: number;
  push: number;
  failed: number;
}

export interface ContactSum {
  hour: string;
  source: string;
  created: number;
  unfollowed: number;
}

export interface RunSum {
  workflowId: string;
  version: number;
  status: string;
  count: number;
}

export interface StepSum {
  stepId: string;
  reached: number;
  answered: number;
  invalid: number;
  timedOut: number;
  dropped: number;
}

/** True when the scope narrows conversations (then messages are counted through their conversation). */
export function isFiltered(scope: ReportScope): boolean {
  return Boolean(scope.team || scope.agent || scope.category || scope.workflow || scope.tag || scope.channel);
}
