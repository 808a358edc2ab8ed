import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import type { MessageRecord } from '../records';
import { indexMessagesBatch } from './index-messages';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';

describe('texts a customer unsent, in the search index', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-unsent-fts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leave the index itself when the message is unsent, whether it was indexed already or not', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const at = new Date().toISOString();
    const message = (id: string, text: string): MessageRecord => ({
      id,
      conversationId: 'c1',
      contactId: 'U1',
      direction: 'in',
      author: 'customer',
      content: { type: 'text', text },
      at,
    });
    const unsent = (m: MessageRecord) => ({ ...m, content: { type: 'unsent' }, unsentAt: at });
    const early = message('m1', 'the zebra crossing');
    const kept = message('m2', 'the zebra stays');
    await store.commit({ puts: { messages: [early, kept] } });
    const db = new Database(join(dir, sqliteFileName));
    indexMessagesBatch(db);
    // The index alone (no join to messages): a stale entry would still be found here.
    const indexed = (word: string) => db.prepare('SELECT rowid FROM messages_search WHERE messages_search MATCH ?').all(`"${word}"`).length;
    expect(indexed('zebra')).toBe(2);
    expect(indexed('crossing')).toBe(1);

    await store.commit({ puts: { messages: [unsent(early)] } });
    expect(indexed('crossing')).toBe(0);
    expect(indexed('zebra')).toBe(1);

    // Unsent before its batch was indexed: the batch finds no text to index.
    const late = message('m3', 'a giraffe appeared');
    await store.commit({ puts: { messages: [late] } });
    await store.commit({ puts: { messages: [unsent(late)] } });
    indexMessagesBatch(db);
    expect(indexed('giraffe')).toBe(0);
    expect((await store.messageSearch.search('zebra', { limit: 10 })).map((h) => h.messageId)).toEqual(['m2']);
    db.close();
    await store.close();
  });
});
