import type { CSSProperties, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actionSummary } from './action-summary';
import { FlexBox, FlexComponent } from './flex-component';
import type { FlexNode } from './flex-item-style';
import { blockPadding, bubbleFrame, bubbleSizeOf, bubbleWidths, colorOf } from './flex-scale';

const blocks = ['header', 'hero', 'body', 'footer'] as const;
type Block = (typeof blocks)[number];

/** A flex message's container: one bubble, or a carousel of them side by side. */
export function FlexContainer({ container }: { container: unknown }): ReactNode {
  const { t } = useTranslation('testChat');
  const node = (container ?? {}) as FlexNode;
  if (node.type === 'carousel') {
    const bubbles = Array.isArray(node.contents) ? (node.contents as FlexNode[]) : [];
    return (
      <div className="lp-carousel" role="group" aria-label={t('flex.carousel', { count: bubbles.length })}>
        {bubbles.map((bubble, i) => (
          <FlexBubble key={i} bubble={bubble} inCarousel />
        ))}
      </div>
    );
  }
  return <FlexBubble bubble={node} />;
}

/**
 * A bubble at its size's width (mega 300px…; never wider than the chat), with LINE's corner
 * radius; header, hero, body and footer in that order, each with its block style (background,
 * a separator line above it). The body takes the height left over, so the bubbles of a carousel
 * end level, as LINE draws them.
 */
export function FlexBubble({ bubble, inCarousel = false }: { bubble: FlexNode; inCarousel?: boolean }) {
  const { t } = useTranslation('testChat');
  const size = bubbleSizeOf(bubble.size);
  const frame = bubbleFrame(size);
  const styles = (bubble.styles ?? {}) as Partial<Record<Block, FlexNode>>;
  const present = blocks.filter((block) => bubble[block] && typeof bubble[block] === 'object');
  const width = bubbleWidths[size];
  const style: CSSProperties = inCarousel ? { flex: `0 0 ${width}px`, borderRadius: frame.radius } : { width, borderRadius: frame.radius };
  return (
    <div
      className={`lp-bubble lp-bubble-${size}`}
      role="group"
      aria-label={t('flex.bubble', { size })}
      data-size={size}
      dir={bubble.direction === 'rtl' ? 'rtl' : 'ltr'}
      style={style}
      title={bubble.action ? actionSummary(bubble.action) : undefined}
    >
      {present.map((block, i) => {
        const blockStyle = styles[block] ?? {};
        const separator = i > 0 && blockStyle.separator === true;
        const content = bubble[block] as FlexNode;
        return (
          <div
            key={block}
            className={`lp-block lp-${block}`}
            style={{
              backgroundColor: colorOf(blockStyle.backgroundColor),
              borderTop: separator ? `1px solid ${colorOf(blockStyle.separatorColor) ?? '#d4d6da'}` : undefined,
            }}
          >
            {content.type === 'box' ? (
              <FlexBox node={content} defaultPadding={blockPadding(frame, block, present.includes('footer'))} />
            ) : (
              <FlexComponent node={content} slot={{ layout: 'vertical', index: 0 }} />
            )}
          </div>
        );
      })}
    </div>
  );
}
