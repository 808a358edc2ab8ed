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
  /** Characters in a quick-reply button label. */
  quickReplyLabelLength: 20,
  /** Characters in postback data. */
  postbackDataLength: 300,
  /** Characters in a flex message's altText. */
  flexAltTextLength: 1500,
  /** Bytes of JSON in one flex bubble. */
  flexBubbleBytes: 30_000,
  /** Bytes of JSON in one flex carousel. */
  flexCarouselBytes: 50_000,
  /** Bubbles in one flex carousel. */
  flexCarouselBubbles: 12,
  /** Characters in an image URL. */
  imageUrlLength: 2000,
  /** A reply token is single use and valid for about a minute; past this, push instead. */
  replyTokenSafeMs: 50_000,
} as const;
