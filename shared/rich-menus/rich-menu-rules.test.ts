import { describe, expect, it } from 'vitest';
import { imageDimensions } from './image-dimensions';
import { richMenuTemplates } from './rich-menu-limits';
import { cleanRichMenuAction, richMenuImageProblems, richMenuProblems, sizeProblems, type RichMenuDefinition } from './rich-menu-rules';

const menu = (fields: Partial<RichMenuDefinition> = {}): RichMenuDefinition => ({
  name: 'Main',
  size: { width: 2500, height: 843 },
  chatBarText: 'Menu',
  selected: false,
  areas: [{ bounds: { x: 0, y: 0, width: 1250, height: 843 }, action: { type: 'message', text: 'hours' } }],
  ...fields,
});

describe("LINE's rich menu rules", () => {
  it('takes every template size LINE offers, and the edges of its ranges', () => {
    for (const { width, height } of richMenuTemplates) expect(sizeProblems({ width, height }, 'size')).toEqual([]);
    expect(sizeProblems({ width: 800, height: 250 }, 'size')).toEqual([]);
    expect(sizeProblems({ width: 2500, height: 1724 }, 'size')).toEqual([]); // 1.4501
    expect(sizeProblems({ width: 2500, height: 1725 }, 'size').map((p) => p.field)).toEqual(['size.height']); // 1.449
    expect(sizeProblems({ width: 799, height: 270 }, 'size').map((p) => p.field)).toEqual(['size.width']);
    expect(sizeProblems({ width: 2501, height: 843 }, 'size').map((p) => p.field)).toEqual(['size.width']);
    expect(sizeProblems({ width: 1000, height: 249 }, 'size').map((p) => p.field)).toEqual(['size.height']);
  });

  it('counts the chat bar text in UTF-16 units, as LINE does', () => {
    expect(richMenuProblems(menu({ chatBarText: 'メニューを開いてください。' }))).toEqual([]); // 13
    expect(richMenuProblems(menu({ chatBarText: '🍣🍣🍣🍣🍣🍣🍣🍣' })).map((p) => p.field)).toEqual(['chatBarText']); // 16 units
    expect(richMenuProblems(menu({ chatBarText: ' ' })).map((p) => p.field)).toEqual(['chatBarText']);
  });

  it('names each area’s broken field', () => {
    const problems = richMenuProblems(
      menu({
        areas: [
          { bounds: { x: 2000, y: 0, width: 600, height: 843 }, action: { type: 'postback', data: 'x'.repeat(301) } },
          { bounds: { x: 0, y: -1, width: 0, height: 10 }, action: { type: 'uri', uri: 'javascript:alert(1)' } },
          { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'richmenuswitch', richMenuAliasId: 'Next Menu', data: 'switch' } },
          { bounds: { x: 0, y: 0, width: 10, height: 10 }, action: { type: 'message', text: 'hi', label: 'A label far longer than twenty' } },
        ],
      }),
    );
    expect(problems.map((p) => p.field)).toEqual([
      'areas.0.bounds.width',
      'areas.0.action.data',
      'areas.1.bounds.y',
      'areas.1.bounds.width',
      'areas.1.action.uri',
      'areas.2.action.richMenuAliasId',
      'areas.3.action.label',
    ]);
    expect(problems[0]?.message).toBe("Area 1 ends at x 2600, past the menu's width 2500");
  });

  it('wants an image of PNG or JPEG, at most 1 MB, the menu’s own size', () => {
    const size = { width: 1200, height: 405 };
    expect(richMenuImageProblems({ contentType: 'image/png', bytes: 1024 * 1024, width: 1200, height: 405 }, size)).toEqual([]);
    const wrong = richMenuImageProblems({ contentType: 'image/gif', bytes: 1024 * 1024 + 1, width: 800, height: 270 }, size);
    expect(wrong.map((p) => p.message)).toEqual([
      'The image is image/gif; LINE takes PNG or JPEG',
      'The image is 1.00 MB; LINE takes at most 1 MB',
      'The image is 800 × 270 px but the menu is 1200 × 405: they must be the same',
    ]);
  });

  it('keeps only the fields of an action’s type', () => {
    const leftOver = { type: 'message', text: 'hi', data: 'from before', label: '' } as never;
    expect(cleanRichMenuAction(leftOver)).toEqual({ type: 'message', text: 'hi' });
  });
});

describe('image dimensions', () => {
  it('reads a PNG’s size from its header and a JPEG’s from its frame, and nothing else', () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0x09, 0xc4, 0, 0, 0x03, 0x4b]);
    expect(imageDimensions(png)).toEqual({ contentType: 'image/png', width: 2500, height: 843 });
    // SOI, an APP0 segment of 4 bytes, then a progressive frame (C2) of 1200 × 405.
    const jpeg = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 4, 0, 0, 0xff, 0xc2, 0, 11, 8, 0x01, 0x95, 0x04, 0xb0, 3, 1, 0x22, 0]);
    expect(imageDimensions(jpeg)).toEqual({ contentType: 'image/jpeg', width: 1200, height: 405 });
    expect(imageDimensions(new TextEncoder().encode('GIF89a……'))).toBeNull();
    expect(imageDimensions(png.subarray(0, 20))).toBeNull();
  });
});
