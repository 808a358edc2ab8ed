// The benchmark's knobs, read from the environment once (the bench's own config module).
export const systemNames = ['floor', 'lineflow1', 'lineflow2'] as const;
export type SystemName = (typeof systemNames)[number];

export interface BenchOptions {
  /** BENCH_SECONDS: length of each fixed-load phase; the saturation phase gets twice that at most. Default 10. */
  seconds: number;
  /** BENCH_RATES: offered events/s of the fixed-load phases. Default 100,500. */
  rates: number[];
  /** BENCH_USERS: customers (2 events each) in the saturation phase. Default 3000. */
  users: number;
  /** BENCH_CONCURRENCY: customers talking at once in the saturation phase. Default 300. */
  concurrency: number;
  /** BENCH_SYSTEMS: which servers to measure, in order. Default floor,lineflow1,lineflow2. */
  systems: SystemName[];
  /** REDIS_URL. Default redis://127.0.0.1:6379. */
  redisUrl: string;
  /** WORKER_CONCURRENCY, passed on to every server process: jobs each handles at once. Default 16. */
  workerSlots: number;
  /** BENCH_CPU_PROFILE: a folder for the servers' --cpu-prof output. Default none. */
  cpuProfileDir?: string;
}

export function readBenchOptions(env: Record<string, string | undefined>): BenchOptions {
  const systems = list(env.BENCH_SYSTEMS, systemNames.join(','));
  const unknown = systems.filter((s) => !(systemNames as readonly string[]).includes(s));
  if (unknown.length) throw new Error(`BENCH_SYSTEMS: unknown ${unknown.join(', ')}; pick from ${systemNames.join(', ')}`);
  return {
    seconds: positive(env, 'BENCH_SECONDS', 10),
    rates: list(env.BENCH_RATES, '100,500').map((r) => positiveValue('BENCH_RATES', r)),
    users: positive(env, 'BENCH_USERS', 3000),
    concurrency: positive(env, 'BENCH_CONCURRENCY', 300),
    systems: systems as SystemName[],
    redisUrl: env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
    workerSlots: positive(env, 'WORKER_CONCURRENCY', 16),
    cpuProfileDir: env.BENCH_CPU_PROFILE?.trim() || undefined,
  };
}

function list(raw: string | undefined, fallback: string): string[] {
  return (raw?.trim() || fallback)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function positive(env: Record<string, string | undefined>, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  return raw ? positiveValue(name, raw) : fallback;
}

function positiveValue(name: string, raw: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number; it is "${raw}"`);
  return value;
}
