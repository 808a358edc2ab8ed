import { describe, expect, it } from 'vitest';
import { sampleActions, sampleBubble, sampleMessages } from '../testing/line-samples';
import { describeLineProblem, lineProperty } from './line-problem';
import { lineRequestProblems } from './line-request-schema';

const flex = (contents: unknown) => ({ type: 'flex', altText: 'a', contents });
const bubbleWith = (component: Record<string, unknown>) => flex({ type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [component] } });
/** The problems of a one-message push, each as "property message". */
const refused = (message: unknown) => lineRequestProblems('push', { to: 'U1', messages: [message] }).map(describeLineProblem);

describe("LINE's request schemas (vendored OpenAPI + LINE's unwritten limits)", () => {
  it.each(Object.entries(sampleMessages))('takes a valid %s message, alone and in reply and push bodies', (_kind, message) => {
    expect(lineRequestProblems('message', message)).toEqual([]);
    expect(lineRequestProblems('reply', { replyToken: 'r', messages: [message] })).toEqual([]);
    expect(lineRequestProblems('push', { to: 'U1', messages: [message], notificationDisabled: true })).toEqual([]);
  });

  it('takes every action type and a quick reply of 13 items', () => {
    for (const action of Object.values(sampleActions)) expect(lineRequestProblems('action', action)).toEqual([]);
    const items = Array.from({ length: 13 }, (_, i) => ({ type: 'action', action: { type: 'message', label: `#${i}`, text: `${i}` } }));
    expect(lineRequestProblems('quickReply', { items })).toEqual([]);
  });

  it('names a flex typo by its path: unknown component, bad style, size and keyword values', () => {
    expect(refused(bubbleWith({ type: 'bx', layout: 'vertical', contents: [] }))).toEqual([
      'messages[0].contents.body.contents[0].type is "bx", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
    ]);
    expect(refused(bubbleWith({ type: 'button', style: 'primray', action: sampleActions.message }))).toEqual([
      'messages[0].contents.body.contents[0].style must be one of primary, secondary, link (it is "primray")',
    ]);
    expect(refused(bubbleWith({ type: 'text', text: 'hi', size: 'Large' }))[0]).toMatch(
      /^messages\[0\]\.contents\.body\.contents\[0\]\.size must be one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, or pixels like 12px \(it is "Large"\)$/,
    );
    expect(refused(bubbleWith({ type: 'text', text: 'hi', margin: 'big', color: 'red' }))).toEqual([
      'messages[0].contents.body.contents[0].color must be a color like #1DB446 or #1DB44680 (it is "red")',
      'messages[0].contents.body.contents[0].margin must be one of none, xs, sm, md, lg, xl, xxl, or pixels like 12px (it is "big")',
    ]);
    expect(refused(bubbleWith({ type: 'text' }))).toEqual(['messages[0].contents.body.contents[0].text is required']);
    expect(refused(flex({ type: 'bubble', size: 'huge' }))).toEqual([
      'messages[0].contents.size must be one of nano, micro, deca, hecto, kilo, mega, giga (it is "huge")',
    ]);
    expect(refused(flex({ type: 'carousel', contents: [{ type: 'box', layout: 'vertical', contents: [] }] }))).toEqual([
      'messages[0].contents.contents[0].type is "box", which is not a kind LINE knows here (bubble)',
    ]);
  });

  it('refuses unknown kinds of messages, templates and actions, and missing required fields', () => {
    expect(refused({ type: 'txt', text: 'hi' })[0]).toMatch(/^messages\[0\]\.type is "txt", which is not a kind LINE knows here \(text, textV2, sticker/);
    expect(refused({ type: 'flex', contents: sampleBubble })).toEqual(['messages[0].altText is required']);
    expect(refused({ type: 'template', altText: 'a', template: { type: 'list', text: 'x' } })[0]).toMatch(/template\.type is "list"/);
    expect(refused({ type: 'template', altText: 'a', template: { type: 'confirm', text: 'Sure?', actions: [sampleActions.message] } })).toEqual([
      'messages[0].template.actions must have at least 2 items',
    ]);
    expect(lineRequestProblems('action', { type: 'postbak', label: 'x', data: 'y' }).map(describeLineProblem)[0]).toMatch(/^type is "postbak"/);
    expect(lineRequestProblems('action', { type: 'uri', label: 'x' }).map(describeLineProblem)).toEqual(['uri is required']);
  });

  it("counts lengths in UTF-16 units, as LINE does: 11 emoji are 22 of a label's 20", () => {
    const item = (label: string) => ({ type: 'action', action: { type: 'message', label, text: 'ok' } });
    expect(lineRequestProblems('quickReply', { items: [item('👍'.repeat(10))] })).toEqual([]);
    expect(lineRequestProblems('quickReply', { items: [item('👍'.repeat(11))] }).map(describeLineProblem)).toEqual([
      'items[0].action.label is 22 UTF-16 units long; LINE allows at most 20',
    ]);
    expect(refused({ type: 'text', text: '😀'.repeat(2500) })).toEqual([]);
    expect(refused({ type: 'text', text: `${'😀'.repeat(2500)}!` })).toEqual(['messages[0].text is 5001 UTF-16 units long; LINE allows at most 5000']);
  });

  it('applies the limits LINE enforces beyond its schema', () => {
    expect(refused({ type: 'text', text: '' })).toEqual(['messages[0].text must not be empty']);
    expect(refused({ type: 'text', text: '  \n ' })).toEqual(['messages[0].text must not be blank (it is "  \\n ")']);
    expect(refused({ ...sampleMessages.flexBubble, altText: 'x'.repeat(1501) })).toEqual([
      'messages[0].altText is 1501 UTF-16 units long; LINE allows at most 1500',
    ]);
    const items = Array.from({ length: 14 }, () => ({ type: 'action', action: sampleActions.camera }));
    expect(refused({ type: 'text', text: 'hi', quickReply: { items } })).toEqual(['messages[0].quickReply.items has 14 items; LINE allows at most 13']);
    expect(lineRequestProblems('action', { ...sampleActions.postback, data: 'd'.repeat(301) }).map(describeLineProblem)).toEqual([
      'data is 301 UTF-16 units long; LINE allows at most 300',
    ]);
    const six = Array.from({ length: 6 }, () => sampleMessages.text);
    expect(lineRequestProblems('reply', { replyToken: 'r', messages: six }).map(describeLineProblem)).toEqual(['messages has 6 items; LINE allows at most 5']);
    expect(lineRequestProblems('reply', { messages: [] }).map(describeLineProblem)).toEqual(['replyToken is required', 'messages must have at least 1 item']);
  });

  it('measures flex sizes: a bubble over 30 KB, a carousel over 12 bubbles or 50 KB', () => {
    const big = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(31_000) }] } };
    expect(refused(flex(big))).toEqual(['messages[0].contents is 31.1 KB of JSON; LINE allows a bubble at most 30.0 KB']);
    const thirteen = Array.from({ length: 13 }, () => ({ type: 'bubble' }));
    expect(refused(flex({ type: 'carousel', contents: thirteen }))).toEqual(['messages[0].contents.contents has 13 items; LINE allows at most 12']);
    const half = { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'text', text: 'x'.repeat(20_000) }] } };
    expect(refused(flex({ type: 'carousel', contents: [half, half, half] }))).toEqual([
      'messages[0].contents is 60.3 KB of JSON; LINE allows a carousel at most 50.0 KB',
    ]);
  });

  it('takes only https media and encoded URLs', () => {
    const image = (url: string) => ({ type: 'image', originalContentUrl: url, previewImageUrl: 'https://example.com/p.jpg' });
    expect(refused(image('https://example.com/%E5%95%86%E5%93%81%201.png'))).toEqual([]);
    expect(refused(image('http://example.com/a.png'))[0]).toMatch(/^messages\[0\]\.originalContentUrl must be an https:\/\/ URL/);
    expect(refused(image('https://example.com/商品 1.png'))[0]).toMatch(/percent-encoded \(it is "https:\/\/example.com\/商品 1.png"\)$/);
    expect(refused(image(`https://example.com/${'a'.repeat(2000)}`))[0]).toMatch(/at most 2000 characters/);
    expect(lineRequestProblems('action', { type: 'uri', label: 'Call', uri: 'tel:0312345678' })).toEqual([]);
    expect(lineRequestProblems('action', { type: 'uri', label: 'Go', uri: 'javascript:alert(1)' })).toHaveLength(1);
  });

  it('names properties the way LINE does in its error answers', () => {
    expect(lineProperty('/messages/0/contents/contents/2/body/contents/1/size')).toBe('messages[0].contents.contents[2].body.contents[1].size');
    expect(lineProperty('')).toBe('');
  });
});
