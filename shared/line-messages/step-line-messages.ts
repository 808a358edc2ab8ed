import type { StepData, StepType } from '../steps';
import type { BuiltMessage } from './built-message';
import { choiceQuestion, ratingQuestion, sendMessageMessages, textMessage, type Render } from './step-messages';

type Sends<T extends StepType> = (data: StepData<T>, nodeId: string, render: Render) => BuiltMessage[][];

/**
 * Every LINE request a step of each type may send (its question, its retry message…), as the
 * runtime builds them: what the validator and publish check. A step type that sends nothing is
 * absent. Renders with `render`: the validator passes the content as written.
 */
const sendersByType: { [T in StepType]?: Sends<T> } = {
  'send-message': (data, _nodeId, render) => [sendMessageMessages(data, render)],
  'ask-question': (data, _nodeId, render) => [
    [textMessage(render(data.question), 'question')],
    ...retry(data.retry, (text) => textMessage(text, 'retry.message'), render),
  ],
  'multiple-choice': (data, nodeId, render) => [
    [choiceQuestion(data, nodeId, render(data.question), 'question')],
    ...retry(data.retry, (text) => choiceQuestion(data, nodeId, text, 'retry.message'), render),
  ],
  rating: (data, nodeId, render) => [
    [ratingQuestion(data, nodeId, render(data.question), 'question')],
    ...retry(data.retry, (text) => ratingQuestion(data, nodeId, text, 'retry.message'), render),
  ],
};

export function stepLineMessages(node: { id: string; type: string; data: unknown }, render: Render): BuiltMessage[][] {
  const sends = sendersByType[node.type as StepType] as Sends<StepType> | undefined;
  return sends ? sends(node.data as StepData<StepType>, node.id, render) : [];
}

function retry(options: { maxAttempts: number; message: string }, build: (text: string) => BuiltMessage, render: Render): BuiltMessage[][] {
  // Sent only when a second answer is allowed (retry-or-invalid): with 1 attempt (or 0) it never reaches LINE.
  return options.maxAttempts > 1 ? [[build(render(options.message))]] : [];
}
