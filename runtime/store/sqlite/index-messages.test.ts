import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { indexMessagesBatch } from './index-messages';
import { openSqliteStore, sqliteFileName } from './open-sqlite-store';

describe('full-text search of messages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lineflow-fts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('indexes new messages in batches and finds Japanese, Thai and English text by a fragment', async () => {
    const store = openSqliteStore(dir, { searchIndexIntervalMs: 0 });
    const at = new Date().toISOString();
    const texts = ['営業時間を教えてください', 'สวัสดีครับ ขอสอบถามหน่อย', 'Where is my parcel?', '営業時間は9時から18時です'];
    await store.commit({
      puts: {
        messages: [
          ...texts.map((text, i) => ({
            id: `m${i}`,
            conversationId: 'c1',
            contactId: 'U1',
            direction: 'in' as const,
            author: 'customer' as const,
            content: { type: 'text', text },
            at,
          })),
          { id: 'sticker', conversationId: 'c1', contactId: 'U1', direction: 'in', author: 'customer', content: { type: 'sticker' }, at },
        ],
      },
    });
    const db = new Database(join(dir, sqliteFileName));
    const search = (fragment: string) =>
      (
        db
          .prepare('SELECT m.id FROM messages_search s JOIN messages m ON m.rowid = s.rowid WHERE messages_search MATCH ? ORDER BY m.id')
          .all(`"${fragment}"`) as { id: string }[]
      ).map((r) => r.id);
    expect(search('営業時間')).toEqual([]); // not indexed yet
    expect(indexMessagesBatch(db)).toBe(4);
    expect(indexMessagesBatch(db)).toBe(0);
    expect(search('営業時間')).toEqual(['m0', 'm3']);
    expect(search('สอบถาม')).toEqual(['m1']);
    expect(search('parcel')).toEqual(['m2']);
    await store.commit({
      puts: {
        messages: [
          { id: 'm9', conversationId: 'c1', contactId: 'U1', direction: 'out', author: 'bot', content: { type: 'text', text: 'Your parcel left Osaka' }, at },
        ],
      },
    });
    expect(indexMessagesBatch(db)).toBe(1);
    expect(search('parcel')).toEqual(['m2', 'm9']);
    db.close();
    await store.close();
  });
});
