import { readFile } from 'node:fs/promises';
import type { Collection, CollectionIndex, FindOptions, Filter } from '../collection';
import { AppendLog } from './append-log';
import { compare, matchFilter, readField } from './match-filter';

interface Entry {
  /** What callers get: a fresh copy is parsed from it on every read, so nobody shares objects. */
  json: string;
  /** For matching and sorting only; never handed out. */
  doc: Record<string, unknown>;
}

type LogLine = { p: Record<string, unknown> } | { d: string };

/** Compact the log when it holds this many times more lines than live documents. */
const compactRatio = 4;
const compactMinLines = 10_000;

/**
 * A collection of the embedded store: every document in memory, every write appended to a log
 * file (acknowledged once the OS has it) and replayed on start. Equality indexes on the first
 * field of each declared index keep the common look-ups (messages of a contact) off full scans.
 */
export class EmbeddedCollection<T extends { id: string }> implements Collection<T> {
  private readonly entries = new Map<string, Entry>();
  private readonly indexes = new Map<string, Map<unknown, Set<string>>>();
  private logLines = 0;
  private compacting: Promise<void> | null = null;

  private constructor(
    private readonly log: AppendLog,
    indexFields: string[],
  ) {
    for (const field of indexFields) this.indexes.set(field, new Map());
  }

  static async open<T extends { id: string }>(path: string, indexes: CollectionIndex[]): Promise<EmbeddedCollection<T>> {
    const fields = [...new Set(indexes.map((index) => index.fields[0] as string))];
    let text = '';
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const collection = new EmbeddedCollection<T>(await AppendLog.open(path), fields);
    collection.replay(text);
    collection.uniqueIndexes = indexes.filter((i) => i.unique).map((i) => i.fields);
    return collection;
  }

  private uniqueIndexes: string[][] = [];

  async get(id: string): Promise<T | null> {
    const entry = this.entries.get(id);
    return entry ? (JSON.parse(entry.json) as T) : null;
  }

  async put(doc: T): Promise<void> {
    await this.write(doc as unknown as Record<string, unknown>);
  }

  async insert(doc: T): Promise<boolean> {
    if (this.entries.has(doc.id) || this.violatesUnique(doc as unknown as Record<string, unknown>)) return false;
    await this.write(doc as unknown as Record<string, unknown>);
    return true;
  }

  async patch(id: string, fields: Partial<T>): Promise<T | null> {
    const entry = this.entries.get(id);
    if (!entry) return null;
    const updated = { ...(JSON.parse(entry.json) as Record<string, unknown>), ...(fields as Record<string, unknown>), id };
    await this.write(updated);
    return JSON.parse(JSON.stringify(updated)) as T;
  }

  async find(filter: Filter = {}, options: FindOptions = {}): Promise<T[]> {
    let matches = this.candidates(filter).filter((entry) => matchFilter(entry.doc, filter));
    if (options.sort) {
      const keys = Object.entries(options.sort);
      matches = matches.sort((a, b) => {
        for (const [field, order] of keys) {
          const c = compare(readField(a.doc, field), readField(b.doc, field));
          if (c !== 0) return c * order;
        }
        return 0;
      });
    }
    const start = options.skip ?? 0;
    const end = options.limit ? start + options.limit : undefined;
    return matches.slice(start, end).map((entry) => JSON.parse(entry.json) as T);
  }

  async count(filter: Filter = {}): Promise<number> {
    if (Object.keys(filter).length === 0) return this.entries.size;
    return this.candidates(filter).filter((entry) => matchFilter(entry.doc, filter)).length;
  }

  async remove(id: string): Promise<boolean> {
    const entry = this.entries.get(id);
    if (!entry) return false;
    this.unindex(id, entry.doc);
    this.entries.delete(id);
    await this.append({ d: id });
    return true;
  }

  async increment(id: string, field: string, by: number): Promise<number> {
    const current = this.entries.get(id);
    const doc = current ? (JSON.parse(current.json) as Record<string, unknown>) : { id };
    const value = Number(doc[field] ?? 0) + by;
    doc[field] = value;
    await this.write(doc);
    return value;
  }

  async close(): Promise<void> {
    await this.compacting;
    await this.log.close();
  }

  /** Applies a write in memory at once (so reads in this process see it) and resolves when it is on file. */
  private write(doc: Record<string, unknown>): Promise<void> {
    const json = JSON.stringify(doc);
    const id = String(doc.id);
    const previous = this.entries.get(id);
    if (previous) this.unindex(id, previous.doc);
    const entry = { json, doc: JSON.parse(json) as Record<string, unknown> };
    this.entries.set(id, entry);
    this.index(id, entry.doc);
    return this.append({ p: entry.doc });
  }

  private async append(line: LogLine): Promise<void> {
    this.logLines++;
    const written = this.log.append(line);
    if (this.logLines > compactMinLines && this.logLines > compactRatio * this.entries.size && !this.compacting) {
      this.compacting = this.log
        .rewrite(() => {
          this.logLines = this.entries.size;
          return [...this.entries.values()].map((e) => `{"p":${e.json}}`);
        })
        .finally(() => (this.compacting = null));
    }
    await written;
  }

  private replay(text: string): void {
    for (const line of text.split('\n')) {
      if (line === '') continue;
      let parsed: LogLine;
      try {
        parsed = JSON.parse(line) as LogLine;
      } catch {
        continue; // A line torn by a crash mid-write was never acknowledged.
      }
      this.logLines++;
      if ('d' in parsed) {
        const entry = this.entries.get(parsed.d);
        if (entry) this.unindex(parsed.d, entry.doc);
        this.entries.delete(parsed.d);
      } else {
        const id = String(parsed.p.id);
        const previous = this.entries.get(id);
        if (previous) this.unindex(id, previous.doc);
        this.entries.set(id, { json: JSON.stringify(parsed.p), doc: parsed.p });
        this.index(id, parsed.p);
      }
    }
  }

  private candidates(filter: Filter): Entry[] {
    for (const [field, index] of this.indexes) {
      const wanted = filter[field];
      if (wanted === undefined || (wanted !== null && typeof wanted === 'object')) continue;
      return [...(index.get(wanted) ?? [])].map((id) => this.entries.get(id) as Entry);
    }
    return [...this.entries.values()];
  }

  private index(id: string, doc: Record<string, unknown>): void {
    for (const [field, index] of this.indexes) {
      const value = readField(doc, field);
      let ids = index.get(value);
      if (!ids) index.set(value, (ids = new Set()));
      ids.add(id);
    }
  }

  private unindex(id: string, doc: Record<string, unknown>): void {
    for (const [field, index] of this.indexes) index.get(readField(doc, field))?.delete(id);
  }

  private violatesUnique(doc: Record<string, unknown>): boolean {
    return this.uniqueIndexes.some((fields) =>
      [...this.entries.values()].some((entry) => entry.doc.id !== doc.id && fields.every((f) => readField(entry.doc, f) === readField(doc, f))),
    );
  }
}
