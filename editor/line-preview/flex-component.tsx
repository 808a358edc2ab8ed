import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { actionSummary } from './action-summary';
import { boxStyle, itemStyle, layoutOf, type FlexNode, type FlexSlot } from './flex-item-style';
import { FlexButton, FlexIcon, FlexImage, FlexVideo } from './flex-media';
import { colorOf, flexOf, lengthOf, spaceScale } from './flex-scale';
import { FlexText } from './flex-text';
import { textOf } from './text-of';

/** One flex component in its slot of a box; a kind LINE does not know shows as a marked gap. */
export function FlexComponent({ node, slot }: { node: FlexNode; slot: FlexSlot }): ReactNode {
  const { t } = useTranslation('testChat');
  switch (node.type) {
    case 'box':
      return <FlexBox node={node} slot={slot} />;
    case 'text':
      return <FlexText node={node} slot={slot} />;
    case 'image':
      return <FlexImage node={node} slot={slot} />;
    case 'button':
      return <FlexButton node={node} slot={slot} />;
    case 'icon':
      return <FlexIcon node={node} slot={slot} />;
    case 'video':
      return <FlexVideo node={node} slot={slot} />;
    case 'separator':
      return <FlexSeparator node={node} slot={slot} />;
    case 'filler':
      // A filler takes a share of the free space in either direction (flex 1 by default).
      return <div className="lp-filler" style={{ flex: flexOf(node.flex ?? 1, 'horizontal') }} />;
    case 'spacer': {
      const size = lengthOf(node.size, spaceScale) ?? `${spaceScale.md}px`;
      return <div className="lp-spacer" style={slot.layout === 'vertical' ? { height: size } : { width: size }} />;
    }
    default:
      return (
        <div className="lp-unknown" style={itemStyle(node, slot)}>
          [{textOf(node.type, t('flex.unknownComponent'))}]
        </div>
      );
  }
}

/**
 * A box: its children in a column (vertical) or a row (horizontal, baseline), each placed by
 * LINE's rules for its slot. `defaultPadding` is what the bubble's block gives its top box.
 */
export function FlexBox({ node, slot, defaultPadding }: { node: FlexNode; slot?: FlexSlot; defaultPadding?: string }) {
  const layout = layoutOf(node.layout);
  const children = Array.isArray(node.contents) ? (node.contents as FlexNode[]).filter((c) => c && typeof c === 'object') : [];
  return (
    <div
      className={`lp-box lp-${layout}`}
      style={{ ...(slot ? itemStyle(node, slot) : {}), ...boxStyle(node, defaultPadding) }}
      title={node.action ? actionSummary(node.action) : undefined}
    >
      {children.map((child, index) => (
        <FlexComponent key={index} node={child} slot={{ layout, index, spacing: node.spacing }} />
      ))}
    </div>
  );
}

/** A 1px line across a vertical box, or down a horizontal one; LINE's grey unless `color`. */
function FlexSeparator({ node, slot }: { node: FlexNode; slot: FlexSlot }) {
  const across = slot.layout === 'vertical';
  const { marginTop, marginInlineStart } = itemStyle(node, slot);
  return (
    <div
      className={`lp-separator ${across ? 'lp-across' : 'lp-down'}`}
      role="separator"
      style={{ flex: '0 0 auto', marginTop, marginInlineStart, borderColor: colorOf(node.color) }}
    />
  );
}
