import { access, constants, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedCollection } from './embedded/embedded-collection';
import { lockStore } from './embedded/store-lock';
import { collectionIndexes, collectionNames, type Store } from './store';

/** The store with no database server: one append-only log per collection under `dir`. */
export async function openEmbeddedStore(dir: string): Promise<Store> {
  await mkdir(dir, { recursive: true });
  const unlock = await lockStore(dir);
  const collections = Object.fromEntries(
    await Promise.all(
      collectionNames.map(async (name) => [name, await EmbeddedCollection.open(join(dir, `${name}.jsonl`), collectionIndexes[name])] as const),
    ),
  );
  return {
    ...(collections as unknown as Omit<Store, 'ping' | 'close' | 'kind'>),
    kind: 'embedded',
    // The documents live in this process; what can fail is the folder their logs are written to.
    ping: () => access(dir, constants.W_OK),
    close: async () => {
      for (const collection of Object.values(collections)) await (collection as EmbeddedCollection<{ id: string }>).close();
      await unlock();
    },
  };
}
