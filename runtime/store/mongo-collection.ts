import type { ClientSession, Connection, Model } from 'mongoose';
import { Schema } from 'mongoose';
import type { Collection, CollectionIndex, Expected, FindOptions, Filter } from './collection';
import { fromStored, storedFields, storedFilter, storedSort, toStored } from './document-ids';

const duplicateKey = 11000;

/** A collection in MongoDB through mongoose: documents keyed by a string `_id`, indexes declared. */
export class MongoCollection<T extends { id: string }> implements Collection<T> {
  private constructor(
    private readonly model: Model<Record<string, unknown>>,
    private readonly versioned: boolean,
  ) {}

  /** `versioned`: every write bumps the document's `version`, which conditional writes check. */
  static async open<T extends { id: string }>(
    connection: Connection,
    name: string,
    indexes: CollectionIndex[],
    options: { versioned?: boolean } = {},
  ): Promise<MongoCollection<T>> {
    // The documents are validated by LineFlow's own types and JSON Schema; mongoose keeps them as given.
    const schema = new Schema<Record<string, unknown>>({ _id: String }, { strict: false, versionKey: false, collection: name, minimize: false });
    for (const index of indexes) schema.index(Object.fromEntries(index.fields.map((f) => [f, 1])), { unique: index.unique ?? false });
    const model = connection.model<Record<string, unknown>>(name, schema);
    await model.syncIndexes();
    return new MongoCollection<T>(model, options.versioned ?? false);
  }

  async get(id: string): Promise<T | null> {
    return fromStored<T>(await this.model.findById(id).lean<Record<string, unknown>>());
  }

  async put(doc: T, session?: ClientSession): Promise<void> {
    const stored = toStored(doc);
    if (!this.versioned) {
      await this.model.replaceOne({ _id: doc.id }, stored, { upsert: true, session });
      return;
    }
    // The stored version goes up by one whatever the caller's copy says.
    const { version: _version, ...rest } = stored;
    const next = { version: { $add: [{ $ifNull: ['$version', 0] }, 1] } };
    await this.model.collection.updateOne({ _id: doc.id } as never, [{ $replaceWith: { $mergeObjects: [{ $literal: rest }, next] } }], {
      upsert: true,
      session,
    });
  }

  async insert(doc: T): Promise<boolean> {
    try {
      await this.model.collection.insertOne(toStored(doc));
      return true;
    } catch (error) {
      if ((error as { code?: number }).code === duplicateKey) return false;
      throw error;
    }
  }

  async patch(id: string, fields: Partial<T>): Promise<T | null> {
    return this.patchWhere({ _id: id }, fields);
  }

  /** One findOneAndUpdate: MongoDB checks the expected fields and writes in one atomic step. `null` matches an absent field. */
  async patchIf(id: string, expected: Expected, fields: Partial<T>): Promise<T | null> {
    return this.patchWhere({ ...storedFilter(expected), _id: id }, fields);
  }

  private async patchWhere(filter: Filter, fields: Partial<T>): Promise<T | null> {
    const updated = await this.model
      .findOneAndUpdate(
        filter,
        this.versioned
          ? { $set: withoutKey(storedFields(fields as Record<string, unknown>), 'version'), $inc: { version: 1 } }
          : { $set: storedFields(fields as Record<string, unknown>) },
        { returnDocument: 'after' },
      )
      .lean<Record<string, unknown>>();
    return fromStored<T>(updated);
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    let query = this.model.find(storedFilter(filter));
    const sort = storedSort(options.sort);
    if (sort) query = query.sort(sort);
    if (options.skip) query = query.skip(options.skip);
    if (options.limit) query = query.limit(options.limit);
    const docs = await query.lean<Record<string, unknown>[]>();
    return docs.map((doc) => fromStored<T>(doc) as T);
  }

  async count(filter: Filter = {}): Promise<number> {
    return await this.model.countDocuments(storedFilter(filter));
  }

  async remove(id: string): Promise<boolean> {
    return (await this.model.deleteOne({ _id: id })).deletedCount > 0;
  }

  async removeMany(filter: Filter): Promise<number> {
    return (await this.model.deleteMany(storedFilter(filter))).deletedCount;
  }

  async increment(id: string, field: string, by: number, session?: ClientSession): Promise<number> {
    const doc = await this.model
      .findOneAndUpdate({ _id: id }, { $inc: { [field]: by } }, { upsert: true, returnDocument: 'after', session })
      .lean<Record<string, unknown>>();
    return Number(doc?.[field] ?? 0);
  }
}

function withoutKey(fields: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _dropped, ...rest } = fields;
  return rest;
}
