import type { StepType } from '../../shared/steps';
import { addNoteStep } from './add-note';
import { askQuestionStep } from './ask-question';
import { assignStep } from './assign';
import { branchStep } from './branch';
import { closeConversationStep } from './close-conversation';
import { httpRequestStep } from './http-request';
import { jumpToStep } from './jump-to';
import { multipleChoiceStep } from './multiple-choice';
import { ratingStep } from './rating';
import { sendMessageStep } from './send-message';
import type { StepExecutor } from './step-context';
import { switchRichMenuStep } from './switch-rich-menu';
import { triggerStep } from './trigger-step';
import { updateContactStep } from './update-contact';
import { waitStep } from './wait';

/** One executor per step type: a type added in shared/steps without one here fails the type check. */
export const stepExecutors: { [T in StepType]: StepExecutor<T> } = {
  'trigger-keyword': triggerStep,
  'trigger-any-message': triggerStep,
  'trigger-follow': triggerStep,
  'trigger-conversation-opened': triggerStep,
  'trigger-conversation-closed': triggerStep,
  'trigger-shortcut': triggerStep,
  'trigger-incoming-webhook': triggerStep,
  'send-message': sendMessageStep,
  'ask-question': askQuestionStep,
  'multiple-choice': multipleChoiceStep,
  rating: ratingStep,
  branch: branchStep,
  wait: waitStep,
  'jump-to': jumpToStep,
  assign: assignStep,
  'add-note': addNoteStep,
  'close-conversation': closeConversationStep,
  'update-contact': updateContactStep,
  'http-request': httpRequestStep,
  'switch-rich-menu': switchRichMenuStep,
};

export function executorFor(type: StepType): StepExecutor<StepType> {
  return stepExecutors[type];
}
