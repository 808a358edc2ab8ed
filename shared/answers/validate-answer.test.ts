import { describe, expect, it } from 'vitest';
import { matchChoice, matchRating, encodeChoicePostback, encodeRatingPostback, decodeChoicePostback } from './match-choice';
import { validateAnswer, type AnswerKind } from './validate-answer';

describe('validateAnswer', () => {
  const accepted: Array<[AnswerKind, string, string | number]> = [
    ['text', '  hello  ', 'hello'],
    ['number', '42', 42],
    ['number', '１２３', 123],
    ['number', '1,500', 1500],
    ['number', '-3.5', -3.5],
    ['email', 'Taro@Example.CO.JP', 'Taro@example.co.jp'],
    ['email', 'ｔａｒｏ@example.com', 'taro@example.com'],
    ['phone', '+81 90-1234-5678', '+819012345678'],
    ['phone', '(02) 123 4567', '021234567'],
    ['date', '2026-11-24', '2026-11-24'],
    ['date', '2026/1/5', '2026-01-05'],
    ['date', '2026年11月24日', '2026-11-24'],
    ['date', '2028-02-29', '2028-02-29'],
  ];
  it.each(accepted)('accepts a %s answer %j as %j', (kind, raw, value) => {
    expect(validateAnswer(kind, raw)).toEqual({ ok: true, value });
  });

  const refused: Array<[AnswerKind, string, string]> = [
    ['text', '   ', 'empty'],
    ['number', 'twelve', 'not a number'],
    ['number', '1.2.3', 'not a number'],
    ['email', 'taro@', 'not an email'],
    ['email', 'taro example.com', 'not an email'],
    ['email', 'a@b', 'not an email'],
    ['phone', '12345', '7 to 15 digits'],
    ['phone', 'call me', 'not a phone'],
    ['date', '2026-02-30', 'not a day of the calendar'],
    ['date', '2027-02-29', 'not a day of the calendar'],
    ['date', 'tomorrow', 'not a date'],
  ];
  it.each(refused)('refuses a %s answer %j', (kind, raw, reason) => {
    const check = validateAnswer(kind, raw);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.reason).toContain(reason);
  });

  it('applies min and max to numbers', () => {
    expect(validateAnswer('number', '0', { min: 1 })).toEqual({ ok: false, reason: 'The number must be at least 1.' });
    expect(validateAnswer('number', '11', { max: 10 })).toEqual({ ok: false, reason: 'The number must be at most 10.' });
    expect(validateAnswer('number', '10', { min: 1, max: 10 })).toEqual({ ok: true, value: 10 });
  });
});

const choices = [
  { id: 'hours', label: 'Business hours' },
  { id: 'pricing', label: 'Pricing' },
  { id: 'ja', label: '日本語' },
];

describe('matchChoice', () => {
  it('picks by the postback of this question', () => {
    expect(matchChoice('ask', choices, { postbackData: encodeChoicePostback('ask', 'pricing') })?.id).toBe('pricing');
  });
  it('accepts a postback that names no question (choice=hours)', () => {
    expect(matchChoice('ask', choices, { postbackData: 'choice=hours' })?.id).toBe('hours');
  });
  it("ignores a tap on an older question's button", () => {
    expect(matchChoice('ask', choices, { postbackData: encodeChoicePostback('other', 'hours') })).toBeUndefined();
  });
  it('picks by the label typed, ignoring case and full width', () => {
    expect(matchChoice('ask', choices, { text: 'business HOURS' })?.id).toBe('hours');
    expect(matchChoice('ask', choices, { text: 'ＰＲＩＣＩＮＧ ' })?.id).toBe('pricing');
    expect(matchChoice('ask', choices, { text: '日本語' })?.id).toBe('ja');
  });
  it('matches nothing for other text', () => {
    expect(matchChoice('ask', choices, { text: 'hours?' })).toBeUndefined();
  });
  it("round-trips postback data within LINE's 300 characters", () => {
    const data = encodeChoicePostback('n'.repeat(64), 'c'.repeat(32));
    expect(data.length).toBeLessThanOrEqual(300);
    expect(decodeChoicePostback(data)).toEqual({ nodeId: 'n'.repeat(64), choiceId: 'c'.repeat(32) });
  });
});

describe('matchRating', () => {
  it('reads a postback score for this question', () => {
    expect(matchRating('rate', 5, { postbackData: encodeRatingPostback('rate', 4) })).toBe(4);
    expect(matchRating('rate', 5, { postbackData: encodeRatingPostback('old', 4) })).toBeUndefined();
  });
  it('reads a typed number, also full width or with its label', () => {
    expect(matchRating('rate', 5, { text: '５' })).toBe(5);
    expect(matchRating('rate', 5, { text: '1 Poor' })).toBe(1);
    expect(matchRating('rate', 10, { text: '10' })).toBe(10);
  });
  it('refuses scores outside the scale', () => {
    expect(matchRating('rate', 5, { text: '6' })).toBeUndefined();
    expect(matchRating('rate', 5, { text: '0' })).toBeUndefined();
    expect(matchRating('rate', 5, { text: '45' })).toBeUndefined();
    expect(matchRating('rate', 5, { text: 'great' })).toBeUndefined();
  });
});
