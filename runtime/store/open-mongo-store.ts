import mongoose from 'mongoose';
import { MongoCollection } from './mongo-collection';
import { collectionIndexes, collectionNames, type Store } from './store';

/**
 * The production store: MongoDB through mongoose. Writes wait for the journal of a majority,
 * so an acknowledged write survives a crash; a replica set scales it past one machine.
 */
export async function openMongoStore(uri: string): Promise<Store> {
  const connection = await mongoose
    .createConnection(uri, { serverSelectionTimeoutMS: 5_000, writeConcern: { w: 'majority', journal: true } })
    .asPromise();
  const collections = Object.fromEntries(
    await Promise.all(collectionNames.map(async (name) => [name, await MongoCollection.open(connection, name, collectionIndexes[name])] as const)),
  );
  return {
    ...(collections as unknown as Omit<Store, 'ping' | 'close' | 'kind'>),
    kind: 'mongodb',
    ping: async () => {
      await connection.db?.admin().ping();
    },
    close: async () => {
      await connection.close();
    },
  };
}
