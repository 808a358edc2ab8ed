import type { SchemaType } from './schema-type';
import { addNote } from './add-note';
import { askQuestion } from './ask-question';
import { assign } from './assign';
import { branch } from './branch';
import { closeConversation } from './close-conversation';
import type { StepDefinition } from './define-step';
import { httpRequest } from './http-request';
import { jumpTo } from './jump-to';
import { multipleChoice } from './multiple-choice';
import { rating } from './rating';
import { sendMessage } from './send-message';
import { switchRichMenu } from './switch-rich-menu';
import { triggerAnyMessage } from './trigger-any-message';
import { triggerConversationClosed } from './trigger-conversation-closed';
import { triggerConversationOpened } from './trigger-conversation-opened';
import { triggerFollow } from './trigger-follow';
import { triggerIncomingWebhook } from './trigger-incoming-webhook';
import { triggerKeyword } from './trigger-keyword';
import { triggerShortcut } from './trigger-shortcut';
import { updateContact } from './update-contact';
import { wait } from './wait';

/** Every step type, in palette order. Adding one here makes the runtime and editor tables demand it. */
export const stepDefinitions = [
  triggerKeyword,
  triggerAnyMessage,
  triggerFollow,
  triggerConversationOpened,
  triggerConversationClosed,
  triggerShortcut,
  triggerIncomingWebhook,
  sendMessage,
  askQuestion,
  multipleChoice,
  rating,
  branch,
  wait,
  jumpTo,
  assign,
  addNote,
  closeConversation,
  updateContact,
  httpRequest,
  switchRichMenu,
] as const;

type AnyDefinition = (typeof stepDefinitions)[number];
export type StepType = AnyDefinition['type'];
export type StepDefinitionOf<T extends StepType> = Extract<AnyDefinition, { type: T }>;
/** The `data` of a node of step type T, derived from the step's JSON Schema. */
export type StepData<T extends StepType> = SchemaType<StepDefinitionOf<T>['schema']>;

export const stepTypes: readonly StepType[] = stepDefinitions.map((d) => d.type);

const byType = new Map<string, StepDefinition>(stepDefinitions.map((d): [string, StepDefinition] => [d.type, d]));

export function isStepType(type: string): type is StepType {
  return byType.has(type);
}

/** The definition of a step type, loosely typed for code that handles every type alike. */
export function getStepDefinition(type: string): StepDefinition | undefined {
  return byType.get(type);
}

/** True for a step that starts runs (its definition's `kind`), false for any other or unknown type. */
export function isTriggerType(type: string | undefined): boolean {
  return type !== undefined && byType.get(type)?.kind === 'trigger';
}

/** A step definition that starts runs; how it does is in its `trigger`. */
export type TriggerDefinition = StepDefinition<StepType> & { kind: 'trigger' };

/** The trigger definitions, in palette order. */
export const triggerDefinitions: readonly TriggerDefinition[] = stepDefinitions.filter((d): d is typeof d & TriggerDefinition => d.kind === 'trigger');

export type { Port, StepCategory, StepDefinition, StepIssue, StepOutputs } from './define-step';
export type { TriggerEvent, TriggerInput, TriggerSpec } from './trigger-spec';
