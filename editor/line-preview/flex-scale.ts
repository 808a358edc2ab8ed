/**
 * LINE's keyword scales for Flex Messages, in CSS pixels as LINE's Flex Message Simulator lays
 * them out (its stylesheet: spacing/margin/padding/offsets `.ExMgnTMd` 8px…, text `.ExXl` 22px…,
 * images `.MdImg.ExLg` 120px…, bubbles `.LyMe` max-width 300px…). Keyword names are those of the
 * vendored OpenAPI schema (shared/line-schema/messaging-api.json). One table per scale, here only.
 */

/** `spacing` of a box, `margin` of a component, `paddingAll`…, `offsetTop`…, `cornerRadius`. */
export const spaceScale = { none: 0, xs: 2, sm: 4, md: 8, lg: 12, xl: 16, xxl: 20 } as const;

/** `size` of text, span and icon. */
export const textScale = { xxs: 11, xs: 13, sm: 14, md: 16, lg: 19, xl: 22, xxl: 29, '3xl': 35, '4xl': 48, '5xl': 74 } as const;

/** `size` of an image (its width); `full` is the whole width of its box. */
export const imageScale = { xxs: 40, xs: 60, sm: 80, md: 100, lg: 120, xl: 140, xxl: 160, '3xl': 180, '4xl': 200, '5xl': 220 } as const;

/** `borderWidth` of a box. */
export const borderScale = { none: 0, light: 0.5, normal: 1, medium: 2, 'semi-bold': 3, bold: 4 } as const;

/** `size` of a bubble: its greatest width; a bubble never grows past the chat's width. */
export const bubbleWidths = { nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 500 } as const;

export type BubbleSize = keyof typeof bubbleWidths;

/** The bubble's own corner radius and the padding LINE gives its header and body boxes, by size. */
export interface BubbleFrame {
  radius: number;
  /** Padding of the header and body boxes, before a box's own padding properties. */
  padding: { top: number; inline: number; bottom: number };
  /** The body's bottom padding when a footer follows. */
  bodyBottomWithFooter: number;
}

export function bubbleFrame(size: BubbleSize): BubbleFrame {
  switch (size) {
    case 'mega':
    case 'giga':
      return { radius: size === 'mega' ? 17 : 5, padding: { top: 19, inline: 20, bottom: 20 }, bodyBottomWithFooter: 10 };
    case 'kilo':
      return { radius: 10, padding: { top: 13, inline: 13, bottom: 13 }, bodyBottomWithFooter: 17 };
    case 'hecto':
    case 'deca':
      return { radius: 10, padding: { top: 11, inline: 14, bottom: 13 }, bodyBottomWithFooter: 17 };
    case 'micro':
    case 'nano':
      return { radius: 10, padding: { top: 10, inline: 10, bottom: 10 }, bodyBottomWithFooter: 10 };
  }
}

/** The footer box's padding, whatever the size. */
export const footerPadding = 10;

/** The CSS padding LINE gives a bubble's block; a body followed by a footer leaves less below. */
export function blockPadding(frame: BubbleFrame, block: 'header' | 'hero' | 'body' | 'footer', hasFooter: boolean): string {
  if (block === 'hero') return '0px';
  if (block === 'footer') return `${footerPadding}px`;
  const bottom = block === 'body' && hasFooter ? frame.bodyBottomWithFooter : frame.padding.bottom;
  return `${frame.padding.top}px ${frame.padding.inline}px ${bottom}px`;
}

export function bubbleSizeOf(value: unknown): BubbleSize {
  return typeof value === 'string' && value in bubbleWidths ? (value as BubbleSize) : 'mega';
}

/**
 * A length as CSS: a keyword of `scale` in px, `12px`, or `40%` as given; undefined when absent
 * or not one LINE takes (a preview shows LINE's default rather than guess).
 */
export function lengthOf(value: unknown, scale: Readonly<Record<string, number>>): string | undefined {
  if (typeof value !== 'string') return undefined;
  if (Object.hasOwn(scale, value)) return `${scale[value]}px`;
  return /^\d+(\.\d+)?(px|%)$/.test(value) ? value : undefined;
}

/** Pixels only (a text's size may be `18px` but never a percentage). */
export function pixelsOf(value: unknown, scale: Readonly<Record<string, number>>): number | undefined {
  const length = lengthOf(value, scale);
  return length?.endsWith('px') ? Number(length.slice(0, -2)) : undefined;
}

/** `"20:13"` → height / width (0.65); undefined for anything else. */
export function aspectRatioOf(value: unknown): number | undefined {
  const match = typeof value === 'string' ? /^(\d+(?:\.\d+)?):(\d+(?:\.\d+)?)$/.exec(value) : null;
  if (!match) return undefined;
  const [width, height] = [Number(match[1]), Number(match[2])];
  return width > 0 && height > 0 ? height / width : undefined;
}

/**
 * The CSS `flex` of a component by LINE's rule: in a horizontal or baseline box a component takes
 * `flex: 1` unless told otherwise (it shares the width); in a vertical box `flex: 0` (its own height).
 */
export function flexOf(value: unknown, parentLayout: string): string {
  const horizontal = parentLayout !== 'vertical';
  const grow = typeof value === 'number' && value >= 0 ? value : horizontal ? 1 : 0;
  if (grow === 0) return '0 0 auto';
  return horizontal ? `${grow} 0 0` : `${grow} 0 auto`;
}

/** `#RRGGBB` or `#RRGGBBAA` (LINE's two forms), else undefined so the default colour stays. */
export function colorOf(value: unknown): string | undefined {
  return typeof value === 'string' && /^#([0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/.test(value) ? value : undefined;
}
