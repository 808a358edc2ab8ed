import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { loadConfig } from '../config/load-config';
import { openStore } from '../store/open-store';
import { sqliteFileName } from '../store/sqlite/open-sqlite-store';
import { tableSpecs } from '../store/sqlite/table-specs';
import type { CollectionName } from '../store/store';
import type { CommandOutput } from './validate-command';

const usage = 'usage: lineflow backup [--force] FILE   (copies the store under DATA_DIR into FILE, while LineFlow runs)';
/** What the summary counts: enough to see at a glance that the copy holds the installation. */
const counted: CollectionName[] = ['workflows', 'contacts', 'conversations', 'messages', 'runs', 'inboundEvents'];

/**
 * `lineflow backup [--force] FILE`: a consistent copy of the embedded store (SQLite's online
 * backup), taken while the server runs; restore by putting it in place as DATA_DIR/lineflow.db
 * with LineFlow stopped. The copy is written beside FILE first and renamed, so FILE is never half
 * a backup. Returns the exit code.
 */
export async function backupCommand(args: string[], io: CommandOutput, env?: Record<string, string | undefined>): Promise<number> {
  const force = args.includes('--force');
  const files = args.filter((arg) => arg !== '--force');
  if (files.length !== 1 || files[0].startsWith('-')) {
    io.err(usage);
    return 2;
  }
  const config = loadConfig(env);
  if (config.mongodbUri) {
    io.err('lineflow: MONGODB_URI is set, so the data is in MongoDB, not in a file to copy: back it up with mongodump (and restore with mongorestore).');
    return 1;
  }
  const source = join(config.dataDir, sqliteFileName);
  const target = resolve(files[0]);
  if (!existsSync(source)) {
    io.err(`lineflow: there is no store at ${source}; set DATA_DIR to the folder LineFlow keeps its data in.`);
    return 1;
  }
  if (target === source) {
    io.err(`lineflow: ${target} is the store itself; name another file.`);
    return 1;
  }
  if (!existsSync(dirname(target))) {
    io.err(`lineflow: the folder ${dirname(target)} does not exist.`);
    return 1;
  }
  if (existsSync(target) && !force) {
    io.err(`lineflow: ${target} exists already; name another file, or add --force to replace it.`);
    return 1;
  }

  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const store = await openStore({ ...config, sqlite: { synchronous: config.sqliteSynchronous } });
  try {
    await (store.backup as (file: string) => Promise<void>)(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  } finally {
    await store.close();
  }
  renameSync(partial, target);

  // Counted in the copy, not in the store, so the numbers say what the backup holds.
  const copy = new Database(target, { readonly: true, fileMustExist: true });
  try {
    const check = copy.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      io.err(`lineflow: the copy in ${target} fails SQLite's check (${String(check)}); keep the previous backup and try again.`);
      return 1;
    }
    const counts = counted.map((name) => {
      const { n } = copy.prepare(`SELECT count(*) AS n FROM ${tableSpecs[name].table}`).get() as { n: number };
      return `${n} ${tableSpecs[name].table.replaceAll('_', ' ')}`;
    });
    io.out(`backed up ${source} to ${target} (${megabytes(statSync(target).size)})`);
    io.out(`  ${counts.join(', ')}`);
  } finally {
    copy.close();
  }
  return 0;
}

function megabytes(bytes: number): string {
  return bytes < 1_000_000 ? `${(bytes / 1000).toFixed(1)} kB` : `${(bytes / 1_000_000).toFixed(1)} MB`;
}
