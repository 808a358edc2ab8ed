import type { OperationId } from '../../shared/api/routes';

/** Where an entry's target id is: a path parameter, a field of the body or of the answer, or fixed (a setting). */
export type TargetSource = { param: string } | { body: string } | { answer: 'id' } | { fixed: string };

export interface AuditRule {
  action: string;
  target?: { type: string } & TargetSource;
}

/**
 * Routes left out of the audit log on purpose, with why. Every other route that changes something
 * is recorded: by its rule below, or under its operation id, so a new route is never silently unaudited.
 */
export const notAudited = {
  // The inbox's everyday work: each conversation keeps its own history of these (conversation events, messages, notes).
  replyInConversation: 'an agent replying to a customer',
  addNote: "an agent's note in a conversation",
  addTag: 'a tag on a conversation',
  removeTag: 'a tag on a conversation',
  assignConversation: 'assigning a conversation (kept in its conversation events)',
  closeConversation: 'closing a conversation (kept in its conversation events)',
  startShortcut: "an agent's shortcut workflow in a conversation",
  markConversationRead: 'an agent opening a conversation (LINE shows the customer "Read")',
  markConversationSeen: 'an agent opening a conversation (their own read marker)',
  pinConversation: 'a pin on a conversation in the inbox list',
  markFollowUp: 'a follow-up mark on a conversation in the inbox list',
  snoozeConversation: 'snoozing a conversation in the inbox list',
  // Test traffic from the editor: the simulated channel and the test chat change no real customer's data.
  testWorkflow: "the editor's test chat",
  setSimulatedProfile: 'the simulated channel',
  sendSimulatedMessage: 'the simulated channel',
  simulateFollow: 'the simulated channel',
  fireSimulatedTimer: 'the simulated channel',
  saveTestContact: "a test chat contact's profile (the editor's test chat)",
  fireTestTrigger: "a trigger fired in the editor's test chat",
  // A heartbeat every few seconds from each open editor tab; it changes nothing but who is shown as there.
  workflowPresence: "the editor's presence heartbeat",
} as const satisfies { [K in OperationId]?: string };

