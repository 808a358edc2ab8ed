import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { sampleMessages } from '../../shared/testing/line-samples';
import { i18n } from '../i18n/i18n';
import { LineMessagePreview, QuickReplyChips } from './line-message-preview';
import { formatDuration } from './media-messages';
import { StepMessagesPreview } from './step-messages-preview';

// The English texts below; the machine's own language must not change them.
beforeAll(() => i18n.changeLanguage('en'));

const html = (message: Record<string, unknown>) => renderToStaticMarkup(<LineMessagePreview message={message} />);

describe('a LINE message drawn as LINE draws it', () => {
  it('lays a flex bubble out as a bubble of its size: blocks, bold text, spans, buttons by style, hero image', () => {
    const out = html(sampleMessages.flexBubble);
    expect(out).toContain('class="lp-bubble lp-bubble-mega" role="group" aria-label="Bubble (mega)" data-size="mega"');
    expect(out).toMatch(/data-size="mega" dir="ltr" style="width:300px;border-radius:17px"/);
    expect(out).toContain('<div class="lp-block lp-header" style="background-color:#00B900">');
    // The title: xl (22px), bold, white.
    expect(out).toMatch(/class="lp-text" style="flex:0 0 auto;font-size:22px;color:#FFFFFF;font-weight:700"><p>Brown Cafe<\/p>/);
    expect(out).toContain('<span style="font-weight:700">Open </span><span style="font-size:14px;text-decoration:underline">10:00 - 23:00</span>');
    expect(out).toContain('style="width:100%;aspect-ratio:1 / 0.65"');
    expect(out).toContain('<button type="button" class="lp-button-link lp-button-sm" title="Opens https://example.com/menu"><span>Menu</span></button>');
    // The footer's separator line above it, in the colour asked.
    expect(out).toContain('border-top:1px solid #DDDDDDFF');
  });

  it('shows flex contents that are no bubble or carousel yet (mid-edit) as the alt text, not an empty card', () => {
    const out = html({ type: 'flex', altText: 'Our menu', contents: '{ "type": "bub' });
    expect(out).toBe('<div class="bubble-text">Our menu</div>');
  });

  it('scrolls a carousel of bubbles, each at its own size', () => {
    const out = html(sampleMessages.flexCarousel);
    expect(out).toContain('aria-label="Carousel of 2 bubbles"');
    expect(out).toContain('style="flex:0 0 300px;border-radius:17px"');
    expect(out).toContain('style="flex:0 0 260px;border-radius:10px"');
  });

  it("shows a sticker as LINE's picture of it, an imagemap at 1040 with its areas, and templates' actions as buttons", () => {
    expect(html(sampleMessages.sticker)).toContain(
      'src="https://stickershop.line-scdn.net/stickershop/v1/sticker/1988/android/sticker.png" alt="Sticker 446/1988"',
    );
    const map = html(sampleMessages.imagemap);
    expect(map).toContain('src="https://example.com/bot/images/rm001/1040"');
    expect(map).toContain('style="left:50%;top:56.34615384615385%;width:50%;height:43.65384615384615%" title="Sends “Hello”" aria-label="Hello"');
    const confirm = html(sampleMessages.confirm);
    expect(confirm.match(/<button type="button" class="lp-template-action"/g)).toHaveLength(2);
    expect(confirm).toContain('class="lp-confirm-actions"');
    const buttons = html(sampleMessages.buttons);
    expect(buttons).toContain('<strong class="lp-template-title">Menu</strong>');
    expect(buttons).toContain('style="aspect-ratio:1.51 / 1;background-color:#ffffff"');
    expect(buttons.match(/lp-template-action/g)).toHaveLength(3);
    expect(html(sampleMessages.imageCarousel)).toContain('<span class="lp-image-column-label">Select date</span>');
  });

  it('keeps text readable: LINE emoji for the $ they name, other $ as dollars', () => {
    const out = html({
      type: 'text',
      text: '$ Sale $5 $',
      emojis: [
        { index: 0, productId: 'p1', emojiId: '001' },
        { index: 10, productId: 'p1', emojiId: '002' },
      ],
    });
    expect(out).toContain('src="https://stickershop.line-scdn.net/sticonshop/v1/sticon/p1/android/001.png"');
    expect(out).toContain('/002.png');
    expect(out).toContain(' Sale $5 ');
  });

  it('shows video with a play button, audio with its length, and a location with a map link', () => {
    expect(html(sampleMessages.video)).toContain('class="lp-play"');
    expect(html(sampleMessages.audio)).toContain('>1:00</span>');
    expect(formatDuration(61_499)).toBe('1:01');
    expect(formatDuration(undefined)).toBe('0:00');
    const location = html(sampleMessages.location);
    expect(location).toContain('<strong>my location</strong><span>1-3 Kioicho, Chiyoda-ku, Tokyo</span>');
    expect(location).toContain('href="https://www.openstreetmap.org/?mlat=35.67966&amp;mlon=139.73669');
  });

  it('lines quick replies up as chips with their labels', () => {
    const out = renderToStaticMarkup(<QuickReplyChips quickReply={(sampleMessages.withQuickReply as { quickReply: unknown }).quickReply} />);
    expect(out.match(/class="lp-quick-reply"/g)).toHaveLength(8);
    expect(out).toContain('title="Copies “3B48740B”"><img src="https://example.com/sushi.png" alt=""/>Copy</button>');
  });
});

describe("the inspector's preview of a step's messages", () => {
  it('builds them as the runtime does, placeholders as written, quick replies under the last', () => {
    const data = {
      messages: [
        { type: 'text', text: 'Hi {{contact.displayName}}' },
        { type: 'sticker', packageId: '446', stickerId: '1988' },
      ],
      quickReplies: [{ label: 'Yes' }, { label: 'Later', postbackData: 'later' }],
    };
    const out = renderToStaticMarkup(<StepMessagesPreview node={{ id: 'n1', type: 'send-message', data }} />);
    expect(out).toContain('<div class="bubble-text lp-text-message">Hi {{contact.displayName}}</div>');
    expect(out).toContain('/sticker/1988/android/sticker.png');
    expect(out).toContain('title="Postback later, shows “Later”">Later</button>');
  });

  it('shows the retry message apart, and nothing for a step that sends nothing', () => {
    const data = { question: 'Your order number?', retry: { maxAttempts: 2, message: 'Please type the number again.' }, timeoutMinutes: 5 };
    const out = renderToStaticMarkup(<StepMessagesPreview node={{ id: 'n2', type: 'ask-question', data }} />);
    expect(out).toContain('What the customer gets');
    expect(out).toContain('If the answer is not valid (retry)');
    expect(out).toContain('Please type the number again.');
    expect(renderToStaticMarkup(<StepMessagesPreview node={{ id: 'n3', type: 'wait', data: { minutes: 5 } }} />)).toBe('');
  });
});
