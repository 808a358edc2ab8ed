import { describe, expect, it } from 'vitest';
import type { StepData } from '../steps';
import { stepFieldOf } from './built-message';
import { builtMessageProblems } from './built-message-problems';
import { cutUtf16 } from './cut-utf16';
import { encodeLineUrl } from './encode-line-url';
import { choiceQuestion, sendMessageMessages } from './step-messages';

/** No half of a surrogate pair (String#isWellFormed, which the project's TypeScript lib does not know yet). */
const wellFormed = (text: string) => !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text);

describe('encodeLineUrl', () => {
  it('percent-encodes spaces and non-ASCII characters as UTF-8, and the host as punycode', () => {
    expect(encodeLineUrl('https://shop.example/商品 1.png')).toBe('https://shop.example/%E5%95%86%E5%93%81%201.png');
    expect(encodeLineUrl('https://例え.jp/ภาพ.png?size=ใหญ่')).toBe(
      'https://xn--r8jz45g.jp/%E0%B8%A0%E0%B8%B2%E0%B8%9E.png?size=%E0%B9%83%E0%B8%AB%E0%B8%8D%E0%B9%88',
    );
    expect(encodeLineUrl('tel:03 1234 5678')).toBe('tel:03%201234%205678');
    expect(encodeLineUrl('https://ex.com/a|b{c}')).toBe('https://ex.com/a%7Cb%7Bc%7D');
  });

  it('keeps the escapes already made (no %2520), escapes a lone %, and is the same when applied twice', () => {
    expect(encodeLineUrl('https://ex.com/a%20b/%E5%95%86.png')).toBe('https://ex.com/a%20b/%E5%95%86.png');
    expect(encodeLineUrl('https://ex.com/100%')).toBe('https://ex.com/100%25');
    for (const url of ['https://ex.com/ü ü%20', 'https://ex.com/100%', 'https://例え.jp/x y'])
      expect(encodeLineUrl(encodeLineUrl(url))).toBe(encodeLineUrl(url));
  });

  it('leaves what is no URL for the check to name', () => {
    expect(encodeLineUrl('not a url')).toBe('not a url');
    expect(encodeLineUrl('')).toBe('');
  });
});

describe('cutUtf16', () => {
  it('cuts to LINE’s length in UTF-16 units, never inside an emoji, a family or a flag', () => {
    expect(cutUtf16('short', 5)).toBe('short');
    expect(cutUtf16('ab👍👍👍', 5)).toBe('ab👍…');
    expect(cutUtf16('👨‍👩‍👧👨‍👩‍👧', 10)).toBe('👨‍👩‍👧…');
    expect(cutUtf16('🇯🇵🇯🇵🇯🇵', 6)).toBe('🇯🇵…');
    for (let max = 1; max < 12; max++) {
      const cut = cutUtf16('😀😀😀😀😀😀', max);
      expect(cut.length).toBeLessThanOrEqual(max);
      expect(wellFormed(cut)).toBe(true);
    }
  });
});

describe('the messages a step sends, with where each part comes from', () => {
  const data: StepData<'send-message'> = {
    messages: [
      { type: 'text', text: 'Hi {{contact.displayName}}' },
      { type: 'image', originalContentUrl: 'https://cdn.example/{{vars.file}}', previewImageUrl: 'https://cdn.example/p.png' },
      {
        type: 'flex',
        altText: '{{vars.alt}}',
        contents: { type: 'bubble', body: { type: 'box', layout: 'vertical', contents: [{ type: 'txt', text: 'x' }] } },
      },
    ],
    quickReplies: [{ label: 'Yes' }, { label: 'Later', postbackData: 'later' }],
  };
  const values: Record<string, string> = { '{{contact.displayName}}': 'Somchai', '{{vars.file}}': 'ใบเสร็จ 1.png', '{{vars.alt}}': '🎉'.repeat(800) };
  const render = (text: string) => text.replace(/\{\{[^}]+\}\}/g, (placeholder) => values[placeholder] ?? '');

  it('renders, encodes URLs, cuts altText safely, and puts quick replies under the last message', () => {
    const [text, image, card] = sendMessageMessages(data, render).map((b) => b.message);
    expect(text).toEqual({ type: 'text', text: 'Hi Somchai' });
    expect(image?.originalContentUrl).toBe('https://cdn.example/%E0%B9%83%E0%B8%9A%E0%B9%80%E0%B8%AA%E0%B8%A3%E0%B9%87%E0%B8%88%201.png');
    expect(String(card?.altText)).toHaveLength(1499);
    expect(wellFormed(String(card?.altText))).toBe(true);
    expect(text?.quickReply).toBeUndefined();
    expect(card?.quickReply).toEqual({
      items: [
        { type: 'action', action: { type: 'message', label: 'Yes', text: 'Yes' } },
        { type: 'action', action: { type: 'postback', label: 'Later', data: 'later', displayText: 'Later' } },
      ],
    });
  });

  it('names the option LINE would refuse, deep inside flex contents and in quick replies', () => {
    const card = sendMessageMessages(data, render)[2];
    if (!card) throw new Error('no flex message');
    expect(builtMessageProblems(card).map((p) => `${p.field}: ${p.message}`)).toEqual([
      'messages.2.contents.body.contents.0.type: is "txt", which is not a kind LINE knows here (box, button, image, video, icon, text, span, separator, filler)',
    ]);
    expect(stepFieldOf(card, '/quickReply/items/1/action/data')).toBe('quickReplies.1.postbackData');
    expect(stepFieldOf(card, '/quickReply/items/0/action/text')).toBe('quickReplies.0.label');
    expect(stepFieldOf(card, '/altText')).toBe('messages.2.altText');
  });

  it('names a choice’s label for its button, and cuts a label LINE would refuse', () => {
    const choices = {
      question: 'Pick',
      choices: [
        { id: 'a', label: 'A' },
        { id: 'b', label: '🍣'.repeat(15) },
      ],
      retry: { maxAttempts: 1, message: 'Again' },
      timeoutMinutes: 5,
    };
    const built = choiceQuestion(choices, 'n1', 'Pick', 'question');
    expect(stepFieldOf(built, '/quickReply/items/1/action/label')).toBe('choices.1.label');
    expect(stepFieldOf(built, '/text')).toBe('question');
    expect(builtMessageProblems(built)).toEqual([]);
    const items = (built.message.quickReply as { items: { action: { label: string } }[] }).items;
    expect(items[1]?.action.label).toBe(`${'🍣'.repeat(9)}…`);
  });
});
