import { lineLimits } from '../line-limits';
import type { ProblemCode } from '../validation/problem';

/** Completes "<field> …", with its code for the editor's translation (see validation/problem.ts). */
export type FlexContentsProblem = ProblemCode & { message: string };

/**
 * LINE's size rules for flex contents: a bubble's JSON at most 30 KB, a carousel at most 12
 * bubbles and 50 KB. Returns the reason the contents break them, or null.
 */
export function checkFlexContents(contents: Record<string, unknown>): FlexContentsProblem | null {
  const bytes = utf8Bytes(JSON.stringify(contents));
  if (contents.type === 'bubble') {
    if (bytes <= lineLimits.flexBubbleBytes) return null;
    const [size, limit] = [formatKb(bytes), formatKb(lineLimits.flexBubbleBytes)];
    return { message: `is ${size} of JSON; a flex bubble may be at most ${limit}`, code: 'flex.bubbleTooBig', params: { size, limit } };
  }
  if (contents.type === 'carousel') {
    const bubbles = contents.contents;
    if (!Array.isArray(bubbles) || bubbles.length === 0) return { message: 'is a carousel without bubbles in `contents`', code: 'flex.noBubbles' };
    if (bubbles.length > lineLimits.flexCarouselBubbles) {
      return {
        message: `has ${bubbles.length} bubbles; a carousel may have at most ${lineLimits.flexCarouselBubbles}`,
        code: 'flex.tooManyBubbles',
        params: { bubbles: bubbles.length, max: lineLimits.flexCarouselBubbles },
      };
    }
    const bigBubble = bubbles.findIndex((b) => utf8Bytes(JSON.stringify(b)) > lineLimits.flexBubbleBytes);
    if (bigBubble >= 0) {
      const limit = formatKb(lineLimits.flexBubbleBytes);
      return { message: `has bubble ${bigBubble + 1} over ${limit} of JSON`, code: 'flex.bigBubble', params: { bubble: bigBubble + 1, limit } };
    }
    if (bytes <= lineLimits.flexCarouselBytes) return null;
    const [size, limit] = [formatKb(bytes), formatKb(lineLimits.flexCarouselBytes)];
    return { message: `is ${size} of JSON; a flex carousel may be at most ${limit}`, code: 'flex.carouselTooBig', params: { size, limit } };
  }
  return { message: 'must have "type": "bubble" or "type": "carousel"', code: 'flex.notBubbleOrCarousel' };
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
