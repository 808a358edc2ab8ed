import { statSync } from 'node:fs';
import { cpus, platform, totalmem } from 'node:os';
import type { Database } from 'better-sqlite3';

const tables = [
  'conversations',
  'conversation_events',
  'messages',
  'message_hours',
  'csat_responses',
  'runs',
  'step_hours',
  'contacts',
  'contact_hours',
  'users',
  'workflow_versions',
];

export interface DatasetFigures {
  rows: [string, number][];
  fileBytes: number;
  /** The bytes of the messages table and its indexes, when SQLite has its dbstat table. */
  messagesBytes: number | null;
}

/** Rows per table and the database's size, after a checkpoint has moved the WAL into the file. */
export function datasetFigures(db: Database, file: string): DatasetFigures {
  db.pragma('wal_checkpoint(TRUNCATE)');
  const rows = tables.map((table): [string, number] => [table, (db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n]);
  let messagesBytes: number | null = null;
  try {
    messagesBytes = (
      db
        .prepare(
          "SELECT SUM(pgsize) AS n FROM dbstat WHERE name = 'messages' OR name IN (SELECT name FROM sqlite_master WHERE tbl_name = 'messages' AND type = 'index')",
        )
        .get() as {
        n: number;
      }
    ).n;
  } catch {
    // Built without SQLITE_ENABLE_DBSTAT_VTAB: the total size is still known.
  }
  return { rows, fileBytes: statSync(file).size, messagesBytes };
}

export function machineFacts(db: Database): string {
  const cpu = cpus();
  const sqlite = (db.prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  return `${cpu.length} cores (${cpu[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${platform()}, Node ${process.version}, SQLite ${sqlite} (better-sqlite3)`;
}
