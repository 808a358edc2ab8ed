import { lineLimits } from '../line-limits';
import type { LineProblem } from './line-problem';

/**
 * LINE's size rules for flex contents, which no JSON Schema can say: a bubble's JSON at most
 * 30 KB, a carousel's at most 50 KB. `pointer` is where the message sits in the request.
 */
export function flexSizeProblems(message: unknown, pointer: string): LineProblem[] {
  if (!isObject(message) || message.type !== 'flex' || !isObject(message.contents)) return [];
  const contents = message.contents;
  const at = `${pointer}/contents`;
  if (contents.type === 'bubble') return tooBig(contents, at, lineLimits.flexBubbleBytes, 'bubble');
  if (contents.type !== 'carousel' || !Array.isArray(contents.contents)) return [];
  const bubbles = contents.contents.flatMap((bubble, i) => tooBig(bubble, `${at}/contents/${i}`, lineLimits.flexBubbleBytes, 'bubble'));
  return [...tooBig(contents, at, lineLimits.flexCarouselBytes, 'carousel'), ...bubbles];
}

export function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length;
}

function tooBig(value: unknown, pointer: string, limit: number, what: 'bubble' | 'carousel'): LineProblem[] {
  const bytes = utf8Bytes(JSON.stringify(value));
  if (bytes <= limit) return [];
  return [
    {
      pointer,
      message: `is ${kb(bytes)} of JSON; LINE allows a ${what} at most ${kb(limit)}`,
      code: what === 'bubble' ? 'line.bubbleTooBig' : 'line.carouselTooBig',
      params: { size: kb(bytes), limit: kb(limit) },
    },
  ];
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
