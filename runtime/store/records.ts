export type * from './conversation-records';
export type * from './workflow-records';
export type * from './people-records';

export interface ContactRecord {
  id: string; // the LINE user id
  /** The LINE channel the contact wrote to; absent means the installation's one channel, 'default'. */
  channelId?: string;
  /** Set by the store on every write; the engine writes only if it is still the version it read. */
  version?: number;
  displayName?: string;
  pictureUrl?: string;
  statusMessage?: string;
  language?: string;
  profileFetchedAt?: string;
  /** Fields set by workflows or agents. */
  fields: Record<string, unknown>;
  tags: string[];
  isFriend: boolean;
  /** How the contact first reached the account: by following it or by writing to it. */
  source?: 'follow' | 'message' | 'other';
  openConversationId: string | null;
  /** Set when this profile was merged into another; its history lives there now. */
  mergedInto?: string;
  /** A contact of the editor's test chat (`sim-test-…`): left out of the contacts list, the inbox and reports. */
  test?: boolean;
  createdAt: string;
  updatedAt: string;
  /** The engine's state for this contact; written in one atomic update per handled event. */
  engine: ContactEngineState;
}

export interface ContactEngineState {
  /** The run waiting for an answer or for time, if any. */
  run: RunState | null;
  /** Recently applied inbound event ids: an event found here is not applied again. */
  appliedEventIds: string[];
  /** @deprecated 0.1 kept decided work here; it lives in the effects collection now. Always empty. */
  effects?: PendingEffect[];
  /** The customer's latest reply token that nothing used yet: an agent's reply within 50 s is free. */
  unusedReplyToken?: { token: string; receivedAt: number };
}

export interface RunState {
  id: string;
  workflowId: string;
  version: number;
  workflowName: string;
  conversationId: string | null;
  triggerType: string;
  status: 'running' | 'waiting' | 'completed' | 'failed' | 'interrupted';
  /** The step waiting, while status is `waiting`. */
  nodeId: string | null;
  /** Counts step executions, so a timer can tell whether the run still waits on the same visit. */
  visit: number;
  attempts: number;
  /** The timer of the step waiting, kept so it can be set again if Redis lost it. */
  timer?: TimerEffect;
  vars: Record<string, unknown>;
  startedAt: string;
  endedAt?: string;
  error?: string;
  trace: TraceStep[];
  /** How many of the oldest steps the trace no longer holds (it keeps the newest 200). */
  traceDropped?: number;
}

/** One step of a run as the run log shows it (runtime/engine/step-trace.ts; values masked and cut to about 1 KB). */
export interface TraceStep {
  stepId: string;
  type: string;
  visit: number;
  at: string;
  durationMs: number;
  /** What woke a waiting step: the customer's answer, its timer, or an HTTP call's answer. */
  input?: unknown;
  /** What the step's executor reported. */
  output?: unknown;
  port?: string;
  error?: string;
  /** Values the step read (`vars.orderId`, `contact.language`…). */
  read?: Record<string, unknown>;
  /** Values it changed (variables, contact fields, tags, notes). */
  set?: Record<string, unknown>;
  /** The LINE messages it sent. */
  sent?: unknown[];
  /** Outside calls and timers it decided (an HTTP call by method and URL, never its headers). */
  calls?: unknown[];
  /** Fields left out to keep the entry under 4 KB. */
  omitted?: string[];
}

/**
 * Every effect kind's payload, by kind. A new kind declares its payload in its own file and adds
 * it here by module augmentation (`declare module '../store/records' { interface EffectPayloads
 * { email: EmailEffect } }`); the effect registry then refuses to compile until it has an entry.
 */
export interface EffectPayloads {
  deliver: DeliverEffect;
  timer: TimerEffect;
  http: HttpEffect;
}

export type PendingEffect = EffectPayloads[keyof EffectPayloads];

/** What the engine fills in on an effect a step emits: derived from the run and the step. */
export interface StepEffectBase {
  id: string;
  runId: string;
  stepId: string;
  visit: number;
}

