import type { CSSProperties } from 'react';
import { borderScale, colorOf, flexOf, lengthOf, spaceScale } from './flex-scale';

/** A flex component as LINE takes it: read property by property, anything unknown ignored. */
export type FlexNode = Record<string, unknown>;

export type BoxLayout = 'vertical' | 'horizontal' | 'baseline';

/** Where a component sits: its parent box's layout and spacing, and its place among the children. */
export interface FlexSlot {
  layout: BoxLayout;
  index: number;
  spacing?: unknown;
}

export function layoutOf(value: unknown): BoxLayout {
  return value === 'horizontal' || value === 'baseline' ? value : 'vertical';
}

/**
 * How a component sits in its box, by LINE's layout rules: its share of the main axis (`flex`),
 * the space before it (its `margin`, else the box's `spacing` after the first child), and its
 * offsets (`position: absolute` takes it out of the flow, anchored to the box). Logical
 * properties, so a bubble with `direction: rtl` mirrors.
 */
export function itemStyle(node: FlexNode, slot: FlexSlot): CSSProperties {
  const offsets: CSSProperties = {
    top: lengthOf(node.offsetTop, spaceScale),
    bottom: lengthOf(node.offsetBottom, spaceScale),
    insetInlineStart: lengthOf(node.offsetStart, spaceScale),
    insetInlineEnd: lengthOf(node.offsetEnd, spaceScale),
  };
  if (node.position === 'absolute') return withoutUndefined({ position: 'absolute', ...offsets });
  const before = lengthOf(node.margin, spaceScale) ?? (slot.index > 0 ? lengthOf(slot.spacing, spaceScale) : undefined);
  const style: CSSProperties = { flex: flexOf(node.flex, slot.layout) };
  if (before) style[slot.layout === 'vertical' ? 'marginTop' : 'marginInlineStart'] = before;
  if (Object.values(offsets).some((v) => v !== undefined)) Object.assign(style, { position: 'relative' }, withoutUndefined(offsets));
  return style;
}

const justify: Record<string, string> = {
  'flex-start': 'flex-start',
  center: 'center',
  'flex-end': 'flex-end',
  'space-between': 'space-between',
  'space-around': 'space-around',
  'space-evenly': 'space-evenly',
};
const align: Record<string, string> = { 'flex-start': 'flex-start', center: 'center', 'flex-end': 'flex-end' };

/**
 * A box's own look: its direction, padding (`paddingAll`, then each side over it; `defaultPadding`
 * is what its block gives it), background (a colour or LINE's linear gradient), border, corner
 * radius and size. A baseline box lines its children up on their text's baseline.
 */
export function boxStyle(node: FlexNode, defaultPadding?: string): CSSProperties {
  const layout = layoutOf(node.layout);
  const style: CSSProperties = {
    flexDirection: layout === 'vertical' ? 'column' : 'row',
    alignItems: layout === 'baseline' ? 'baseline' : align[String(node.alignItems)],
    justifyContent: justify[String(node.justifyContent)],
    padding: lengthOf(node.paddingAll, spaceScale) ?? defaultPadding,
    paddingTop: lengthOf(node.paddingTop, spaceScale),
    paddingBottom: lengthOf(node.paddingBottom, spaceScale),
    paddingInlineStart: lengthOf(node.paddingStart, spaceScale),
    paddingInlineEnd: lengthOf(node.paddingEnd, spaceScale),
    backgroundColor: colorOf(node.backgroundColor),
    backgroundImage: gradientOf(node.background),
    borderRadius: lengthOf(node.cornerRadius, spaceScale),
    width: lengthOf(node.width, {}),
    maxWidth: lengthOf(node.maxWidth, {}),
    height: lengthOf(node.height, {}),
    maxHeight: lengthOf(node.maxHeight, {}),
  };
  const border = lengthOf(node.borderWidth, borderScale);
  if (border && border !== '0px') Object.assign(style, { borderWidth: border, borderStyle: 'solid', borderColor: colorOf(node.borderColor) ?? '#000000' });
  return withoutUndefined(style);
}

/** LINE's `{ type: 'linearGradient', angle, startColor, endColor, centerColor?, centerPosition? }` as CSS. */
export function gradientOf(value: unknown): string | undefined {
  if (!value || typeof value !== 'object') return undefined;
  const g = value as FlexNode;
  const [start, end, center] = [colorOf(g.startColor), colorOf(g.endColor), colorOf(g.centerColor)];
  if (g.type !== 'linearGradient' || !start || !end) return undefined;
  const angle = typeof g.angle === 'string' && /^-?\d+(\.\d+)?deg$/.test(g.angle) ? g.angle : '0deg';
  const middle = center ? `${center} ${typeof g.centerPosition === 'string' ? g.centerPosition : '50%'}, ` : '';
  // LINE measures 0deg as bottom-to-top like CSS does; the angle carries over as it is.
  return `linear-gradient(${angle}, ${start}, ${middle}${end})`;
}

/** React leaves undefined properties out anyway; without them, tests compare what is set. */
export function withoutUndefined<T extends object>(style: T): T {
  return Object.fromEntries(Object.entries(style).filter(([, v]) => v !== undefined)) as T;
}
