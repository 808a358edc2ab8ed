// What a set of server processes cost the machine, from Linux's /proc (the bench runs on Linux).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, lstatSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcSample {
  /** utime + stime of all the processes, in ms. */
  cpuMs: number;
  /** Bytes the processes caused to be sent to storage (`write_bytes`); NaN when /proc hides it. */
  diskBytes: number;
  /** Bytes of the files under the data folder, when there is one. */
  dataDirBytes: number;
}

const ticksPerSecond = clockTicks();

export function sampleProcesses(pids: number[], dataDir?: string): ProcSample {
  let cpuMs = 0;
  let diskBytes = 0;
  for (const pid of pids) {
    cpuMs += cpuTicks(pid) * (1000 / ticksPerSecond);
    diskBytes += writeBytes(pid);
  }
  return { cpuMs, diskBytes, dataDirBytes: dataDir ? folderBytes(dataDir) : 0 };
}

export function difference(before: ProcSample, after: ProcSample): ProcSample {
  return { cpuMs: after.cpuMs - before.cpuMs, diskBytes: after.diskBytes - before.diskBytes, dataDirBytes: after.dataDirBytes - before.dataDirBytes };
}

/** CPU time, in ms, the whole machine spent busy (all cores, every process) since boot. */
export function machineBusyMs(): number {
  const fields = read('/proc/stat')?.split('\n')[0]?.trim().split(/\s+/).slice(1).map(Number);
  if (!fields) return Number.NaN;
  // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
  const busy = fields.slice(0, 8).reduce((sum, n, i) => (i === 3 || i === 4 ? sum : sum + n), 0);
  return busy * (1000 / ticksPerSecond);
}

function cpuTicks(pid: number): number {
  const stat = read(`/proc/${pid}/stat`);
  if (!stat) return Number.NaN;
  // The command name in field 2 may hold spaces and parentheses; the fields after it do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Fields 14 and 15 (utime, stime) are the 12th and 13th after the name.
  return Number(fields[11]) + Number(fields[12]);
}

function writeBytes(pid: number): number {
  const line = read(`/proc/${pid}/io`)
    ?.split('\n')
    .find((l) => l.startsWith('write_bytes:'));
  return line ? Number(line.split(':')[1]) : Number.NaN;
}

function folderBytes(dir: string): number {
  let total = 0;
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return 0;
  }
  for (const name of entries) {
    const path = join(dir, name);
    try {
      const stat = lstatSync(path);
      total += stat.isDirectory() ? folderBytes(path) : stat.size;
    } catch {
      // A file removed while counting (a rotated log, a finished temp file) counts as gone.
    }
  }
  return total;
}

function read(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

function clockTicks(): number {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
}
