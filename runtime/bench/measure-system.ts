// One system's run: warm-up, the fixed-load phases, then the saturation phase with its costs.
import type { Redis } from 'ioredis';
import type { BenchOptions } from './bench-options';
import type { SystemUnderTest } from './bench-systems';
import type { LoadGenerator, PhaseResult } from './load-generator';
import { difference, machineBusyMs, sampleProcesses, type ProcSample } from './proc-stats';
import { lessBackground, redisCost, sampleRedis, type RedisCost } from './redis-stats';
import { lastWords } from './spawn-server';

export interface SystemResult {
  name: string;
  fixed: Array<{ rate: number; result: PhaseResult }>;
  saturation: PhaseResult;
  /** Costs over the saturation phase (and a short settling after it), all of Redis. */
  redis: RedisCost;
  /** The same less the background rate of the idle seconds before and after. */
  redisNet: RedisCost;
  proc: ProcSample;
  /** Redis commands per second while the system sat idle: others' work, and its own polling. */
  idleRedisPerSecond: number;
  /** Where the machine's CPU went over the saturation phase, in ms: to judge how busy it was. */
  machine: { wallMs: number; busyMs: number; benchMs: number };
  casualty?: string;
}

/** Work a server does after the reply (saving, bookkeeping) belongs to the event too. */
const settleMs = 500;

export async function measureSystem(
  system: SystemUnderTest,
  load: LoadGenerator,
  redis: Redis,
  options: BenchOptions,
  onPhase: (title: string, result: PhaseResult) => void,
): Promise<SystemResult> {
  load.url = system.url;
  const users = `U${system.name}-`;
  if ((await load.warmUp(`${users}warm`)) === 0) {
    const why = system.casualty() ?? lastWords(system.processes.map((p) => p.stderr()).join('\n'));
    throw new Error(`no answer to any warm-up event${why ? `: ${why}` : " (TEST_LOG_LEVEL=warn shows the server's log)"}`);
  }
  const fixed: SystemResult['fixed'] = [];
  for (const rate of options.rates) {
    const result = await load.fixedLoad(`${users}r${rate}-`, rate, options.seconds);
    onPhase(`fixed load: ${rate} events/s offered for ${options.seconds} s`, result);
    fixed.push({ rate, result });
  }

  const idleBefore = await idleWindow(redis);

  const pids = system.processes.map((p) => p.pid);
  const redisBefore = await sampleRedis(redis);
  const procBefore = sampleProcesses(pids, system.dataDir);
  const machineBefore = { at: performance.now(), busyMs: machineBusyMs(), benchMs: ownCpuMs() };
  const maxSeconds = options.seconds * 2;
  const saturation = await load.saturation(`${users}sat-`, options.users, options.concurrency, maxSeconds);
  await sleep(settleMs);
  const procAfter = sampleProcesses(pids, system.dataDir);
  const redisAfter = await sampleRedis(redis);
  const machine = { wallMs: performance.now() - machineBefore.at, busyMs: machineBusyMs() - machineBefore.busyMs, benchMs: ownCpuMs() - machineBefore.benchMs };
  const idleAfter = await idleWindow(redis);
  const redisCosts = redisCost(redisBefore, redisAfter);
  onPhase(`saturation: ${options.users} customers, ${options.concurrency} at a time, at most ${maxSeconds} s`, saturation);
  return {
    name: system.name,
    fixed,
    saturation,
    redis: redisCosts,
    redisNet: lessBackground(redisCosts, [idleBefore, idleAfter]),
    proc: difference(procBefore, procAfter),
    idleRedisPerSecond: (idleBefore.total + idleAfter.total) / (idleBefore.seconds + idleAfter.seconds),
    machine,
    casualty: system.casualty(),
  };
}

/** A second of Redis while the system is idle: the background to subtract from a phase. */
async function idleWindow(redis: Redis): Promise<RedisCost> {
  const start = await sampleRedis(redis);
  await sleep(1000);
  return redisCost(start, await sampleRedis(redis));
}

/** This process: the load generator and the fake LINE API. */
function ownCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
