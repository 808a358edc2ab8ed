import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { EmbeddedCollection } from './embedded-collection';
import { collectionIndexes, collectionNames, type Store } from './store';

/** The store with no database server: one nedb data file per collection under `dir`. */
export async function openEmbeddedStore(dir: string): Promise<Store> {
  await mkdir(dir, { recursive: true });
  const collections = Object.fromEntries(
    await Promise.all(
      collectionNames.map(async (name) => [name, await EmbeddedCollection.open(join(dir, `${name}.db`), collectionIndexes[name])] as const),
    ),
  );
  return {
    ...(collections as unknown as Omit<Store, 'ping' | 'close' | 'kind'>),
    kind: 'embedded',
    ping: async () => {
      await (collections.counters as EmbeddedCollection<{ id: string }>).get('ping');
    },
    close: async () => {
      for (const collection of Object.values(collections)) await (collection as EmbeddedCollection<{ id: string }>).flush();
    },
  };
}
