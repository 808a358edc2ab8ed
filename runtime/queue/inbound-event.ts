/** What the engine handles, whatever brought it: LINE, the simulator, a timer or an agent. */
export type InboundEvent =
  | MessageEvent
  | PostbackEvent
  | FollowEvent
  | UnfollowEvent
  | UnsendEvent
  | TimerEvent
  | CloseConversationEvent
  | StartWorkflowEvent
  | AgentActionEvent
  | ContactActionEvent
  | EffectResultEvent;

interface EventBase {
  /** LINE's webhookEventId, or a LineFlow id for internal events. */
  id: string;
  contactId: string;
  /** When it happened (ms); events of one contact are handled in this order. */
  timestamp: number;
  /** When LineFlow received it (ms), for the reply token's age. */
  receivedAt: number;
  replyToken?: string;
  /** The event as it came from LINE, kept in the event archive and in dead letters. */
  raw?: unknown;
  /** LINE sent it again (`deliveryContext.isRedelivery`): handled only if its first delivery was not. */
  redelivery?: boolean;
}

export interface MessageEvent extends EventBase {
  kind: 'message';
  /** The LINE message object: `{ type: 'text', text }`, a sticker, an image... */
  message: { type: string; text?: string; [key: string]: unknown };
  /** Sent in standby mode: another channel has the chat. Kept in the conversation; no workflow runs, nothing is sent. */
  standby?: boolean;
}

export interface PostbackEvent extends EventBase {
  kind: 'postback';
  data: string;
  /** What LINE shows as the customer's message when a button with displayText is tapped. */
  displayText?: string;
  params?: Record<string, string>;
}

export interface FollowEvent extends EventBase {
  kind: 'follow';
  unblocked: boolean;
}

export interface UnfollowEvent extends EventBase {
  kind: 'unfollow';
}

/** The customer unsent one of their messages (LINE's message id): its content leaves the transcript. */
export interface UnsendEvent extends EventBase {
  kind: 'unsend';
  messageId: string;
}

/** A question's timeout or a wait step's end. */
export interface TimerEvent extends EventBase {
  kind: 'timer';
  runId: string;
  visit: number;
  reason: 'timeout' | 'wait';
}

/** What an agent does in the inbox; it goes through the contact's queue, in order with the customer's messages. */
export interface AgentActionEvent extends EventBase {
  kind: 'agent-action';
  conversationId: string;
  agent: { id: string | null; name: string };
  action:
    | { type: 'reply'; text: string; quoteToken?: string; sender?: { name?: string; iconUrl?: string } }
    | { type: 'note'; text: string }
    | { type: 'tag'; tag: string; add: boolean }
    | { type: 'assign'; userId: string | null; team: string | null }
    /** `workflowId`: stop the run only if it is that workflow's (a pause stops its runs, not a later one). */
    | { type: 'stop-run'; workflowId?: string }
    | { type: 'mark-read' };
}

/** A change to the contact itself (its page, a CSV import, a merge), applied between its other events. */
export interface ContactActionEvent extends EventBase {
  kind: 'contact-action';
  agent: { id: string | null; name: string };
  action: import('../contacts/contact-action').ContactAction;
}

/** An agent's shortcut or an outside system's incoming webhook starts a workflow for a contact. */
export interface StartWorkflowEvent extends EventBase {
  kind: 'start-workflow';
  trigger: 'trigger-shortcut' | 'trigger-incoming-webhook';
  workflowId: string;
  vars: Record<string, unknown>;
  conversationId?: string;
  startedBy: string;
}

export interface CloseConversationEvent extends EventBase {
  kind: 'close-conversation';
  /** Absent: whichever conversation is open when the event is handled (the test chat's "Conversation closed"). */
  conversationId?: string;
  /** 'agent' (signed in to the inbox) or 'api' (a script with the API token). */
  closedBy: string;
  agent?: { id: string; name: string };
  category?: string;
  summary?: string;
}

/** What an outside effect (an HTTP step's call) answered: it resumes the run that waits for it. */
export interface EffectResultEvent extends EventBase {
  kind: 'effect-result';
  effectId: string;
  runId: string;
  visit: number;
  result: EffectResult;
  /** The call was made while the customer waited (LINE's loading animation showed): a next call shows it too. */
  customerWaiting?: boolean;
}

export type EffectResult = { status: number; body: string } | { error: string; errorKind: string };