/** The action name and target of each audited route (by operation id in shared/api/routes.ts). */
export const auditRules = {
  signIn: { action: 'session.signed-in' },
  signInCode: { action: 'session.signed-in' },
  signOut: { action: 'session.signed-out' },
  endMySession: { action: 'session.ended', target: { type: 'session', param: 'id' } },

  createWorkflow: { action: 'workflow.created', target: { type: 'workflow', answer: 'id' } },
  saveWorkflow: { action: 'workflow.saved', target: { type: 'workflow', param: 'id' } },
  publishWorkflow: { action: 'workflow.published', target: { type: 'workflow', param: 'id' } },
  deleteWorkflow: { action: 'workflow.deleted', target: { type: 'workflow', param: 'id' } },
  rotateHookToken: { action: 'workflow.hook-token-rotated', target: { type: 'workflow', param: 'id' } },
  pauseWorkflow: { action: 'workflow.paused', target: { type: 'workflow', param: 'id' } },
  resumeWorkflow: { action: 'workflow.resumed', target: { type: 'workflow', param: 'id' } },
  replayConversation: { action: 'workflow.replayed', target: { type: 'workflow', param: 'id' } },
  stopRun: { action: 'conversation.run-stopped', target: { type: 'conversation', param: 'id' } },

  createUser: { action: 'user.created', target: { type: 'user', answer: 'id' } },
  updateUser: { action: 'user.changed', target: { type: 'user', param: 'id' } },
  endUserSessions: { action: 'user.sessions-ended', target: { type: 'user', param: 'id' } },
  startTwoFactor: { action: 'user.two-factor-setup-started', target: { type: 'user', fixed: 'me' } },
  confirmTwoFactor: { action: 'user.two-factor-on', target: { type: 'user', fixed: 'me' } },
  stopTwoFactor: { action: 'user.two-factor-off', target: { type: 'user', fixed: 'me' } },
  setMyLanguage: { action: 'user.language-set', target: { type: 'user', fixed: 'me' } },
  createTeam: { action: 'team.created', target: { type: 'team', answer: 'id' } },
  updateTeam: { action: 'team.changed', target: { type: 'team', param: 'id' } },
  deleteTeam: { action: 'team.deleted', target: { type: 'team', param: 'id' } },
  addTeamMember: { action: 'team.member-added', target: { type: 'team', param: 'id' } },
  removeTeamMember: { action: 'team.member-removed', target: { type: 'team', param: 'id' } },
  mergeContact: { action: 'contact.merged', target: { type: 'contact', param: 'id' } },
  updateContact: { action: 'contact.changed', target: { type: 'contact', param: 'id' } },
  importContactsCsv: { action: 'contact.imported' },

  saveLineSettings: { action: 'channel.settings-changed', target: { type: 'setting', fixed: 'line-channel' } },
  // Channels' secrets and tokens are never kept: summarize-changes names those fields only (secretLike).
  connectChannel: { action: 'channel.connected', target: { type: 'channel', answer: 'id' } },
  updateChannel: { action: 'channel.changed', target: { type: 'channel', param: 'id' } },
  testChannelWebhook: { action: 'channel.webhook-tested', target: { type: 'channel', param: 'id' } },
  deleteChannel: { action: 'channel.removed', target: { type: 'channel', param: 'id' } },
  // Images are named only (their base64 is never kept): summarize-changes keeps no `data`.
  createRichMenu: { action: 'rich-menu.created', target: { type: 'rich-menu', answer: 'id' } },
  updateRichMenu: { action: 'rich-menu.changed', target: { type: 'rich-menu', param: 'id' } },
  deleteRichMenu: { action: 'rich-menu.deleted', target: { type: 'rich-menu', param: 'id' } },
  uploadRichMenuImage: { action: 'rich-menu.image-set', target: { type: 'rich-menu', param: 'id' } },
  setDefaultRichMenu: { action: 'rich-menu.made-default', target: { type: 'rich-menu', param: 'id' } },
  cancelDefaultRichMenu: { action: 'rich-menu.default-cancelled', target: { type: 'rich-menu', param: 'id' } },
  setRichMenuAlias: { action: 'rich-menu.alias-set', target: { type: 'rich-menu', param: 'id' } },
  saveBusinessHours: { action: 'settings.business-hours-changed', target: { type: 'setting', fixed: 'business-hours' } },
  saveCategories: { action: 'settings.categories-changed', target: { type: 'setting', fixed: 'categories' } },
  saveLineHelperSettings: { action: 'settings.line-helpers-changed', target: { type: 'setting', fixed: 'line-helpers' } },

  createCredential: { action: 'credential.created', target: { type: 'credential', body: 'name' } },
  replaceCredential: { action: 'credential.replaced', target: { type: 'credential', param: 'name' } },
  deleteCredential: { action: 'credential.deleted', target: { type: 'credential', param: 'name' } },

  createEventSubscription: { action: 'event-subscription.created', target: { type: 'event-subscription', answer: 'id' } },
  updateEventSubscription: { action: 'event-subscription.changed', target: { type: 'event-subscription', param: 'id' } },
  deleteEventSubscription: { action: 'event-subscription.deleted', target: { type: 'event-subscription', param: 'id' } },
  testEventSubscription: { action: 'event-subscription.tested', target: { type: 'event-subscription', param: 'id' } },
  resendEventDelivery: { action: 'event-delivery.resent', target: { type: 'event-delivery', param: 'id' } },

  retryDeadLetter: { action: 'dead-letter.retried', target: { type: 'dead-letter', param: 'id' } },
  discardDeadLetter: { action: 'dead-letter.discarded', target: { type: 'dead-letter', param: 'id' } },

  createSavedReply: { action: 'saved-reply.created', target: { type: 'saved-reply', answer: 'id' } },
  updateSavedReply: { action: 'saved-reply.changed', target: { type: 'saved-reply', param: 'id' } },
  deleteSavedReply: { action: 'saved-reply.deleted', target: { type: 'saved-reply', param: 'id' } },
} as const satisfies { [K in OperationId]?: AuditRule };

/** A failed sign-in (401 on POST /api/session or /api/session/totp): the one failure the log keeps. */
export const signInFailed = 'session.sign-in-failed';
/** The password was right and the TOTP code is asked next (two-factor on). */
export const secondFactorAsked = 'session.second-factor-asked';
/** The routes of signing in: their 401s are recorded too (a 429, throttled, is not: it would let a flood of tries flood the log). */
export const signInRoutes: readonly string[] = ['signIn', 'signInCode'];

/** The actions the log may hold by name (routes without a rule appear under their operation id). */
export const auditActions = [...new Set([...Object.values(auditRules).map((rule: AuditRule) => rule.action), signInFailed, secondFactorAsked])].sort();

export function ruleOf(operationId: string): AuditRule | 'not audited' | undefined {
  if (operationId in notAudited) return 'not audited';
  return (auditRules as Record<string, AuditRule>)[operationId];
}
