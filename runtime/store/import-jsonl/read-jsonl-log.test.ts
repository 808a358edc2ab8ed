import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readJsonlLog } from './read-jsonl-log';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function readAll(path: string) {
  const docs = readJsonlLog(path);
  const yielded: Record<string, unknown>[] = [];
  for (let next = await docs.next(); ; next = await docs.next()) {
    if (next.done) return { yielded, counts: next.value };
    yielded.push(next.value);
  }
}

describe('readJsonlLog', () => {
  it('yields each live document once, in the order of its last write', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-jsonl-'));
    const path = join(dir, 'counters.jsonl');
    const lines = [
      '{"p":{"id":"a","value":1}}',
      '{"p":{"id":"b","value":1}}',
      '',
      '{"p":{"id":"a","value":2}}',
      '{"d":"b"}',
      '{"p":{"id":"c","value":1}}{"p":{"id":"b","value":3}}',
      '{"p":{"id":"c","value":2}',
    ];
    writeFileSync(path, lines.join('\n'));
    const { yielded, counts } = await readAll(path);
    expect(yielded).toStrictEqual([
      { id: 'a', value: 2 },
      { id: 'c', value: 1 },
      { id: 'b', value: 3 },
    ]);
    expect(counts).toStrictEqual({ lines: 6, puts: 5, deletes: 1, live: 3, skipped: 1, salvagedLines: 1 });
  });

  it('reads an empty log', async () => {
    dir = mkdtempSync(join(tmpdir(), 'lineflow-jsonl-'));
    writeFileSync(join(dir, 'runs.jsonl'), '');
    expect(await readAll(join(dir, 'runs.jsonl'))).toStrictEqual({
      yielded: [],
      counts: { lines: 0, puts: 0, deletes: 0, live: 0, skipped: 0, salvagedLines: 0 },
    });
  });
});
