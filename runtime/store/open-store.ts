import { join } from 'node:path';
import type { Logger } from '../logging/create-logger';
import { convertLegacyEffects } from './import-jsonl/convert-legacy-effects';
import { importJsonlStore } from './import-jsonl/import-jsonl-store';
import { openMongoStore } from './open-mongo-store';
import { openSqliteStore, type SqliteOptions } from './sqlite/open-sqlite-store';
import type { Store } from './store';

/**
 * MongoDB when a URI is given, the embedded SQLite store under `dataDir` otherwise. A DATA_DIR
 * written by LineFlow 0.1 (JSON-lines logs under store/) is imported first, then kept aside.
 */
export async function openStore(options: { mongodbUri?: string; dataDir: string; sqlite?: SqliteOptions }, log?: Logger): Promise<Store> {
  if (options.mongodbUri) return openMongoStore(options.mongodbUri);
  const store = openSqliteStore(options.dataDir, options.sqlite);
  try {
    const quiet = { info: () => {}, warn: () => {} };
    const report = await importJsonlStore(join(options.dataDir, 'store'), store, log ?? quiet);
    if (report) {
      const effects = await convertLegacyEffects(store, new Date());
      log?.info({ movedTo: report.movedTo, effects }, 'imported the 0.1 store into SQLite; the old files are kept aside');
    }
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
