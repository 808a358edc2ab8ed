// The floor server as a child process of the bench, configured like LineFlow's (same variables).
import { pino } from 'pino';
import { startFloorServer } from './floor-server';

const env = process.env;
const required = (name: string): string => {
  const value = env[name]?.trim();
  if (!value) throw new Error(`floor server: ${name} is not set`);
  return value;
};

const floor = await startFloorServer({
  port: Number(env.PORT ?? 0),
  redisUrl: env.REDIS_URL?.trim() || 'redis://127.0.0.1:6379',
  prefix: required('QUEUE_PREFIX'),
  channelSecret: required('LINE_CHANNEL_SECRET'),
  channelAccessToken: required('LINE_CHANNEL_ACCESS_TOKEN'),
  lineApiBaseUrl: required('LINE_API_BASE_URL'),
  concurrency: Number(env.WORKER_CONCURRENCY ?? 16),
  lockMs: Number(env.JOB_LOCK_MS ?? 10_000),
  log: pino({ level: env.TEST_LOG_LEVEL ?? 'warn' }, pino.destination(2)),
});
// The same ready line as runtime/testing/runtime-process.ts, so the bench starts both alike.
process.stdout.write(`${JSON.stringify({ ready: true, url: floor.url })}\n`);
process.on('SIGTERM', () => void floor.stop().then(() => process.exit(0)));
