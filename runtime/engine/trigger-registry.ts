import { getStepDefinition, triggerDefinitions, type TriggerEvent, type TriggerInput } from '../../shared/steps';
import type { TriggerEntry, WorkflowSource } from './published-workflows';

/** One event as the triggers see it. */
export interface TriggerOccasion {
  /** What happened: a customer's message that opens a conversation is both `customer-message` and `conversation-opened`. */
  on: readonly TriggerEvent[];
  input: TriggerInput;
  /** A run waits for the customer's answer: only a trigger that interrupts it may take the message. */
  runWaiting?: boolean;
  /** Shortcuts and incoming webhooks name the workflow they start; no other workflow may take the event. */
  workflowId?: string;
}

/**
 * The trigger that starts a run for this event, or none. The rules are the trigger definitions'
 * (`trigger` in shared/steps/trigger-*.ts; the table is in shared/steps/trigger-spec.ts); this
 * only applies them, without a rule of its own about any trigger type.
 */
export async function bestTrigger(source: WorkflowSource, occasion: TriggerOccasion): Promise<TriggerEntry | undefined> {
  const listening = triggerDefinitions.filter((definition) => occasion.on.includes(definition.trigger.on));
  const entries = await Promise.all(listening.map((definition) => source.triggers(definition.type)));
  return pickTrigger(entries.flat(), occasion);
}

/**
 * Picks among trigger entries given in registry order (each type's in workflow-name order): the
 * matching one of highest priority, the first of them on a tie. Pure, for tests.
 */
export function pickTrigger(entries: readonly TriggerEntry[], occasion: TriggerOccasion): TriggerEntry | undefined {
  // While a run waits, a tapped button is its answer: only typed text can interrupt it.
  const input: TriggerInput = occasion.runWaiting ? { text: occasion.input.text } : occasion.input;
  let best: { entry: TriggerEntry; priority: number } | undefined;
  for (const entry of entries) {
    const spec = getStepDefinition(entry.node.type)?.trigger;
    if (!spec || !occasion.on.includes(spec.on)) continue;
    if (occasion.workflowId !== undefined && entry.workflow.workflowId !== occasion.workflowId) continue;
    if (occasion.runWaiting && !spec.interruptsWaitingRun?.(entry.node.data)) continue;
    if (spec.matches && !spec.matches(entry.node.data, input)) continue;
    if (!best || spec.priority > best.priority) best = { entry, priority: spec.priority };
  }
  return best?.entry;
}
