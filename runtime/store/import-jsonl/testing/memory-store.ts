import type { Collection, Expected, Filter, FindOptions } from '../../collection';
import { collectionNames, type Store } from '../../store';

/** Test double: a whole Store in Maps, every document kept as JSON so nobody shares objects. */
export interface MemoryStore extends Store {
  /** Puts left before every put throws (a crash midway); Infinity by default. */
  putsLeft: number;
}

export function memoryStore(): MemoryStore {
  const store = { putsLeft: Infinity } as MemoryStore;
  for (const name of collectionNames) (store as unknown as Record<string, unknown>)[name] = new MemoryCollection(store);
  return Object.assign(store, {
    kind: 'sqlite' as const,
    claimFence: () => Promise.reject(new Error('not used by the import')),
    commit: () => Promise.reject(new Error('not used by the import')),
    ping: async () => {},
    close: async () => {},
  });
}

class MemoryCollection<T extends { id: string }> implements Collection<T> {
  private readonly docs = new Map<string, string>();

  constructor(private readonly owner: { putsLeft: number }) {}

  async get(id: string): Promise<T | null> {
    const json = this.docs.get(id);
    return json === undefined ? null : (JSON.parse(json) as T);
  }

  async put(doc: T): Promise<void> {
    if (this.owner.putsLeft <= 0) throw new Error('the store went away');
    this.owner.putsLeft--;
    await Promise.resolve(); // settles later, as a real write does
    this.docs.set(doc.id, JSON.stringify(doc));
  }

  async insert(doc: T): Promise<boolean> {
    if (this.docs.has(doc.id)) return false;
    await this.put(doc);
    return true;
  }

  async patch(id: string, fields: Partial<T>): Promise<T | null> {
    const doc = await this.get(id);
    if (!doc) return null;
    const updated = { ...doc, ...fields, id };
    await this.put(updated);
    return updated;
  }

  async patchIf(id: string, expected: Expected, fields: Partial<T>): Promise<T | null> {
    const doc = await this.get(id);
    if (!doc || !Object.entries(expected).every(([field, value]) => (readField(doc, field) ?? null) === value)) return null;
    return this.patch(id, fields);
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    const matches = [...this.docs.values()]
      .map((json) => JSON.parse(json) as T)
      .filter((doc) => Object.entries(filter).every(([field, value]) => readField(doc, field) === value));
    const start = options.skip ?? 0;
    return matches.slice(start, options.limit === undefined ? undefined : start + options.limit);
  }

  async count(filter: Filter = {}): Promise<number> {
    return (await this.find(filter)).length;
  }

  async remove(id: string): Promise<boolean> {
    return this.docs.delete(id);
  }

  async removeMany(filter: Filter): Promise<number> {
    const matches = await this.find(filter);
    for (const doc of matches) this.docs.delete(doc.id);
    return matches.length;
  }

  async increment(id: string, field: string, by: number): Promise<number> {
    const doc = ((await this.get(id)) ?? { id }) as Record<string, unknown>;
    const value = Number(doc[field] ?? 0) + by;
    doc[field] = value;
    this.docs.set(id, JSON.stringify(doc));
    return value;
  }
}

function readField(doc: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc);
}
