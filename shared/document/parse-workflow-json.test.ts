import { describe, expect, it } from 'vitest';
import { parseWorkflowJson } from './parse-workflow-json';

describe('parseWorkflowJson', () => {
  it('parses valid JSON', () => {
    expect(parseWorkflowJson('{"a": [1, 2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });
  it.each([
    ['{\n  "name": "x",\n  "nodes": [1, 2,]\n}', 3, 18, 'expected a value'],
    ['{\n  "name": "x"\n  "id": "y"\n}', 3, 3, 'expected "," between items'],
    ['{\n  // a comment\n  "a": 1\n}', 2, 3, 'comments are not allowed'],
    ["{'a': 1}", 1, 2, 'unexpected character'],
    ['{"a": 1', 1, 8, 'expected "}" to close the object'],
    ['{"a": 1} x', 1, 10, 'unexpected character'],
  ])('locates the mistake in %j', (text, line, column, what) => {
    const result = parseWorkflowJson(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect([result.line, result.column]).toEqual([line, column]);
    expect(result.message).toContain(`line ${line}, column ${column}: ${what}`);
  });
});
