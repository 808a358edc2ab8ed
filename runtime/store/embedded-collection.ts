import Datastore from '@seald-io/nedb';
import type { Collection, CollectionIndex, FindOptions, Filter } from './collection';
import { fromStored, storedFields, storedFilter, storedSort, toStored } from './document-ids';

/** Compacting rewrites the append-only data file; often enough to keep it small, rarely enough to stay cheap. */
const compactEveryMs = 10 * 60 * 1000;

/**
 * A collection in the embedded store: nedb keeps the documents in memory and appends every
 * write to a data file before acknowledging it, so an acknowledged write survives a restart
 * or a `kill -9` of the process.
 */
export class EmbeddedCollection<T extends { id: string }> implements Collection<T> {
  private constructor(private readonly db: Datastore<Record<string, unknown>>) {}

  static async open<T extends { id: string }>(filename: string, indexes: CollectionIndex[]): Promise<EmbeddedCollection<T>> {
    const db = new Datastore<Record<string, unknown>>({ filename });
    await db.loadDatabaseAsync();
    for (const index of indexes) {
      await db.ensureIndexAsync({ fieldName: index.fields.length === 1 ? (index.fields[0] as string) : index.fields, unique: index.unique ?? false });
    }
    db.setAutocompactionInterval(compactEveryMs);
    return new EmbeddedCollection<T>(db);
  }

  async get(id: string): Promise<T | null> {
    return fromStored<T>(await this.db.findOneAsync({ _id: id }));
  }

  async put(doc: T): Promise<void> {
    await this.db.updateAsync({ _id: doc.id }, toStored(doc), { upsert: true });
  }

  async insert(doc: T): Promise<boolean> {
    try {
      await this.db.insertAsync(toStored(doc));
      return true;
    } catch (error) {
      if ((error as { errorType?: string }).errorType === 'uniqueViolated') return false;
      throw error;
    }
  }

  async patch(id: string, fields: Partial<T>): Promise<T | null> {
    const result = await this.db.updateAsync({ _id: id }, { $set: storedFields(fields) }, { returnUpdatedDocs: true, multi: false });
    return fromStored<T>((result as { affectedDocuments?: Record<string, unknown> | null }).affectedDocuments ?? null);
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    let cursor = this.db.findAsync(storedFilter(filter));
    const sort = storedSort(options.sort);
    if (sort) cursor = cursor.sort(sort);
    if (options.skip) cursor = cursor.skip(options.skip);
    if (options.limit) cursor = cursor.limit(options.limit);
    const docs = await cursor;
    return docs.map((doc) => fromStored<T>(doc) as T);
  }

  async count(filter: Filter = {}): Promise<number> {
    return await this.db.countAsync(storedFilter(filter));
  }

  async remove(id: string): Promise<boolean> {
    return (await this.db.removeAsync({ _id: id }, { multi: false })) > 0;
  }

  async increment(id: string, field: string, by: number): Promise<number> {
    const result = await this.db.updateAsync({ _id: id }, { $inc: { [field]: by } }, { upsert: true, returnUpdatedDocs: true });
    const doc = (result as { affectedDocuments?: Record<string, unknown> | null }).affectedDocuments;
    return Number(doc?.[field] ?? 0);
  }

  async flush(): Promise<void> {
    this.db.stopAutocompaction();
    await this.db.compactDatafileAsync();
  }
}
