import { describe, expect, it } from 'vitest';
import { matchKeyword, normalizeForMatch } from './match-keyword';

describe('normalizeForMatch', () => {
  it('folds full width, half-width katakana, case and spaces', () => {
    expect(normalizeForMatch('  ＭＥＮＵ　 ')).toBe('menu');
    expect(normalizeForMatch('ﾒﾆｭｰ')).toBe('メニュー');
    expect(normalizeForMatch('Opening   Hours')).toBe('opening hours');
  });
});

describe('matchKeyword', () => {
  it('exact, like LINE auto-response', () => {
    expect(matchKeyword('Menu', ['menu'], 'exact')).toBe(true);
    expect(matchKeyword('ｍｅｎｕ', ['menu'], 'exact')).toBe(true);
    expect(matchKeyword('メニュー', ['ﾒﾆｭｰ'], 'exact')).toBe(true);
    expect(matchKeyword('menu please', ['menu'], 'exact')).toBe(false);
  });
  it('contains and starts-with', () => {
    expect(matchKeyword('show me the MENU please', ['menu'], 'contains')).toBe(true);
    expect(matchKeyword('menu please', ['menu'], 'starts-with')).toBe(true);
    expect(matchKeyword('the menu', ['menu'], 'starts-with')).toBe(false);
  });
  it('any of several keywords', () => {
    expect(matchKeyword('価格', ['price', '価格', 'ราคา'], 'exact')).toBe(true);
  });
  it('regex, case-insensitive, on full-width folded text', () => {
    expect(matchKeyword('Order #１２３４', ['^order #\\d{4}$'], 'regex')).toBe(true);
    expect(matchKeyword('order #12', ['^order #\\d{4}$'], 'regex')).toBe(false);
  });
  it('a regex that does not compile matches nothing instead of throwing', () => {
    expect(matchKeyword('menu(', ['menu('], 'regex')).toBe(false);
  });
  it('a blank keyword matches nothing', () => {
    expect(matchKeyword('anything', ['  '], 'contains')).toBe(false);
  });
});
