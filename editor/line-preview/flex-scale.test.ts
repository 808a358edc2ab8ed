import { describe, expect, it } from 'vitest';
import { boxStyle, gradientOf, itemStyle } from './flex-item-style';
import { aspectRatioOf, blockPadding, bubbleFrame, bubbleSizeOf, bubbleWidths, colorOf, flexOf, lengthOf, pixelsOf, spaceScale, textScale } from './flex-scale';

describe("LINE's flex scales", () => {
  it('turns spacing, margin and padding keywords into LINE’s pixels, and keeps px and % as given', () => {
    expect(['none', 'xs', 'sm', 'md', 'lg', 'xl', 'xxl'].map((k) => lengthOf(k, spaceScale))).toEqual(['0px', '2px', '4px', '8px', '12px', '16px', '20px']);
    expect(lengthOf('13px', spaceScale)).toBe('13px');
    expect(lengthOf('40%', spaceScale)).toBe('40%');
    // Not LINE's: the preview keeps LINE's default rather than guess.
    expect(lengthOf('huge', spaceScale)).toBeUndefined();
    expect(lengthOf('12em', spaceScale)).toBeUndefined();
    expect(lengthOf(12, spaceScale)).toBeUndefined();
  });

  it('sizes text from xxs 11px to 5xl 74px, and takes a text size in px but not in %', () => {
    expect(Object.keys(textScale).map((k) => pixelsOf(k, textScale))).toEqual([11, 13, 14, 16, 19, 22, 29, 35, 48, 74]);
    expect(pixelsOf('18px', textScale)).toBe(18);
    expect(pixelsOf('50%', textScale)).toBeUndefined();
  });

  it('gives each bubble size its width and frame; an unknown size is mega', () => {
    expect(bubbleWidths).toEqual({ nano: 120, micro: 160, deca: 220, hecto: 241, kilo: 260, mega: 300, giga: 500 });
    expect(bubbleSizeOf('kilo')).toBe('kilo');
    expect(bubbleSizeOf('huge')).toBe('mega');
    expect(bubbleSizeOf(undefined)).toBe('mega');
    expect(bubbleFrame('mega').radius).toBe(17);
    expect(bubbleFrame('nano').radius).toBe(10);
    expect(blockPadding(bubbleFrame('mega'), 'body', false)).toBe('19px 20px 20px');
    expect(blockPadding(bubbleFrame('mega'), 'body', true)).toBe('19px 20px 10px');
    expect(blockPadding(bubbleFrame('kilo'), 'header', true)).toBe('13px 13px 13px');
    expect(blockPadding(bubbleFrame('kilo'), 'footer', true)).toBe('10px');
    expect(blockPadding(bubbleFrame('giga'), 'hero', false)).toBe('0px');
  });

  it('reads aspect ratios and colours as LINE writes them', () => {
    expect(aspectRatioOf('20:13')).toBeCloseTo(0.65);
    expect(aspectRatioOf('1.51:1')).toBeCloseTo(1 / 1.51);
    expect(aspectRatioOf('0:1')).toBeUndefined();
    expect(aspectRatioOf('16x9')).toBeUndefined();
    expect(colorOf('#00B900')).toBe('#00B900');
    expect(colorOf('#00B90080')).toBe('#00B90080');
    expect(colorOf('green')).toBeUndefined();
  });
});

describe('where a component sits in its box', () => {
  it('shares a horizontal box by flex 1 and takes its own height in a vertical one, unless flex says', () => {
    expect(flexOf(undefined, 'horizontal')).toBe('1 0 0');
    expect(flexOf(undefined, 'baseline')).toBe('1 0 0');
    expect(flexOf(undefined, 'vertical')).toBe('0 0 auto');
    expect(flexOf(0, 'horizontal')).toBe('0 0 auto');
    expect(flexOf(3, 'horizontal')).toBe('3 0 0');
    expect(flexOf(2, 'vertical')).toBe('2 0 auto');
  });

  it("puts the box's spacing before every child but the first, a child's margin over it, along the main axis", () => {
    expect(itemStyle({ type: 'text' }, { layout: 'vertical', index: 0, spacing: 'md' })).toEqual({ flex: '0 0 auto' });
    expect(itemStyle({ type: 'text' }, { layout: 'vertical', index: 1, spacing: 'md' })).toEqual({ flex: '0 0 auto', marginTop: '8px' });
    expect(itemStyle({ type: 'text', margin: 'xxl' }, { layout: 'vertical', index: 1, spacing: 'md' })).toEqual({ flex: '0 0 auto', marginTop: '20px' });
    expect(itemStyle({ type: 'text', margin: 'sm' }, { layout: 'horizontal', index: 0 })).toEqual({ flex: '1 0 0', marginInlineStart: '4px' });
  });

  it('takes an absolute component out of the flow at its offsets, and shifts a relative one', () => {
    expect(itemStyle({ position: 'absolute', offsetTop: 'md', offsetEnd: '10px', flex: 2 }, { layout: 'vertical', index: 2, spacing: 'xl' })).toEqual({
      position: 'absolute',
      top: '8px',
      insetInlineEnd: '10px',
    });
    expect(itemStyle({ offsetTop: '4px' }, { layout: 'vertical', index: 0 })).toEqual({ flex: '0 0 auto', position: 'relative', top: '4px' });
  });

  it("draws a box's padding (its own over the block's), border, corners and gradient", () => {
    expect(
      boxStyle({ layout: 'baseline', paddingAll: 'lg', paddingTop: '2px', cornerRadius: 'xl', borderWidth: 'semi-bold', borderColor: '#FF0000' }, '20px'),
    ).toEqual({
      flexDirection: 'row',
      alignItems: 'baseline',
      padding: '12px',
      paddingTop: '2px',
      borderRadius: '16px',
      borderWidth: '3px',
      borderStyle: 'solid',
      borderColor: '#FF0000',
    });
    expect(boxStyle({ layout: 'vertical', justifyContent: 'space-between', alignItems: 'center' }, '10px')).toEqual({
      flexDirection: 'column',
      alignItems: 'center',
      justifyContent: 'space-between',
      padding: '10px',
    });
    expect(gradientOf({ type: 'linearGradient', angle: '90deg', startColor: '#FFFFFF', endColor: '#EEEEEE' })).toBe('linear-gradient(90deg, #FFFFFF, #EEEEEE)');
    expect(
      gradientOf({ type: 'linearGradient', angle: '0deg', startColor: '#000000', centerColor: '#FF0000', centerPosition: '30%', endColor: '#FFFFFF' }),
    ).toBe('linear-gradient(0deg, #000000, #FF0000 30%, #FFFFFF)');
    expect(gradientOf({ type: 'radial', startColor: '#000000', endColor: '#FFFFFF' })).toBeUndefined();
  });
});
