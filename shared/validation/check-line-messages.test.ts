import { describe, expect, it } from 'vitest';
import { broken } from '../testing/broken-example';
import { validateWorkflow } from './validate-workflow';

/** faq-menu's send-hours step (node 3) sending `message` instead of its text. */
const sending = (message: unknown, quickReplies?: unknown) =>
  broken('faq-menu', (d) => {
    d.nodes[3].data = { messages: [message], ...(quickReplies ? { quickReplies } : {}) };
  });
const errors = (document: unknown) => validateWorkflow(document).errors.map((p) => p.message);
const card = (contents: unknown[]) => ({
  type: 'flex',
  altText: 'Opening hours',
  contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents } },
});

describe("the problems panel names what LINE would refuse in a step's fixed content", () => {
  it('a flex typo: an unknown component type, a bad style or size, a missing text', () => {
    expect(errors(sending(card([{ type: 'txt', text: 'Mon–Fri' }])))).toEqual([
      'node send-hours (Send message): options.messages.0.contents.body.contents.0.type is "txt", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
    ]);
    const button = { type: 'button', style: 'primry', action: { type: 'uri', label: 'Map', uri: 'https://example.com/map' } };
    expect(errors(sending(card([{ type: 'text', text: 'Mon–Fri', size: 'big' }, button, { type: 'text', wrap: true }])))).toEqual([
      'node send-hours (Send message): options.messages.0.contents.body.contents.0.size must be one of xxs, xs, sm, md, lg, xl, xxl, 3xl, 4xl, 5xl, or pixels like 12px (it is "big")',
      'node send-hours (Send message): options.messages.0.contents.body.contents.1.style must be one of primary, secondary, link (it is "primry")',
      'node send-hours (Send message): options.messages.0.contents.body.contents.2.text is required',
    ]);
  });

  it('bad URLs in flex, and a quick-reply label over 20 UTF-16 units', () => {
    const image = { type: 'image', url: 'http://example.com/map.png' };
    const link = { type: 'button', action: { type: 'uri', label: 'Map', uri: 'ftp://example.com/map' } };
    expect(errors(sending(card([image, link])))).toEqual([
      'node send-hours (Send message): options.messages.0.contents.body.contents.0.url must be an https:// URL of at most 2000 characters, with spaces and non-ASCII characters percent-encoded (it is "http://example.com/map.png")',
      'node send-hours (Send message): options.messages.0.contents.body.contents.1.action.uri must be an http, https, line or tel URI of at most 1000 characters, with spaces and non-ASCII characters percent-encoded (it is "ftp://example.com/map")',
    ]);
    expect(errors(sending({ type: 'text', text: 'Anything else?' }, [{ label: '👍'.repeat(11) }]))).toEqual([
      'node send-hours (Send message): options.quickReplies.0.label must be at most 20 characters (it has 22)',
    ]);
  });

  it("counts a choice label's emoji as LINE does, and names the choice", () => {
    const doc = broken('faq-menu', (d) => (d.nodes[2].data.choices[1].label = '💴'.repeat(11)));
    expect(errors(doc)).toEqual(['node ask-topic (Multiple choice): options.choices.1.label must be at most 20 characters (it has 22)']);
  });

  it('leaves what a placeholder fills in to the run, and fixed non-ASCII URLs to the encoding at send', () => {
    const image = { type: 'image', url: '{{vars.mapUrl}}', size: '{{vars.size}}' };
    const fixed = { type: 'image', url: 'https://example.com/地図 1.png' };
    const doc = broken('faq-menu', (d) => {
      d.settings.variables = [{ name: 'mapUrl' }, { name: 'size' }];
      d.nodes[3].data = { messages: [card([image, fixed])] };
    });
    expect(validateWorkflow(doc).errors).toEqual([]);
  });

  it('says a blank text once, with the step’s own words', () => {
    expect(errors(sending({ type: 'text', text: '   ' }))).toEqual([
      'node send-hours (Send message): options.messages.0.text is blank; LINE rejects an empty text message',
    ]);
  });
});
