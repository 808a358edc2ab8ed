import { RE2JS } from 're2js';
import type { ProblemCode } from '../validation/problem';

/**
 * Admin-written regular expressions (regex keywords, the branch's "matches-regex") run on
 * re2js, a pure-JavaScript port of RE2: matching takes time linear in the text, whatever the
 * pattern, where JavaScript's backtracking RegExp takes seconds to centuries on `^(a+)+$`.
 * The same code runs in the editor's validation and at runtime, so what the editor accepts is
 * exactly what the server runs.
 */
export interface KeywordPattern {
  /** True when the pattern matches somewhere in the text (like `RegExp.prototype.test`). */
  test(text: string): boolean;
}

/**
 * Largest compiled program accepted (RE2 itself allows far more). Linear time still grows with
 * the program: everyday keyword patterns compile to 10–60 steps and match a 5,000-character
 * message in well under a millisecond, while a pattern built to defeat RE2's DFA
 * (`[ab]*a[ab]{390}$`) measured about 150–250 ms per 5,000 characters at this size. A
 * 300-character literal pattern (the schema's longest keyword) needs about 300.
 */
export const maxPatternProgramSize = 400;

/** How many compiled patterns are kept (each holds its DFA's cache): bounded, as every stored pattern passes here. */
const maxCachedPatterns = 500;

/** JavaScript constructs RE2 cannot run in linear time, found before RE2's own terser error. */
const unsupported: readonly { test: RegExp; name: string }[] = [
  { test: /^\(\?=/, name: 'a lookahead `(?=…)`' },
  { test: /^\(\?!/, name: 'a negative lookahead `(?!…)`' },
  { test: /^\(\?<=/, name: 'a lookbehind `(?<=…)`' },
  { test: /^\(\?<!/, name: 'a negative lookbehind `(?<!…)`' },
  { test: /^\\[1-9]/, name: 'a backreference (`\\1`…`\\9`)' },
  { test: /^\\k</, name: 'a named backreference `\\k<…>`' },
];

/** Why a pattern cannot run, in words that finish "keywords.0 …", with its code (see validation/problem.ts). */
export type PatternError = { error: string } & ProblemCode;

const cache = new Map<string, KeywordPattern | PatternError>();
const reported = new Set<string>();
let onUnrunnable: ((pattern: string, reason: string) => void) | null = null;

/**
 * Called once per process for each stored pattern that cannot run (it then matches nothing).
 * The runtime logs it; the editor's validator has already named it to the admin.
 */
export function onUnrunnableKeywordPattern(listener: ((pattern: string, reason: string) => void) | null): void {
  onUnrunnable = listener;
}

/**
 * Compiles a pattern written in JavaScript syntax (as admins know it) for RE2, case-insensitive
 * as before (RE2 folds case by Unicode's simple case folding, like the `iu` flags did), or says
 * why it cannot run, in words that finish "keywords.0 …".
 */
export function compileKeywordPattern(pattern: string): KeywordPattern | PatternError {
  const translated = toRe2Syntax(pattern);
  if ('error' in translated) return translated;
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(translated.source, RE2JS.CASE_INSENSITIVE);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const said = reason.replace(/^error parsing regexp: /, '').replace('`(?i)', '`');
    return { error: `is not a valid regular expression: ${said}`, code: 'keywords.invalidPattern', params: { reason: said } };
  }
  const size = compiled.programSize();
  if (size > maxPatternProgramSize) {
    return {
      error: `is too complex for a keyword pattern (it compiles to ${size} steps, at most ${maxPatternProgramSize}): use shorter repetitions (like {1,20}) or split it into several keywords`,
      code: 'keywords.patternTooComplex',
      params: { size, max: maxPatternProgramSize },
    };
  }
  return { test: (text) => compiled.test(text) };
}

/** The compiled pattern, from a bounded cache: compiling costs far more than matching a short message. */
export function cachedKeywordPattern(pattern: string): KeywordPattern | PatternError {
  let compiled = cache.get(pattern);
  if (compiled === undefined) {
    compiled = compileKeywordPattern(pattern);
    if (cache.size >= maxCachedPatterns) cache.delete(cache.keys().next().value as string);
    cache.set(pattern, compiled);
  }
  return compiled;
}

/** Why the pattern cannot run, or null when it can. */
export function keywordPatternProblem(pattern: string): string | null {
  return keywordPatternIssue(pattern)?.message ?? null;
}

/** Why the pattern cannot run, with its code for the editor's translation (see validation/problem.ts), or null when it can. */
export function keywordPatternIssue(pattern: string): (ProblemCode & { message: string }) | null {
  const compiled = cachedKeywordPattern(pattern);
  return 'error' in compiled ? { message: compiled.error, code: compiled.code, params: compiled.params } : null;
}

/**
 * True when the pattern matches the text (NFKC-folded, so `１２３` is `123`). A pattern that
 * cannot run matches nothing and never throws: a stored workflow must not stop on it.
 */
export function matchesKeywordPattern(text: string, pattern: string): boolean {
  return matchesAnyKeywordPattern(text, [pattern]);
}

/** True when any of the patterns matches; the text is folded once for all of them. */
export function matchesAnyKeywordPattern(text: string, patterns: readonly string[]): boolean {
  const folded = text.normalize('NFKC');
  return patterns.some((pattern) => {
    const compiled = cachedKeywordPattern(pattern);
    if ('error' in compiled) {
      reportOnce(pattern, compiled.error);
      return false;
    }
    return compiled.test(folded);
  });
}

function reportOnce(pattern: string, reason: string): void {
  if (reported.has(pattern) || reported.size >= maxCachedPatterns) return;
  reported.add(pattern);
  onUnrunnable?.(pattern, reason);
}

/**
 * Rewrites JavaScript-only escapes to RE2's (`\u00e9` and `\u{1F600}` become `\x{…}`) and
 * refuses what RE2 cannot run, naming it. Character classes are skipped over so that `[(?=]`
 * stays three literal characters.
 */
function toRe2Syntax(pattern: string): { source: string } | PatternError {
  let source = '';
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const rest = pattern.slice(i, i + 4);
    if (!inClass) {
      const found = unsupported.find((construct) => construct.test.test(rest));
      if (found) {
        return {
          error: `uses ${found.name}, which LineFlow does not run (it could hang the server): write the pattern without it, or split it into several keywords`,
          code: 'keywords.unsupportedPattern',
          params: { construct: found.name },
        };
      }
    }
    const char = pattern[i];
    if (char === '\\') {
      const unicode = /^\\u(?:\{([0-9a-fA-F]{1,6})\}|([0-9a-fA-F]{4}))/.exec(pattern.slice(i, i + 10));
      if (unicode) {
        source += `\\x{${unicode[1] ?? unicode[2]}}`;
        i += unicode[0].length - 1;
      } else {
        source += pattern.slice(i, i + 2);
        i++;
      }
      continue;
    }
    if (char === '[' && !inClass) inClass = true;
    else if (char === ']' && inClass) inClass = false;
    source += char;
  }
  return { source };
}
