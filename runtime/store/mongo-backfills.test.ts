import { randomUUID } from 'node:crypto';
import mongoose from 'mongoose';
import { describe, expect, it } from 'vitest';
import { runMongoBackfills } from './mongo-backfills';

const mongoUri = process.env.MONGODB_URI;

// Needs a MongoDB server (MONGODB_URI); none can run on the build machines, as for the store contract tests.
describe.skipIf(!mongoUri)('MongoDB backfills', () => {
  it('gives records from before several channels the default channel, once, leaving others alone', async () => {
    const connection = await mongoose.createConnection(mongoUri as string, { dbName: `lineflow-backfill-${randomUUID().slice(0, 8)}` }).asPromise();
    try {
      const conversations = connection.collection<{ _id: string; channelId?: string }>('conversations');
      await conversations.insertMany([{ _id: 'old' }, { _id: 'other', channelId: 'ch2' }]);
      await runMongoBackfills(connection);
      expect(await conversations.find().sort({ _id: 1 }).toArray()).toEqual([
        { _id: 'old', channelId: 'default' },
        { _id: 'other', channelId: 'ch2' },
      ]);
      // Recorded as done: a record that somehow lacks the field later is not scanned for again.
      await conversations.insertOne({ _id: 'later' });
      await runMongoBackfills(connection);
      expect(await conversations.findOne({ _id: 'later' })).toEqual({ _id: 'later' });
    } finally {
      await connection.dropDatabase();
      await connection.close();
    }
  });
});
