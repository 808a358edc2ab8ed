/** A MongoDB-style query: equality, and the operators both backends share ($in, $ne, $lt, $lte, $gt, $gte, $exists). */
export type Filter = Record<string, unknown>;

/** What a conditional write expects of a document: plain values of its fields (dotted for nested ones). */
export type Expected = Record<string, string | number | boolean | null>;

export interface FindOptions {
  sort?: Record<string, 1 | -1>;
  limit?: number;
  skip?: number;
}

/**
 * One collection of documents keyed by `id`. The repository code is written once against this;
 * the embedded SQLite store (better-sqlite3, one file under DATA_DIR that several processes share)
 * and MongoDB (mongoose) implement it. A write resolves once committed: in SQLite's write-ahead log
 * (surviving a crash of the process; a power cut too with SQLITE_SYNCHRONOUS=FULL), or
 * acknowledged by MongoDB.
 */
export interface Collection<T extends { id: string }> {
  get(id: string): Promise<T | null>;
  /** Inserts or replaces the whole document. */
  put(doc: T): Promise<void>;
  /** Inserts; false (and nothing written) when a document with that id exists. */
  insert(doc: T): Promise<boolean>;
  /** Sets some fields; returns the updated document, or null when there is none. */
  patch(id: string, fields: Partial<T>): Promise<T | null>;
  /**
   * Sets some fields only while the document's fields hold the `expected` values (`null` matches a
   * field that is absent too), checked and written atomically; returns the updated document, or
   * null when they do not hold (or there is no document). Two writers expecting the same value:
   * exactly one wins.
   */
  patchIf(id: string, expected: Expected, fields: Partial<T>): Promise<T | null>;
  find(filter?: Filter, options?: FindOptions): Promise<T[]>;
  count(filter?: Filter): Promise<number>;
  remove(id: string): Promise<boolean>;
  /** Removes every document the filter matches (`{}` matches all); returns how many. */
  removeMany(filter: Filter): Promise<number>;
  /** Atomically adds `by` to a numeric field, creating the document when absent; returns the new value. */
  increment(id: string, field: string, by: number): Promise<number>;
}

export interface CollectionIndex {
  fields: string[];
  unique?: boolean;
}
