import type { CSSProperties } from 'react';
import { colorOf, pixelsOf, textScale } from './flex-scale';
import { itemStyle, withoutUndefined, type FlexNode, type FlexSlot } from './flex-item-style';
import { textOf } from './text-of';

const gravity: Record<string, string> = { top: 'flex-start', center: 'center', bottom: 'flex-end' };
const textAlign: Record<string, CSSProperties['textAlign']> = { start: 'start', center: 'center', end: 'end' };

/** The look a text or span sets itself: size (keyword or px), colour, weight, style, decoration. */
export function textLook(node: FlexNode): CSSProperties {
  return withoutUndefined({
    fontSize: pixelsOf(node.size, textScale),
    color: colorOf(node.color),
    fontWeight: node.weight === 'bold' ? 700 : node.weight === 'regular' ? 400 : undefined,
    fontStyle: node.style === 'italic' ? 'italic' : node.style === 'normal' ? 'normal' : undefined,
    textDecoration: node.decoration === 'underline' ? 'underline' : node.decoration === 'line-through' ? 'line-through' : undefined,
  });
}

/**
 * A text component: one line cut with "…" unless `wrap` (then `\n` breaks lines too, and
 * `maxLines` cuts with "…" after that many), aligned by `align`, placed in a taller slot by
 * `gravity`; its spans, when it has them, replace `text`.
 */
export function FlexText({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const wrap = node.wrap === true;
  const maxLines = typeof node.maxLines === 'number' && node.maxLines > 0 ? node.maxLines : 0;
  const lineSpacing = pixelsOf(node.lineSpacing, {});
  const spans = Array.isArray(node.contents) ? (node.contents as FlexNode[]).filter((s) => s && s.type === 'span') : [];
  const paragraph: CSSProperties = withoutUndefined({
    textAlign: textAlign[String(node.align)],
    lineHeight: lineSpacing ? `calc(1.4em + ${lineSpacing}px)` : undefined,
    WebkitLineClamp: wrap && maxLines ? maxLines : undefined,
  });
  return (
    <div
      className={`lp-text${wrap ? ' lp-wrap' : ''}${wrap && maxLines ? ' lp-clamp' : ''}`}
      style={{ ...itemStyle(node, slot), ...textLook(node), justifyContent: gravity[String(node.gravity)] }}
    >
      <p style={paragraph}>
        {spans.length
          ? spans.map((span, i) => (
              <span key={i} style={textLook(span)}>
                {textOf(span.text)}
              </span>
            ))
          : textOf(node.text)}
      </p>
    </div>
  );
}
