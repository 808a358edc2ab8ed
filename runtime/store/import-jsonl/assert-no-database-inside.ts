import { open, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { JsonlImportError } from './jsonl-import-error';

const sqliteHeader = 'SQLite format 3\u0000';

/**
 * Fails when a SQLite database lies in the old store's folder. The folder is moved aside once it
 * is imported, and a database in it would go with it: the next start would find an empty one.
 * Checked before anything is written, so the fix is to move the database, and nothing to undo.
 */
export async function assertNoDatabaseInside(dir: string): Promise<void> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: false });
  for (const name of entries) {
    if (name.endsWith('.jsonl') || name === 'store.lock') continue;
    const path = join(dir, name);
    const handle = await open(path, 'r').catch(() => null);
    if (!handle) continue;
    try {
      if (!(await handle.stat()).isFile()) continue;
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(sqliteHeader.length), 0, sqliteHeader.length, 0);
      if (bytesRead === sqliteHeader.length && buffer.toString('latin1') === sqliteHeader) {
        throw new JsonlImportError(
          `${path} is a SQLite database inside ${dir}, the folder of the old store, which is moved aside once imported. Keep the database outside that folder.`,
        );
      }
    } finally {
      await handle.close();
    }
  }
}
