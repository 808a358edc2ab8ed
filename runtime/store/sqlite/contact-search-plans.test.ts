import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { encodeCursor, type ContactQuery } from '../contact-search';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';
import { contactPageSql } from './sqlite-contact-search';

const cursor = encodeCursor({ key: '2026-01-01T00:00:00.000Z', id: 'U1' });
const queries: ContactQuery[] = [];
for (const sort of ['newest', 'name'] as const)
  for (const channelId of [undefined, 'shop'])
    for (const text of [undefined, 'hanako', 'ha'])
      for (const tag of [undefined, 'vip'])
        for (const after of [undefined, cursor])
          queries.push({
            sort,
            limit: 50,
            ...(channelId ? { channelId } : {}),
            ...(text ? { text } : {}),
            ...(tag ? { tag } : {}),
            ...(after ? { cursor: after } : {}),
          });

describe('query plans of the contacts list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-contact-plans-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reads every page by an index: the trigram index for text and tags, an ordered partial index otherwise', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const db = new Database(join(dir, sqliteFileName));
    const problems: string[] = [];
    for (const query of queries) {
      const { sql, params } = contactPageSql(query);
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(params) as { detail: string }[]).map((row) => row.detail);
      const text = plan.join('; ');
      // A full scan of contacts (no index), or of the whole trigram index (no MATCH constraint).
      if (plan.some((step) => /^SCAN (c|contacts)$/.test(step))) problems.push(`full scan for ${JSON.stringify(query)}: ${text}`);
      if (plan.some((step) => /VIRTUAL TABLE INDEX 0:$/.test(step))) problems.push(`whole trigram index for ${JSON.stringify(query)}: ${text}`);
      if ((query.tag || (query.text?.length ?? 0) >= 3) && !/contacts_text VIRTUAL TABLE INDEX 0:M/.test(text))
        problems.push(`text or tag not through the trigram index for ${JSON.stringify(query)}: ${text}`);
      if (!query.tag && !query.text && !/USING INDEX contacts_(list|channel)_(newest|name)/.test(text))
        problems.push(`the plain list is not read in order from its index for ${JSON.stringify(query)}: ${text}`);
      if (!query.tag && !query.text && /TEMP B-TREE/.test(text)) problems.push(`the plain list sorts instead of reading in order: ${text}`);
    }
    db.close();
    await store.close();
    expect(problems).toEqual([]);
  });
});
