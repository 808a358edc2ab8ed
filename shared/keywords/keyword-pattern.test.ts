import { afterEach, describe, expect, it } from 'vitest';
import { compileKeywordPattern, keywordPatternProblem, matchesKeywordPattern, onUnrunnableKeywordPattern } from './keyword-pattern';
import { matchKeyword } from './match-keyword';

/** Median of `runs` timings of `work`, in ms: one slow run (a GC pause) does not fail the test. */
function medianMs(work: () => unknown, runs = 20): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
}

function randomText(length: number, alphabet: string): string {
  let text = '';
  for (let i = 0; i < length; i++) text += alphabet[Math.floor(Math.random() * alphabet.length)];
  return text;
}

afterEach(() => onUnrunnableKeywordPattern(null));

describe('regex keywords cannot hang the server', () => {
  it('answers ^(a+)+$ against 30 a and ! in well under 10 ms (JavaScript RegExp took 6.6 s)', () => {
    const text = `${'a'.repeat(30)}!`;
    expect(matchKeyword(text, ['^(a+)+$'], 'regex')).toBe(false);
    expect(medianMs(() => matchKeyword(text, ['^(a+)+$'], 'regex'))).toBeLessThan(10);
  });

  it.each([
    ['(a|aa)+$', `${'a'.repeat(40)}!`],
    ['(.*a){20}', 'a'.repeat(19) + 'b'.repeat(30)],
    ['(a|a?)+$', `${'a'.repeat(40)}!`],
    ['^(([a-z])+.)+[A-Z]([a-z])+$', `${'a'.repeat(40)}!`],
    ['(\\s*\\w+\\s*)*!$', `${'word '.repeat(40)}?`],
    ['^([a-zA-Z0-9])(([\\-.]|[_]+)?([a-zA-Z0-9]+))*(@){1}[a-z0-9]+[.]{1}(([a-z]{2,3})|([a-z]{2,3}[.]{1}[a-z]{2,3}))$', `${'a'.repeat(60)}!`],
  ])('the classic ReDoS pattern %s answers fast on its evil input', (pattern, text) => {
    expect(keywordPatternProblem(pattern)).toBeNull();
    matchKeyword(text, [pattern], 'regex');
    expect(medianMs(() => matchKeyword(text, [pattern], 'regex'))).toBeLessThan(10);
  });

  it('a full keyword set of ReDoS and everyday patterns against 5,000-character texts stays under 10 ms', () => {
    const patterns = [
      ...['^(a+)+$', '(a|aa)+$', '(.*a){20}', '(a|a?)+$', '([a-z]+)*$', '(\\w+\\s?)*$', '^(\\d+)+$', '(.*,){12}P', '((ab)*)+$', '(a*)*$'],
      ...['(x+x+)+y', '^(\\w+\\s?)+$', '(\\s*\\w+\\s*)*!$', '^order #\\d{4}$', '(予約|よやく|reserve)', '^\\s*(menu|メニュー)\\s*$', '\\b(price|価格|ราคา)\\b'],
      ...[
        '^[0-9]{3}-[0-9]{4}$',
        '[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,10}',
        '^(?:order|注文)\\s*#?\\s*(\\d{4,8})$',
        '(.*a){40}$',
        '^(([a-z])+.)+[A-Z]([a-z])+$',
      ],
    ];
    const keywords = Array.from({ length: 50 }, (_, i) => patterns[i % patterns.length] + (i >= patterns.length ? `|never${i}` : ''));
    const texts = [
      `${'a'.repeat(4999)}!`,
      ('a'.repeat(30) + '!').repeat(161).slice(0, 5000),
      randomText(5000, 'abcdefghijklmnopqrstuvwxyz0123456789 .@-_,!'),
      'こんにちは世界、予約したいです'.repeat(334).slice(0, 5000),
      'ａ'.repeat(5000),
    ];
    for (const text of texts) {
      matchKeyword(text, keywords, 'regex');
      expect(medianMs(() => matchKeyword(text, keywords, 'regex'), 9)).toBeLessThan(10);
    }
  });

  it('even a pattern built against RE2 grows linearly with the text, not exponentially', () => {
    // The DFA's worst case: every position opens a new state. RE2 then costs time × program size,
    // which the complexity cap bounds; this measures that the bound holds and scales linearly.
    const pattern = '[ab]*a[ab]{100}$';
    expect(keywordPatternProblem(pattern)).toBeNull();
    const shorts = Array.from({ length: 5 }, () => randomText(2500, 'ab'));
    const longs = Array.from({ length: 5 }, () => randomText(5000, 'ab'));
    const short = medianMs(() => matchesKeywordPattern(shorts.pop() ?? '', pattern), 5);
    const long = medianMs(() => matchesKeywordPattern(longs.pop() ?? '', pattern), 5);
    // Twice the text, about twice the time (a backtracking engine would square it or worse); generous for a loaded machine.
    expect(long).toBeLessThan(1000);
    expect(long).toBeLessThan(Math.max(short, 20) * 6);
  });
});

