import mongoose, { type ClientSession } from 'mongoose';
import { MongoCollection } from './mongo-collection';
import { collectionIndexes, collectionNames, type Commit, type Store } from './store';
import { FenceLostError, VersionConflictError } from './store-errors';
import { toStored } from './document-ids';
import { ensureMongoTallyIndexes, writeMongoTallies } from './mongo-tallies';
import { runMongoBackfills } from './mongo-backfills';
import { mongoReportSource } from './mongo-report-source';
import { mongoMessageSearch } from './mongo-message-search';
import { contactSearchFields, mongoContactSearch } from './mongo-contact-search';

/**
 * The store for installations on several machines: MongoDB through mongoose. Writes wait for the
 * journal of a majority, so an acknowledged write survives a crash. `commit` runs in a
 * multi-document transaction, which needs a replica set (a single-node one will do).
 */
export async function openMongoStore(uri: string): Promise<Store> {
  const connection = await mongoose.createConnection(uri, { serverSelectionTimeoutMS: 5_000, writeConcern: { w: 'majority', journal: true } }).asPromise();
  const collections = Object.fromEntries(
    await Promise.all(
      collectionNames.map(
        async (name) => [name, await MongoCollection.open(connection, name, collectionIndexes[name], { versioned: name === 'contacts' })] as const,
      ),
    ),
  ) as Record<(typeof collectionNames)[number], MongoCollection<{ id: string }>>;
  await ensureMongoTallyIndexes(connection);
  await runMongoBackfills(connection);
  const fences = connection.collection<{ _id: string; fence: number }>('contactFences');
  const health = connection.collection<{ _id: string; at: Date }>('health');

  async function commitIn(session: ClientSession, c: Commit): Promise<void> {
    if (c.fence) {
      const row = await fences.findOne({ _id: c.fence.contactId }, { session });
      if (!row || row.fence !== c.fence.token) throw new FenceLostError(c.fence.contactId);
    }
    if (c.contact) {
      const { doc, expectedVersion } = c.contact;
      // The search fields go with every commit of the contact, so its list entry is never stale.
      const { version: _version, ...rest } = { ...toStored(doc), ...contactSearchFields(doc) } as Record<string, unknown> & { version?: number };
      if (expectedVersion === null) {
        const inserted = await connection
          .collection('contacts')
          .insertOne({ ...rest, version: 1 }, { session })
          .catch((error: Error & { code?: number }) => (error.code === 11000 ? null : Promise.reject(error)));
        if (!inserted) throw new VersionConflictError(doc.id);
      } else {
        const result = await connection
          .collection('contacts')
          .replaceOne({ _id: doc.id, version: expectedVersion } as never, { ...rest, version: expectedVersion + 1 }, { session });
        if (result.matchedCount === 0) throw new VersionConflictError(doc.id);
      }
    }
    for (const [name, docs] of Object.entries(c.puts ?? {})) {
      const collection = collections[name as keyof typeof collections];
      for (const doc of docs as { id: string }[]) await collection.put(doc, session);
    }
    for (const increment of c.increments ?? []) await collections[increment.collection].increment(increment.id, increment.field, increment.by, session);
    if (c.tallies) await writeMongoTallies(connection, c.tallies, session);
  }

  return {
    ...(collections as unknown as Omit<
      Store,
      'ping' | 'close' | 'kind' | 'claimFence' | 'holdsFence' | 'takeTurn' | 'commit' | 'backup' | 'reports' | 'messageSearch' | 'contactSearch'
    >),
    kind: 'mongodb',
    reports: mongoReportSource(connection),
    messageSearch: await mongoMessageSearch(connection),
    contactSearch: await mongoContactSearch(connection),
    claimFence: async (contactId) => {
      const row = await fences.findOneAndUpdate({ _id: contactId }, { $inc: { fence: 1 } }, { upsert: true, returnDocument: 'after' });
      return row?.fence ?? 1;
    },
    takeTurn: async (counterId, claimId) =>
      connection.transaction(async (session) => {
        const claims = connection.collection<{ _id: string; value: number }>('counters');
        const claimed = await claims.findOne({ _id: claimId }, { session });
        if (claimed) return claimed.value;
        const value = await collections.counters.increment(counterId, 'value', 1, session);
        await claims.insertOne({ _id: claimId, value }, { session });
        return value;
      }),
    holdsFence: async (contactId, token) => (await fences.findOne({ _id: contactId }))?.fence === token,
    commit: async (c) => {
      await connection.transaction((session) => commitIn(session, c));
    },
    ping: async () => {
      await health.updateOne({ _id: 'ping' }, { $set: { at: new Date() } }, { upsert: true });
    },
    close: async () => {
      await connection.close();
    },
  };
}
