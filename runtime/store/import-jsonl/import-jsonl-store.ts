import { readdir, rename } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Logger } from '../../logging/create-logger';
import type { Collection } from '../collection';
import type { CollectionName, Store } from '../store';
import { assertNoDatabaseInside } from './assert-no-database-inside';
import { JsonlImportError } from './jsonl-import-error';
import { lockJsonlStore } from './lock-jsonl-store';
import { readJsonlLog, type JsonlLogCounts } from './read-jsonl-log';
import { v01Collections } from './v01-collections';

export interface CollectionImportReport extends JsonlLogCounts {
  /** Documents written to the new store (the live ones). */
  imported: number;
  /** What the new store counted afterwards; at least `imported`. */
  countAfter: number;
}

export interface ImportReport {
  /** Where the old folder is now, whole. */
  movedTo: string;
  /** One entry per collection that had a log. */
  collections: Partial<Record<CollectionName, CollectionImportReport>>;
  /** `*.jsonl` files of no known collection: not imported, moved aside with the rest. */
  unknownFiles: string[];
}

export interface ImportJsonlOptions {
  /** Documents written at once, awaited together. Default 500. */
  chunkSize?: number;
  /** The clock that names the folder moved aside. Default `new Date()`. */
  now?: () => Date;
}

type ImportLog = Pick<Logger, 'info' | 'warn'>;

const progressEvery = 100_000;

/** Whether `storeDir` holds a v0.1 store: at least one collection log (`*.jsonl`). */
export async function hasJsonlStore(storeDir: string): Promise<boolean> {
  return (await jsonlFiles(storeDir)).length > 0;
}

/**
 * Carries a v0.1 store (one JSON-lines log per collection in `storeDir`) into `target`, then
 * moves the folder aside to `<storeDir>-jsonl-imported-<time>`; null when there is none. The logs
 * are renamed, never deleted, and only once every collection is written and counted: a run that
 * dies midway leaves them in place, and the next run writes them all again (a put replaces by id).
 */
export async function importJsonlStore(storeDir: string, target: Store, log: ImportLog, options: ImportJsonlOptions = {}): Promise<ImportReport | null> {
  const files = await jsonlFiles(storeDir);
  if (files.length === 0) return null;
  const { chunkSize = 500, now = () => new Date() } = options;
  await assertNoDatabaseInside(storeDir);
  const release = await lockJsonlStore(storeDir);
  const report: ImportReport = { movedTo: '', collections: {}, unknownFiles: files.filter((f) => !v01Collections.some((c) => f === `${c}.jsonl`)) };
  try {
    log.info({ storeDir, files: files.length }, 'importing the store of LineFlow 0.1');
    if (report.unknownFiles.length)
      log.warn({ files: report.unknownFiles }, 'these logs are of no known collection; they are kept with the old store, not imported');
    for (const name of v01Collections) {
      if (!files.includes(`${name}.jsonl`)) continue;
      const collection = target[name] as unknown as Collection<{ id: string }>;
      const result = await importCollection(join(storeDir, `${name}.jsonl`), name, collection, chunkSize, log);
      report.collections[name] = result;
      log.info({ collection: name, ...result }, 'imported a collection of the old store');
    }
  } finally {
    await release();
  }
  report.movedTo = `${resolve(storeDir)}-jsonl-imported-${now().toISOString().replaceAll(':', '')}`;
  try {
    await rename(storeDir, report.movedTo);
  } catch (cause) {
    throw new JsonlImportError(
      `The old store in ${storeDir} is imported but could not be moved aside to ${report.movedTo} (${(cause as Error).message}). Let this process write to the folder above it, or move it aside yourself; until then each start imports it again.`,
      { cause },
    );
  }
  log.info({ movedTo: report.movedTo }, 'imported the store of LineFlow 0.1 and moved its folder aside');
  return report;
}

async function importCollection(
  path: string,
  name: CollectionName,
  collection: Collection<{ id: string }>,
  chunkSize: number,
  log: ImportLog,
): Promise<CollectionImportReport> {
  const docs = readJsonlLog(path);
  let chunk: { id: string }[] = [];
  let imported = 0;
  let nextProgress = progressEvery;
  const flush = async () => {
    await putAll(name, collection, chunk);
    imported += chunk.length;
    chunk = [];
    // A log of 500 MB takes minutes: say that it advances.
    if (imported >= nextProgress) {
      log.info({ collection: name, imported }, 'importing the old store');
      nextProgress += progressEvery;
    }
  };
  try {
    for (let next = await docs.next(); ; next = await docs.next()) {
      if (next.done) {
        await flush();
        const countAfter = await collection.count({});
        if (countAfter < imported) {
          throw new JsonlImportError(
            `The new store counts ${countAfter} ${name} after ${imported} were imported from ${path}; the old store was left in place.`,
          );
        }
        return { ...next.value, imported, countAfter };
      }
      chunk.push(next.value as { id: string });
      if (chunk.length >= chunkSize) await flush();
    }
  } finally {
    await docs.return(undefined as never); // closes the file when a write failed midway
  }
}

/** Writes a chunk together and waits for every write, so no write is still under way when one failed. */
async function putAll(name: CollectionName, collection: Collection<{ id: string }>, docs: { id: string }[]): Promise<void> {
  const results = await Promise.allSettled(docs.map((doc) => collection.put(doc)));
  const failed = results.findIndex((r) => r.status === 'rejected');
  if (failed === -1) return;
  const cause = (results[failed] as PromiseRejectedResult).reason;
  throw new JsonlImportError(
    `Could not import ${name} "${docs[failed].id}" from the old store (${cause instanceof Error ? cause.message : String(cause)}); the old store was left in place.`,
    { cause },
  );
}

async function jsonlFiles(storeDir: string): Promise<string[]> {
  try {
    const entries = await readdir(storeDir, { withFileTypes: true });
    return entries.filter((e) => e.isFile() && e.name.endsWith('.jsonl')).map((e) => e.name);
  } catch (error) {
    if (['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '')) return [];
    throw error;
  }
}