describe('patterns RE2 cannot run are refused by name', () => {
  it.each([
    ['^(?=.*menu)', 'a lookahead `(?=…)`'],
    ['^(?!menu)', 'a negative lookahead `(?!…)`'],
    ['(?<=order )\\d+', 'a lookbehind `(?<=…)`'],
    ['(?<!no )menu', 'a negative lookbehind `(?<!…)`'],
    ['(a)\\1', 'a backreference'],
    ['(?<word>a)\\k<word>', 'a named backreference'],
  ])('%s uses %s', (pattern, construct) => {
    const problem = keywordPatternProblem(pattern);
    expect(problem).toContain(`uses ${construct}`);
    expect(problem).toContain('which LineFlow does not run (it could hang the server)');
  });

  it('a lookahead written inside a character class is three plain characters', () => {
    expect(keywordPatternProblem('[(?=]')).toBeNull();
    expect(matchesKeywordPattern('a=b', '[(?=]')).toBe(true);
  });

  it('a pattern that does not parse, or compiles too large, says so', () => {
    expect(keywordPatternProblem('menu(')).toBe('is not a valid regular expression: missing closing ): `menu(`');
    expect(keywordPatternProblem('(.*){1,1000}')).toMatch(/^is not a valid regular expression: invalid repeat count|^is too complex/);
    expect(keywordPatternProblem('[ab]*a[ab]{900}$')).toMatch(/^is too complex for a keyword pattern \(it compiles to \d+ steps, at most 400\)/);
  });

  it('a stored pattern that cannot run matches nothing, never throws, and is reported once', () => {
    const reports: string[] = [];
    onUnrunnableKeywordPattern((pattern, reason) => reports.push(`${pattern}: ${reason}`));
    for (let i = 0; i < 3; i++) expect(matchKeyword('menu please', ['(?=menu)menu'], 'regex')).toBe(false);
    expect(matchKeyword('menu', ['(?=menu)menu', '^menu$'], 'regex')).toBe(true);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toContain('lookahead');
  });
});

describe('JavaScript syntax admins know keeps working', () => {
  it.each([
    ['^order #\\d{4}$', 'Order #１２３４', true],
    ['\\u00e9cole', 'ÉCOLE', true],
    ['\\u{1F600}', 'hi 😀', true],
    ['(?<num>\\d+)', 'no 42', true],
    ['^メニュー$', 'ﾒﾆｭｰ', true],
    ['\\bprice\\b', 'the PRICE?', true],
    ['\\/help', '/help', true],
    ['^a.c$', 'a\nc', false],
    ['^.+$', 'lone \ud800 surrogate', true],
  ])('%s on %j is %s', (pattern, text, expected) => {
    expect(compileKeywordPattern(pattern)).not.toHaveProperty('error');
    expect(matchesKeywordPattern(text, pattern)).toBe(expected);
  });
});
