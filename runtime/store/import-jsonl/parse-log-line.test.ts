import { describe, expect, it } from 'vitest';
import { parseLogLine } from './parse-log-line';

const put = (doc: Record<string, unknown>) => JSON.stringify({ p: doc });

describe('parseLogLine', () => {
  it('reads a put and a delete', () => {
    expect(parseLogLine(put({ id: 'a', n: 1 }))).toStrictEqual({ entries: [{ kind: 'put', id: 'a', doc: { id: 'a', n: 1 } }], unparsed: 0 });
    expect(parseLogLine('{"d":"a"}')).toStrictEqual({ entries: [{ kind: 'delete', id: 'a' }], unparsed: 0 });
  });

  it('skips a torn write', () => {
    expect(parseLogLine('{"p":{"id":"a","te')).toStrictEqual({ entries: [], unparsed: 1 });
  });

  it('keeps both writes when a write lost only its newline', () => {
    const { entries, unparsed } = parseLogLine(`${put({ id: 'a' })}{"d":"b"}${put({ id: 'c' })}`);
    expect(entries.map((e) => `${e.kind} ${e.id}`)).toEqual(['put a', 'delete b', 'put c']);
    expect(unparsed).toBe(0);
  });

  it('keeps the whole writes after a torn one, even when documents hold {"p": themselves', () => {
    const nested = { id: 'b', vars: { p: { id: 'inner' }, d: 'x' }, list: [{ p: 1 }] };
    const { entries, unparsed } = parseLogLine(`{"p":{"id":"a","vars":{"p":{"id":"z","t":"途${put(nested)}{"d":"c"}`);
    expect(entries).toStrictEqual([
      { kind: 'put', id: 'b', doc: nested },
      { kind: 'delete', id: 'c' },
    ]);
    expect(unparsed).toBe(1);
  });

  it('counts a line that is not a write at all as skipped', () => {
    expect(parseLogLine('null')).toStrictEqual({ entries: [], unparsed: 1 });
    expect(parseLogLine('{"p":{"no":"id"}}')).toStrictEqual({ entries: [], unparsed: 1 });
  });
});
