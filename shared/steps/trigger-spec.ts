/**
 * What happened, as a trigger sees it. A customer's message that opens a conversation is both a
 * `customer-message` and a `conversation-opened`: triggers on either compete for it.
 */
export type TriggerEvent = 'customer-message' | 'conversation-opened' | 'follow' | 'conversation-closed' | 'shortcut' | 'incoming-webhook';

/** What the customer sent or did: typed text, the data of a tapped postback, or a follow that was an unblock. */
export interface TriggerInput {
  text?: string;
  postbackData?: string;
  unblocked?: boolean;
}

/**
 * How a trigger step starts a run, as plain data plus pure functions. The engine's trigger
 * registry (runtime/engine/trigger-registry.ts) reads these; it has no rule of its own about a
 * trigger type.
 *
 * The rules, for every event that more than one kind of trigger can claim:
 *
 * | Event                                   | Who gets it, best first                                                        |
 * |-----------------------------------------|--------------------------------------------------------------------------------|
 * | customer message, a run waits for it    | keyword marked "interrupts a waiting run" that matches the *typed text*        |
 * |                                         | → else the waiting run (a tap on a button is an answer, never an interruption) |
 * | customer message opening a conversation | keyword (30) matching the text or the postback data                            |
 * |                                         | → conversation-opened (20) → any-message (10)                                  |
 * | customer message, conversation open     | keyword (30) → any-message (10)                                                |
 * | follow                                  | follow (unblocks only where "include unblocked" is not switched off)          |
 * | conversation closed (agent, API, step)  | conversation-closed                                                            |
 * | shortcut / incoming webhook             | the trigger of the workflow named in the request, nothing else                 |
 *
 * - What the customer asked for wins: a keyword beats the triggers that fire on any message,
 *   so `menu` as the first message of a conversation gets the menu, not the language survey.
 * - One event starts one run, with one exception: a conversation-opened workflow that ends at once
 *   (a quiet router) hands the opening message on to the keyword and any-message triggers.
 * - Among triggers of the same type, the first published workflow by name (then id) wins.
 * - No two trigger types on one event share a priority (checked by a test), so the order is
 *   never decided by accident.
 */
export interface TriggerSpec<TData> {
  /** The event the trigger listens to. */
  on: TriggerEvent;
  /**
   * Higher wins among the triggers that match one event (see the table). Between triggers of the
   * same type in several published workflows, the first workflow by name (then id) wins.
   */
  priority: number;
  /** True when the trigger, matching, takes the message from a run that waits for an answer. */
  interruptsWaitingRun?: (data: TData) => boolean;
  /** Whether the trigger takes this input; a trigger without `matches` takes every one of its event. */
  matches?: (data: TData, input: TriggerInput) => boolean;
}
