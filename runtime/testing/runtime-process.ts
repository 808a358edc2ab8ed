// Test helper: one LineFlow process configured from the environment, for tests that kill it.
import { loadConfig } from '../config/load-config';
import { startRuntime } from '../app/start-runtime';
import { pino } from 'pino';

// With --worker: queue workers only, no HTTP (like `npm run worker`).
const workerOnly = process.argv.includes('--worker');
const runtime = await startRuntime(loadConfig(process.env, workerOnly ? { serveHttp: false } : {}), {
  log: pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
});
process.stdout.write(`${JSON.stringify({ ready: true, url: runtime.url })}\n`);
process.on('SIGTERM', () => void runtime.stop().then(() => process.exit(0)));
