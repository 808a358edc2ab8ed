import type { StepData } from '../../shared/steps';
import { lineLimits } from '../../shared/line-limits';
import { checkFlexContents } from '../../shared/steps/check-flex-contents';
import type { LineMessage } from '../line/line-transport';
import { StepError, type StepContext } from './step-context';

type OutgoingMessage = StepData<'send-message'>['messages'][number];
type QuickReply = NonNullable<StepData<'send-message'>['quickReplies']>[number];

/** Renders a message's placeholders and checks LINE's limits on the result, before anything is sent. */
export function toLineMessage(message: OutgoingMessage, ctx: StepContext): LineMessage {
  switch (message.type) {
    case 'text': {
      const text = ctx.render(message.text);
      if (text.trim() === '') throw new StepError('The text is empty once its placeholders are filled in; LINE rejects empty texts');
      if (text.length > lineLimits.textLength) {
        throw new StepError(`The text is ${text.length} characters once its placeholders are filled in; LINE allows ${lineLimits.textLength}`);
      }
      return { type: 'text', text };
    }
    case 'image':
      return {
        type: 'image',
        originalContentUrl: httpsUrl(ctx.render(message.originalContentUrl)),
        previewImageUrl: httpsUrl(ctx.render(message.previewImageUrl)),
      };
    case 'sticker':
      return { type: 'sticker', packageId: message.packageId, stickerId: message.stickerId };
    case 'flex': {
      const contents = renderDeep(message.contents, ctx) as Record<string, unknown>;
      const problem = checkFlexContents(contents);
      if (problem) throw new StepError(`The flex message ${problem}`);
      return { type: 'flex', altText: ctx.render(message.altText).slice(0, lineLimits.flexAltTextLength), contents };
    }
  }
}

export function toQuickReply(items: readonly QuickReply[]): { items: unknown[] } {
  return {
    items: items.map((item) =>
      item.postbackData
        ? { type: 'action', action: { type: 'postback', label: item.label, data: item.postbackData, displayText: item.text ?? item.label } }
        : { type: 'action', action: { type: 'message', label: item.label, text: item.text ?? item.label } },
    ),
  };
}

/** A question with quick-reply buttons that answer by postback. */
export function questionWithButtons(text: string, buttons: { label: string; data: string }[]): LineMessage {
  return {
    type: 'text',
    text,
    quickReply: {
      items: buttons.map((b) => ({ type: 'action', action: { type: 'postback', label: b.label, data: b.data, displayText: b.label } })),
    },
  };
}

function httpsUrl(url: string): string {
  if (!/^https:\/\/[^\s]+$/.test(url) || url.length > lineLimits.imageUrlLength) {
    throw new StepError(`The image URL "${url.slice(0, 80)}" is not an https URL of at most ${lineLimits.imageUrlLength} characters`);
  }
  return url;
}

function renderDeep(value: unknown, ctx: StepContext): unknown {
  if (typeof value === 'string') return ctx.render(value);
  if (Array.isArray(value)) return value.map((item) => renderDeep(item, ctx));
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderDeep(v, ctx)]));
  return value;
}
