import { lineLimits } from '../line-limits';

/** JSON Schema pieces shared by several step definitions. Each is `as const` so types derive from it. */

/*
 * String shapes are checked by named formats (see ../validation/schema-formats.ts) rather than
 * `pattern`, so that each failure gets a message a person understands.
 */
export const idSchema = { type: 'string', minLength: 1, maxLength: 64, format: 'identifier' } as const;
export const shortIdSchema = { type: 'string', minLength: 1, maxLength: 32, format: 'identifier' } as const;
export const variableNameSchema = { type: 'string', minLength: 1, maxLength: 64, format: 'variable-name' } as const;

/** Text the customer sees; may contain `{{placeholders}}`. */
export const messageTextSchema = { type: 'string', minLength: 1, maxLength: lineLimits.textLength } as const;

/** An https URL, or a placeholder that renders one. LINE accepts only https for media. */
export const mediaUrlSchema = {
  type: 'string',
  minLength: 1,
  maxLength: lineLimits.imageUrlLength,
  format: 'https-url-or-template',
} as const;

export const saveTargetSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['scope', 'name'],
  properties: {
    scope: { enum: ['variable', 'contact'] },
    name: variableNameSchema,
  },
} as const;

export const retrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['maxAttempts', 'message'],
  properties: {
    /** How many answers the customer may give: the last wrong one takes the `invalid` port (0 and 1: no second try). */
    maxAttempts: { type: 'integer', minimum: 0, maximum: 5 },
    message: messageTextSchema,
  },
} as const;

/** Minutes to wait for an answer before the `timeout` port; at most 30 days. */
export const timeoutMinutesSchema = { type: 'integer', minimum: 1, maximum: 43_200 } as const;

export const quickReplySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['label'],
  properties: {
    label: { type: 'string', minLength: 1, maxLength: lineLimits.quickReplyLabelLength },
    /** What the customer sends by tapping; the label when absent. */
    text: { type: 'string', minLength: 1, maxLength: 300 },
    /** Sent as postback data instead of a message when set. */
    postbackData: { type: 'string', minLength: 1, maxLength: lineLimits.postbackDataLength },
  },
} as const;

export const quickRepliesSchema = {
  type: 'array',
  maxItems: lineLimits.quickReplyItems,
  items: quickReplySchema,
} as const;

const textMessage = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'text'],
  properties: { type: { const: 'text' }, text: messageTextSchema },
} as const;

const imageMessage = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'originalContentUrl', 'previewImageUrl'],
  properties: { type: { const: 'image' }, originalContentUrl: mediaUrlSchema, previewImageUrl: mediaUrlSchema },
} as const;

const stickerMessage = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'packageId', 'stickerId'],
  properties: {
    type: { const: 'sticker' },
    packageId: { type: 'string', minLength: 1, maxLength: 20, format: 'digits' },
    stickerId: { type: 'string', minLength: 1, maxLength: 20, format: 'digits' },
  },
} as const;

const flexMessage = {
  type: 'object',
  additionalProperties: false,
  required: ['type', 'altText', 'contents'],
  properties: {
    type: { const: 'flex' },
    altText: { type: 'string', minLength: 1, maxLength: lineLimits.flexAltTextLength },
    /** A flex bubble or carousel, as LINE's JSON. Size-checked by the send-message step. */
    contents: { type: 'object' },
  },
} as const;

export const outgoingMessageSchema = {
  type: 'object',
  required: ['type'],
  discriminator: { propertyName: 'type' },
  oneOf: [textMessage, imageMessage, stickerMessage, flexMessage],
} as const;

const weekdayEnum = { enum: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] } as const;
const clockSchema = { type: 'string', format: 'clock-time' } as const;
const intervalSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['from', 'to'],
  properties: { from: clockSchema, to: clockSchema },
} as const;
const dayIntervals = { type: 'array', maxItems: 6, items: intervalSchema } as const;

/** Opening hours in a time zone: a weekly schedule and dates on which the business is closed. */
export const businessHoursSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['timezone', 'weekly'],
  properties: {
    timezone: { type: 'string', format: 'time-zone' },
    weekly: {
      type: 'object',
      additionalProperties: false,
      properties: {
        mon: dayIntervals,
        tue: dayIntervals,
        wed: dayIntervals,
        thu: dayIntervals,
        fri: dayIntervals,
        sat: dayIntervals,
        sun: dayIntervals,
      },
    },
    holidays: { type: 'array', items: { type: 'string', format: 'date' } },
  },
} as const;

const comparedValue = {
  anyOf: [{ type: 'string', maxLength: 1000 }, { type: 'number' }, { type: 'array', items: { type: 'string' } }],
} as const;
const valueOperators = [
  'equals',
  'not-equals',
  'contains',
  'not-contains',
  'starts-with',
  'matches-regex',
  'greater-than',
  'less-than',
  'is-set',
  'is-not-set',
  'is-one-of',
] as const;

function valueCondition<const S extends string>(subject: S) {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['subject', 'field', 'operator'],
    properties: {
      subject: { const: subject },
      field: variableNameSchema,
      operator: { enum: valueOperators },
      value: comparedValue,
    },
  } as const;
}

export const conditionSchema = {
  type: 'object',
  required: ['subject'],
  discriminator: { propertyName: 'subject' },
  oneOf: [
    valueCondition('variable'),
    valueCondition('contact'),
    {
      type: 'object',
      additionalProperties: false,
      required: ['subject', 'operator', 'value'],
      properties: {
        subject: { const: 'tag' },
        operator: { enum: ['has', 'has-not'] },
        value: { type: 'string', minLength: 1, maxLength: 50 },
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['subject', 'operator'],
      properties: { subject: { const: 'business-hours' }, operator: { enum: ['is-open', 'is-closed'] } },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['subject', 'operator', 'from', 'to'],
      properties: {
        subject: { const: 'time' },
        operator: { enum: ['between', 'not-between'] },
        from: clockSchema,
        to: clockSchema,
      },
    },
    {
      type: 'object',
      additionalProperties: false,
      required: ['subject', 'operator', 'value'],
      properties: {
        subject: { const: 'weekday' },
        operator: { enum: ['is-one-of', 'is-none-of'] },
        value: { type: 'array', minItems: 1, uniqueItems: true, items: weekdayEnum },
      },
    },
  ],
} as const;

export const valueOperatorsWithoutValue: readonly string[] = ['is-set', 'is-not-set'];
