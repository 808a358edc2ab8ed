import type { ClientSession, Connection } from 'mongoose';
import { tallySpecs, type Tally, type TallyKind } from './tallies';

/** The collection a tally kind lives in, one document per key (its fields by the key's names). */
export function tallyCollectionName(kind: TallyKind): string {
  return `tally_${tallySpecs[kind].table}`;
}

/** Adds tallies inside the caller's transaction: an upserting $inc per key. */
export async function writeMongoTallies(connection: Connection, tallies: Tally[], session: ClientSession): Promise<void> {
  for (const tally of tallies) {
    await connection.collection(tallyCollectionName(tally.kind)).updateOne(tally.key, { $inc: tally.add }, { upsert: true, session });
  }
}

/** Unique indexes on each tally's key, so concurrent upserts of one key make one document. */
export async function ensureMongoTallyIndexes(connection: Connection): Promise<void> {
  for (const kind of Object.keys(tallySpecs) as TallyKind[]) {
    const key = Object.fromEntries(Object.keys(tallySpecs[kind].key).map((field) => [field, 1]));
    await connection.collection(tallyCollectionName(kind)).createIndex(key, { unique: true });
  }
}
