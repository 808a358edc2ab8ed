import { encodeChoicePostback, encodeRatingPostback } from '../answers/match-choice';
import { lineLimits } from '../line-limits';
import type { StepData } from '../steps';
import type { BuiltMessage, LineMessageJson, MessageSource } from './built-message';
import { cutUtf16 } from './cut-utf16';
import { encodeLineUrl } from './encode-line-url';

/**
 * The LINE messages of the steps that send, built one way for the runtime (which renders
 * placeholders with the run's values) and for the validator and publish (which pass content as
 * written, to check what is fixed). Each message says which option each of its parts comes from.
 */
export type Render = (template: string) => string;

type OutgoingMessage = StepData<'send-message'>['messages'][number];
type QuickReplyOption = NonNullable<StepData<'send-message'>['quickReplies']>[number];
interface Button {
  label: string;
  data: string;
  /** The option the button comes from, e.g. `choices.2`. */
  field: string;
}

/** Flex properties that hold a URL, encoded after rendering as media and links are. */
const flexUrlKeys = new Set(['url', 'previewUrl', 'uri', 'desktop']);

/** A send-message step's messages, its quick replies under the last one. */
export function sendMessageMessages(data: StepData<'send-message'>, render: Render): BuiltMessage[] {
  const built = data.messages.map((message, i) => outgoingMessage(message, `messages.${i}`, render));
  const last = built.at(-1);
  if (last && data.quickReplies?.length) {
    last.message.quickReply = quickReplyOf(data.quickReplies);
    last.sources.push(...quickReplySources(data.quickReplies));
  }
  return built;
}

/** One message of a send-message step; the option's shape is LINE's, so every part maps under `field`. */
export function outgoingMessage(message: OutgoingMessage, field: string, render: Render): BuiltMessage {
  const sources: MessageSource[] = [{ pointer: '', field, deep: true }];
  switch (message.type) {
    case 'text':
      return { message: { type: 'text', text: render(message.text) }, sources };
    case 'image':
      return {
        message: {
          type: 'image',
          originalContentUrl: encodeLineUrl(render(message.originalContentUrl)),
          previewImageUrl: encodeLineUrl(render(message.previewImageUrl)),
        },
        sources,
      };
    case 'sticker':
      return { message: { type: 'sticker', packageId: message.packageId, stickerId: message.stickerId }, sources };
    case 'flex':
      return {
        message: { type: 'flex', altText: cutUtf16(render(message.altText), lineLimits.flexAltTextLength), contents: renderFlex(message.contents, render) },
        sources,
      };
  }
}

/** A text (a question, a retry message); `field` is the option it renders. */
export function textMessage(text: string, field: string): BuiltMessage {
  return { message: { type: 'text', text }, sources: [{ pointer: '', field }] };
}

/** A question whose quick-reply buttons answer by postback. */
export function questionWithButtons(text: string, field: string, buttons: readonly Button[]): BuiltMessage {
  const items = buttons.map((b) => {
    const label = cutUtf16(b.label, lineLimits.quickReplyLabelLength);
    return { type: 'action', action: { type: 'postback', label, data: b.data, displayText: label } };
  });
  const sources = [{ pointer: '', field }, ...buttons.map((b, i) => ({ pointer: `/quickReply/items/${i}`, field: b.field }))];
  return { message: { type: 'text', text, quickReply: { items } }, sources };
}

export function choiceQuestion(data: StepData<'multiple-choice'>, nodeId: string, text: string, field: string): BuiltMessage {
  const buttons = data.choices.map((choice, i) => ({ label: choice.label, data: encodeChoicePostback(nodeId, choice.id), field: `choices.${i}.label` }));
  return questionWithButtons(text, field, buttons);
}

export function ratingQuestion(data: StepData<'rating'>, nodeId: string, text: string, field: string): BuiltMessage {
  const buttons = Array.from({ length: data.scale }, (_, i) => {
    const score = i + 1;
    const low = score === 1 && data.lowLabel;
    const high = score === data.scale && data.highLabel;
    const label = low ? `1 ${data.lowLabel}` : high ? `${score} ${data.highLabel}` : String(score);
    return { label, data: encodeRatingPostback(nodeId, score), field: low ? 'lowLabel' : high ? 'highLabel' : 'scale' };
  });
  return questionWithButtons(text, field, buttons);
}

export function quickReplyOf(items: readonly QuickReplyOption[]): { items: LineMessageJson[] } {
  return {
    items: items.map((item) => {
      const label = cutUtf16(item.label, lineLimits.quickReplyLabelLength);
      const action = item.postbackData
        ? { type: 'postback', label, data: item.postbackData, displayText: item.text ?? label }
        : { type: 'message', label, text: item.text ?? label };
      return { type: 'action', action };
    }),
  };
}

function quickReplySources(items: readonly QuickReplyOption[]): MessageSource[] {
  return items.flatMap((item, i) => {
    const at = `/quickReply/items/${i}`;
    const typed = item.text !== undefined ? `quickReplies.${i}.text` : `quickReplies.${i}.label`;
    return [
      { pointer: at, field: `quickReplies.${i}` },
      { pointer: `${at}/action/label`, field: `quickReplies.${i}.label` },
      { pointer: `${at}/action/data`, field: `quickReplies.${i}.postbackData` },
      { pointer: `${at}/action/text`, field: typed },
      { pointer: `${at}/action/displayText`, field: typed },
    ];
  });
}

/** Renders every string of flex contents; URLs are encoded once rendered. */
function renderFlex(value: unknown, render: Render, key = ''): unknown {
  if (typeof value === 'string') return flexUrlKeys.has(key) ? encodeLineUrl(render(value)) : render(value);
  if (Array.isArray(value)) return value.map((item) => renderFlex(item, render));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderFlex(v, render, k)]));
  return value;
}
