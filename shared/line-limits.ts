/**
 * Every limit the LINE Messaging API imposes that LineFlow checks before sending.
 * One place, so that when LINE's documentation changes one number changes here.
 * Source: developers.line.biz Messaging API reference (see ../README.md).
 */
export const lineLimits = {
  /** Message objects in one reply or push request. */
  messagesPerRequest: 5,
  /** Characters (UTF-16 code units) in a text message. */
  textLength: 5000,
  /** Quick-reply buttons attached to one message. */
  quickReplyItems: 13,
  /** UTF-16 code units in a quick-reply button label (an emoji such as 👍 counts 2). */
  quickReplyLabelLength: 20,
  /** UTF-16 code units in postback data. */
  postbackDataLength: 300,
  /** UTF-16 code units in a flex message's altText. */
  flexAltTextLength: 1500,
  /** Bytes of JSON in one flex bubble. */
  flexBubbleBytes: 30_000,
  /** Bytes of JSON in one flex carousel. */
  flexCarouselBytes: 50_000,
  /** Bubbles in one flex carousel. */
  flexCarouselBubbles: 12,
  /** Characters in a media URL (image, video, audio, icon); LINE takes only https. */
  imageUrlLength: 2000,
  /** A reply token is single use and valid for about a minute; past this, push instead. */
  replyTokenSafeMs: 50_000,
  /** The loading animation's length: 5 to 60 seconds, in steps of 5 (it ends early when a message arrives). */
  loadingSeconds: { min: 5, max: 60, step: 5 },
  /** Characters in a `sender.name` (agent's name on a message); LINE refuses some words in it, such as "LINE". */
  senderNameLength: 20,
  /** Characters in a `sender.iconUrl` (HTTPS). */
  senderIconUrlLength: 2000,
  /** UTF-16 code units in an imagemap's altText (a flex message's is `flexAltTextLength`). */
  imagemapAltTextLength: 1500,
  /** UTF-16 code units in a template message's altText. */
  templateAltTextLength: 400,
  /** UTF-16 code units in an action's label on a template or a quick reply (image carousel: 12). */
  actionLabelLength: 20,
  imageCarouselLabelLength: 12,
  /** UTF-16 code units in a message action's text and a postback's displayText. */
  actionTextLength: 300,
  /** Characters in a URI action's uri (http, https, line, tel). */
  actionUriLength: 1000,
  /** Actions on a buttons template; a confirm template has exactly 2. */
  buttonsTemplateActions: 4,
  confirmTemplateActions: 2,
  /** Columns of a carousel or image carousel template, and actions per carousel column. */
  templateColumns: 10,
  carouselColumnActions: 3,
  /** UTF-16 code units in template texts and titles. */
  buttonsTemplateTextLength: 160,
  confirmTemplateTextLength: 240,
  carouselColumnTextLength: 120,
  templateTitleLength: 40,
  /** Tap areas on an imagemap. */
  imagemapActions: 50,
  /** The width LINE's imagemap base size must have. */
  imagemapBaseWidth: 1040,
  /** UTF-16 code units in a location message's title and address. */
  locationTextLength: 100,
} as const;
