import type { Connection } from 'mongoose';
import { defaultChannelId } from '../channels/contact-address';

/**
 * Fills in, once per database, fields that records written by an older LineFlow lack, as the SQLite
 * migrations do with column defaults. Each backfill is recorded in `backfills` when done, so later
 * starts skip the scan; one interrupted half-way is run again (each is idempotent).
 */
const backfills: { id: string; run: (connection: Connection) => Promise<void> }[] = [
  {
    // Before several channels, everything was on the one channel: the inbox's and reports' channel
    // filters would miss those conversations and contacts.
    id: 'channel-ids',
    run: async (connection) => {
      for (const name of ['conversations', 'contacts']) {
        await connection.collection(name).updateMany({ channelId: { $exists: false } }, { $set: { channelId: defaultChannelId } });
      }
    },
  },
];

export async function runMongoBackfills(connection: Connection): Promise<void> {
  const done = connection.collection<{ _id: string; at: Date }>('backfills');
  for (const backfill of backfills) {
    if (await done.findOne({ _id: backfill.id })) continue;
    await backfill.run(connection);
    await done.updateOne({ _id: backfill.id }, { $set: { at: new Date() } }, { upsert: true });
  }
}
