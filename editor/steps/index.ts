import type { StepType } from '../../shared/steps';
import { addNoteView } from './add-note';
import { askQuestionView } from './ask-question';
import { assignView } from './assign';
import { branchView } from './branch';
import { closeConversationView } from './close-conversation';
import { httpRequestView } from './http-request';
import { jumpToView } from './jump-to';
import { multipleChoiceView } from './multiple-choice';
import { ratingView } from './rating';
import { sendMessageView } from './send-message';
import type { StepView } from './step-view';
import { switchRichMenuView } from './switch-rich-menu';
import { triggerAnyMessageView } from './trigger-any-message';
import { triggerConversationClosedView } from './trigger-conversation-closed';
import { triggerConversationOpenedView } from './trigger-conversation-opened';
import { triggerFollowView } from './trigger-follow';
import { triggerIncomingWebhookView } from './trigger-incoming-webhook';
import { triggerKeywordView } from './trigger-keyword';
import { triggerShortcutView } from './trigger-shortcut';
import { updateContactView } from './update-contact';
import { waitView } from './wait';

/** One view per step type: a type added in shared/steps without one here fails the type check. */
export const stepViews: { [T in StepType]: StepView<T> } = {
  'trigger-keyword': triggerKeywordView,
  'trigger-any-message': triggerAnyMessageView,
  'trigger-follow': triggerFollowView,
  'trigger-conversation-opened': triggerConversationOpenedView,
  'trigger-conversation-closed': triggerConversationClosedView,
  'trigger-shortcut': triggerShortcutView,
  'trigger-incoming-webhook': triggerIncomingWebhookView,
  'send-message': sendMessageView,
  'ask-question': askQuestionView,
  'multiple-choice': multipleChoiceView,
  rating: ratingView,
  branch: branchView,
  wait: waitView,
  'jump-to': jumpToView,
  assign: assignView,
  'add-note': addNoteView,
  'close-conversation': closeConversationView,
  'update-contact': updateContactView,
  'http-request': httpRequestView,
  'switch-rich-menu': switchRichMenuView,
};

export function viewFor(type: string): StepView<StepType> | undefined {
  return (stepViews as Record<string, StepView<StepType>>)[type];
}
