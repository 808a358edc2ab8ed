import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface StartFigures {
  /** From spawning `node --import tsx` until it exits, seen by the parent. */
  wallMs: number;
  /** Within the child: from its start until the first query answered (node, tsx, imports, open, query). */
  readyMs: number;
  bootMs: number;
  importMs: number;
  openMs: number;
  firstQueryMs: number;
  /** VmRSS after the open and the queries, and the peak (VmHWM). */
  rssMb: number;
  peakRssMb: number;
}

/** Opens the closed store in a fresh process, as a restart would; see start-probe.ts. */
export async function measureStart(dir: string, contactId: string): Promise<StartFigures> {
  const script = fileURLToPath(new URL('./start-probe.ts', import.meta.url));
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', script, dir, contactId], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`the start probe exited with ${code}`);
  const figures = JSON.parse(output.trim().split('\n').at(-1) as string) as Omit<StartFigures, 'wallMs'> & { found: boolean };
  if (!figures.found) throw new Error(`the start probe did not find contact ${contactId}`);
  const { found: _found, ...rest } = figures;
  return { wallMs, ...rest };
}
