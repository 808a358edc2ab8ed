import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { sqliteFileName } from '../../store/sqlite/open-sqlite-store';

export interface DiskSnapshot {
  /** lineflow.db plus lineflow.db-wal, in bytes. */
  fileBytes: number;
  /** This process's `write_bytes` (bytes it caused to reach storage); NaN where /proc hides it. */
  writeBytes: number;
  /** This process's `wchar` (bytes passed to write(2) and the like, page cache included). */
  writeCalls: number;
}

export function diskSnapshot(dir: string): DiskSnapshot {
  const io = readProcIo();
  return {
    fileBytes: fileSize(join(dir, sqliteFileName)) + fileSize(join(dir, `${sqliteFileName}-wal`)),
    writeBytes: io.write_bytes ?? Number.NaN,
    writeCalls: io.wchar ?? Number.NaN,
  };
}

export function diskGrowth(before: DiskSnapshot, after: DiskSnapshot): DiskSnapshot {
  return { fileBytes: after.fileBytes - before.fileBytes, writeBytes: after.writeBytes - before.writeBytes, writeCalls: after.writeCalls - before.writeCalls };
}

function fileSize(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function readProcIo(): Record<string, number> {
  try {
    const lines = readFileSync('/proc/self/io', 'utf8').trim().split('\n');
    return Object.fromEntries(lines.map((line) => line.split(':')).map(([key, value]) => [key?.trim(), Number(value)]));
  } catch {
    return {};
  }
}