/** One LINE request's worth of messages (1–5). */
export interface DeliverEffect {
  kind: 'deliver';
  id: string;
  runId: string | null;
  stepId: string | null;
  conversationId: string | null;
  /** Who speaks: the bot (a workflow) or an agent. */
  author?: 'bot' | 'agent';
  /** The agent's user id, when an agent speaks. */
  agentId?: string | null;
  messages: unknown[];
  /** The reply token of the event being handled, when this batch may use it. */
  replyToken?: string;
  replyTokenReceivedAt?: number;
  /** When the event that decided it was received, on its first delivery only: the event→reply latency starts there. */
  eventReceivedAt?: number;
}

export interface TimerEffect {
  kind: 'timer';
  id: string;
  runId: string;
  visit: number;
  reason: 'timeout' | 'wait';
  fireAt: number;
}

export interface RunRecord extends Omit<RunState, 'trace'> {
  contactId: string;
  trace: TraceStep[];
  updatedAt: string;
}

export interface MessageRecord {
  id: string;
  conversationId: string | null;
  contactId: string;
  direction: 'in' | 'out';
  /** customer, bot or agent */
  author: 'customer' | 'bot' | 'agent' | 'system';
  /** The LINE message object (or postback/event summary for inbound). */
  content: unknown;
  at: string;
  runId?: string | null;
  stepId?: string | null;
  /** The agent who wrote it (author 'agent'). */
  agentId?: string | null;
  delivery?: {
    method: 'reply' | 'push' | 'simulated';
    status: 'sent' | 'failed';
    error?: string;
    /** A reply whose outcome LINE could not tell any more was followed by a push: the customer may see it twice. */
    uncertainReply?: boolean;
  };
}

export interface CounterRecord {
  id: string;
  value: number;
}

/** Events that LineFlow keeps but does not act on (groups, rooms, types it does not handle). */
export interface IgnoredEventRecord {
  id: string;
  reason: string;
  event: unknown;
  receivedAt: string;
}

/** A run of the editor's test chat: a simulated contact bound to a snapshot of a draft. */
export interface TestSessionRecord {
  id: string; // the test contact's id
  workflowId: string;
  /** Negative, so it never collides with a published version. */
  version: number;
  document: import('../../shared/document/workflow-document').WorkflowDocument;
  createdAt: string;
}

/** A customer's answer to a rating step. */
export interface CsatResponseRecord {
  id: string;
  contactId: string;
  conversationId: string | null;
  runId: string;
  workflowId: string;
  /** The version of the workflow that asked. */
  version?: number;
  score: number;
  scale: number;
  at: string;
  /** Who the conversation was assigned to when the customer answered (after close: at close). */
  assignee?: string | null;
  team?: string | null;
  test?: boolean;
}

/** One outside effect an event decided, with its progress: carried out after the decision is stored. */
export interface EffectRecord {
  id: string;
  contactId: string;
  eventId: string;
  /** Order among the effects of the contact: carried out oldest first. */
  seq: number;
  kind: PendingEffect['kind'];
  /** pending: not begun; started: begun, outcome unknown until done or failed. */
  state: 'pending' | 'started' | 'done' | 'failed';
  attempts: number;
  payload: PendingEffect;
  startedAt?: string;
  /** When the first attempt began (a reply token's use is judged against it). */
  firstStartedAt?: string;
  result?: unknown;
  error?: string;
  updatedAt: string;
}

/** An HTTP step's call, made after the decision is stored; its answer resumes the run. */
export interface HttpEffect extends StepEffectBase {
  kind: 'http';
  id: string;
  runId: string;
  stepId: string;
  visit: number;
  /** `credential` is a stored credential's name, attached at send time (runtime/http/attach-credential.ts). */
  request: { method: string; url: string; headers: Record<string, string>; body?: string; credential?: string };
  timeoutMs: number;
}
