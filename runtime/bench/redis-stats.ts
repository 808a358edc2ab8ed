// Redis-side cost, from `INFO commandstats` and `INFO cpu` on a connection of its own. These are
// server-wide counters: whatever else uses the same Redis meanwhile (another test run) is counted
// too, so the bench also measures idle windows around a phase and subtracts that background.
import type { Redis } from 'ioredis';

export interface RedisSample {
  at: number;
  /** Calls per command name, e.g. `evalsha`, `get`. Commands run by scripts are counted as well. */
  calls: Map<string, number>;
  cpuMs: number;
}

export interface RedisCost {
  seconds: number;
  total: number;
  /** Commands by calls, most first. */
  byCommand: Array<[string, number]>;
  cpuMs: number;
}

export async function sampleRedis(redis: Redis): Promise<RedisSample> {
  const [commands, cpu] = await Promise.all([redis.info('commandstats'), redis.info('cpu')]);
  const calls = new Map<string, number>();
  for (const match of commands.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)) calls.set(match[1], Number(match[2]));
  const seconds = (name: string) => Number(new RegExp(`^${name}:([\\d.]+)`, 'm').exec(cpu)?.[1] ?? Number.NaN);
  return { at: performance.now(), calls, cpuMs: (seconds('used_cpu_user') + seconds('used_cpu_sys')) * 1000 };
}

export function redisCost(before: RedisSample, after: RedisSample): RedisCost {
  const calls = new Map<string, number>();
  for (const [name, count] of after.calls) {
    // Our own INFO calls are the bench's, not the server's.
    if (name !== 'info') calls.set(name, count - (before.calls.get(name) ?? 0));
  }
  return costOf(calls, (after.at - before.at) / 1000, after.cpuMs - before.cpuMs);
}

/** A phase's cost less the background rate of the idle windows, command by command. */
export function lessBackground(phase: RedisCost, idle: RedisCost[]): RedisCost {
  const idleSeconds = idle.reduce((sum, c) => sum + c.seconds, 0);
  const scale = idleSeconds > 0 ? phase.seconds / idleSeconds : 0;
  const calls = new Map(phase.byCommand);
  for (const window of idle) {
    for (const [name, count] of window.byCommand) calls.set(name, (calls.get(name) ?? 0) - count * scale);
  }
  const idleCpu = idle.reduce((sum, c) => sum + c.cpuMs, 0);
  return costOf(calls, phase.seconds, Math.max(0, phase.cpuMs - idleCpu * scale));
}

function costOf(calls: Map<string, number>, seconds: number, cpuMs: number): RedisCost {
  const byCommand = [...calls].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1]);
  return { seconds, total: byCommand.reduce((sum, [, n]) => sum + n, 0), byCommand, cpuMs };
}
