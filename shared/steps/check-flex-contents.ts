import { lineLimits } from '../line-limits';

/**
 * LINE's size rules for flex contents: a bubble's JSON at most 30 KB, a carousel at most 12
 * bubbles and 50 KB. Returns the reason the contents break them, or null.
 */
export function checkFlexContents(contents: Record<string, unknown>): string | null {
  const bytes = utf8Bytes(JSON.stringify(contents));
  if (contents.type === 'bubble') {
    return bytes > lineLimits.flexBubbleBytes ? `is ${formatKb(bytes)} of JSON; a flex bubble may be at most ${formatKb(lineLimits.flexBubbleBytes)}` : null;
  }
  if (contents.type === 'carousel') {
    const bubbles = contents.contents;
    if (!Array.isArray(bubbles) || bubbles.length === 0) return 'is a carousel without bubbles in `contents`';
    if (bubbles.length > lineLimits.flexCarouselBubbles) {
      return `has ${bubbles.length} bubbles; a carousel may have at most ${lineLimits.flexCarouselBubbles}`;
    }
    const bigBubble = bubbles.findIndex((b) => utf8Bytes(JSON.stringify(b)) > lineLimits.flexBubbleBytes);
    if (bigBubble >= 0) return `has bubble ${bigBubble + 1} over ${formatKb(lineLimits.flexBubbleBytes)} of JSON`;
    return bytes > lineLimits.flexCarouselBytes
      ? `is ${formatKb(bytes)} of JSON; a flex carousel may be at most ${formatKb(lineLimits.flexCarouselBytes)}`
      : null;
  }
  return 'must have "type": "bubble" or "type": "carousel"';
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}
