import { join } from 'node:path';
import { openEmbeddedStore } from './open-embedded-store';
import { openMongoStore } from './open-mongo-store';
import type { Store } from './store';

/** MongoDB when a URI is given, the embedded store under `dataDir` otherwise. */
export async function openStore(options: { mongodbUri?: string; dataDir: string }): Promise<Store> {
  return options.mongodbUri ? openMongoStore(options.mongodbUri) : openEmbeddedStore(join(options.dataDir, 'store'));
}
