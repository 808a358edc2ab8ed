import { lineLimits as l } from '../line-limits';
import type { JsonSchema } from './openapi-to-json-schema';

/**
 * What LINE enforces but its OpenAPI file does not say: lengths (in UTF-16 code units, as LINE
 * counts them: the validator is compiled with ajv's `unicode: false`), counts, required fields,
 * https-only media, and the keyword-or-pixels values of flex layouts. Each entry is ANDed with
 * LINE's schema of the same name; the numbers live in ../line-limits.ts. Sizes in bytes (flex
 * bubbles and carousels) are not JSON Schema: see flex-size-problems.ts.
 */
export function lineExtraRules(): Record<string, JsonSchema> {
  const offsets = { offsetTop: fmt('flex-offset'), offsetBottom: fmt('flex-offset'), offsetStart: fmt('flex-offset'), offsetEnd: fmt('flex-offset') };
  const templateAction = (max: number) => ({ type: 'object', required: ['label'], properties: { label: len(max) } });
  const actions = (min: number, max: number) => ({ minItems: min, maxItems: max, items: templateAction(l.actionLabelLength) });
  const text = { minLength: 1, maxLength: l.textLength, format: 'not-blank' };
  return {
    TextMessage: props({ text }),
    TextMessageV2: props({ text }),
    ImageMessage: props({ originalContentUrl: fmt('https-url'), previewImageUrl: fmt('https-url') }),
    VideoMessage: props({ originalContentUrl: fmt('https-url'), previewImageUrl: fmt('https-url') }),
    AudioMessage: props({ originalContentUrl: fmt('https-url'), duration: { minimum: 1 } }),
    LocationMessage: props({ title: len(l.locationTextLength), address: len(l.locationTextLength) }),
    ImagemapMessage: props({
      baseUrl: fmt('https-url'),
      altText: len(l.imagemapAltTextLength),
      actions: { minItems: 1, maxItems: l.imagemapActions },
      baseSize: props({ width: { const: l.imagemapBaseWidth } }),
    }),
    ImagemapVideo: props({ originalContentUrl: fmt('https-url'), previewImageUrl: fmt('https-url') }),
    TemplateMessage: props({ altText: len(l.templateAltTextLength) }),
    ButtonsTemplate: props({
      actions: actions(1, l.buttonsTemplateActions),
      text: len(l.buttonsTemplateTextLength),
      title: { maxLength: l.templateTitleLength },
      thumbnailImageUrl: fmt('https-url'),
    }),
    ConfirmTemplate: props({ actions: actions(l.confirmTemplateActions, l.confirmTemplateActions), text: len(l.confirmTemplateTextLength) }),
    CarouselTemplate: props({ columns: { minItems: 1, maxItems: l.templateColumns } }),
    CarouselColumn: props({
      actions: actions(1, l.carouselColumnActions),
      text: len(l.carouselColumnTextLength),
      title: { maxLength: l.templateTitleLength },
      thumbnailImageUrl: fmt('https-url'),
    }),
    ImageCarouselTemplate: props({ columns: { minItems: 1, maxItems: l.templateColumns } }),
    ImageCarouselColumn: props({ imageUrl: fmt('https-url'), action: props({ label: { maxLength: l.imageCarouselLabelLength } }) }),
    FlexMessage: props({ altText: len(l.flexAltTextLength) }),
    FlexCarousel: props({ contents: { minItems: 1, maxItems: l.flexCarouselBubbles } }),
    FlexBlockStyle: props({ backgroundColor: fmt('flex-color'), separatorColor: fmt('flex-color') }),
    FlexBox: props({
      ...offsets,
      flex: { minimum: 0 },
      spacing: fmt('flex-spacing'),
      margin: fmt('flex-margin'),
      backgroundColor: fmt('flex-color'),
      borderColor: fmt('flex-color'),
      borderWidth: fmt('flex-border-width'),
      cornerRadius: fmt('flex-corner-radius'),
      ...Object.fromEntries(['width', 'maxWidth', 'height', 'maxHeight'].map((key) => [key, fmt('flex-length')])),
      ...Object.fromEntries(['paddingAll', 'paddingTop', 'paddingBottom', 'paddingStart', 'paddingEnd'].map((key) => [key, fmt('flex-padding')])),
    }),
    FlexButton: props({ ...offsets, flex: { minimum: 0 }, margin: fmt('flex-margin'), color: fmt('flex-color') }),
    FlexImage: props({
      ...offsets,
      url: fmt('https-url'),
      flex: { minimum: 0 },
      size: fmt('flex-image-size'),
      margin: fmt('flex-margin'),
      aspectRatio: fmt('flex-aspect-ratio'),
      backgroundColor: fmt('flex-color'),
    }),
    FlexVideo: props({ url: fmt('https-url'), previewUrl: fmt('https-url'), aspectRatio: fmt('flex-aspect-ratio') }),
    FlexIcon: props({ ...offsets, url: fmt('https-url'), size: fmt('flex-icon-size'), margin: fmt('flex-margin'), aspectRatio: fmt('flex-aspect-ratio') }),
    // A text needs `text` unless it is made of spans (`contents`).
    FlexText: {
      ...props({
        ...offsets,
        text: { minLength: 1 },
        flex: { minimum: 0 },
        maxLines: { minimum: 0 },
        size: fmt('flex-text-size'),
        color: fmt('flex-color'),
        margin: fmt('flex-margin'),
        lineSpacing: fmt('flex-pixels'),
      }),
      if: { not: { required: ['contents'] } },
      then: { required: ['text'] },
    },
    FlexSpan: props({ size: fmt('flex-span-size'), color: fmt('flex-color') }),
    FlexSeparator: props({ margin: fmt('flex-margin'), color: fmt('flex-color') }),
    FlexFiller: props({ flex: { minimum: 0 } }),
    FlexBoxLinearGradient: props({ startColor: fmt('flex-color'), endColor: fmt('flex-color'), centerColor: fmt('flex-color') }),
    QuickReply: { required: ['items'], ...props({ items: { minItems: 1, maxItems: l.quickReplyItems } }) },
    QuickReplyItem: {
      required: ['type', 'action'],
      ...props({ type: { const: 'action' }, imageUrl: fmt('https-url'), action: templateAction(l.quickReplyLabelLength) }),
    },
    Sender: props({ iconUrl: fmt('https-url') }),
    MessageAction: { required: ['text'], ...props({ text: len(l.actionTextLength) }) },
    PostbackAction: { required: ['data'], ...props({ data: { maxLength: l.postbackDataLength }, displayText: len(l.actionTextLength) }) },
    URIAction: { required: ['uri'], ...props({ uri: fmt('action-uri') }) },
    DatetimePickerAction: { required: ['data', 'mode'], ...props({ data: { maxLength: l.postbackDataLength } }) },
    RichMenuSwitchAction: { required: ['richMenuAliasId', 'data'] },
  };
}

function props(properties: Record<string, JsonSchema>): JsonSchema {
  return { properties };
}

function fmt(format: string): JsonSchema {
  return { format };
}

function len(max: number): JsonSchema {
  return { minLength: 1, maxLength: max };
}
