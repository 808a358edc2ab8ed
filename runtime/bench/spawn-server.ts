// A server under test as a child process: started with tsx, waited for, and stopped by its pid.
import { spawn, type ChildProcess } from 'node:child_process';

export interface ServerProcess {
  child: ChildProcess;
  pid: number;
  /** The last few KB the child wrote to stderr: why it stopped, when it did. */
  stderr: () => string;
  /** Resolves with the child's `{ ready, url }` line; rejects with its stderr when it exits first. */
  ready: Promise<{ url?: string }>;
  /** Resolves with the exit code when the child ends, for whatever reason. */
  exited: Promise<number | null>;
  stop: () => Promise<void>;
}

const stderrKeep = 8_000;

export function spawnServer(script: string, args: string[], env: Record<string, string | undefined>, cpuProfileDir?: string): ServerProcess {
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', script, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-stderrKeep);
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<{ url?: string }>((resolve, reject) => {
    let buffered = '';
    // Read stdout to the end either way: a full pipe would stall the child.
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered = (buffered + chunk.toString()).slice(-stderrKeep);
      const line = buffered.split('\n').find((l) => l.startsWith('{"ready"'));
      if (line) resolve(JSON.parse(line) as { url?: string });
    });
    void exited.then((code) => reject(new Error(lastWords(errors) ?? `exited with code ${code}`)));
  });
  ready.catch(() => {});
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };
  return { child, pid: child.pid as number, stderr: () => errors, ready, exited, stop };
}

/** The child's own explanation: `lineflow: …` from main.ts, else its last error line. */
export function lastWords(stderr: string): string | undefined {
  const lines = stderr
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const said = lines.find((l) => l.startsWith('lineflow: '));
  if (said) return said.slice('lineflow: '.length);
  return lines.find((l) => /^(\w*Error|Error)\b/.test(l)) ?? lines.at(-1);
}
