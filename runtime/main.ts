// `npm start`: the web server and the queue workers in one process, on embedded defaults.
import { loadConfig, ConfigError } from './config/load-config';
import { createLogger } from './logging/create-logger';
import { ensureRedis } from './app/ensure-redis';
import { seedExamples } from './app/seed-examples';
import { startRuntime } from './app/start-runtime';
import { editorIsBuilt } from './app/serve-editor';
import { randomBytes } from 'node:crypto';
import { hashPassword } from './auth/password-hash';

const role = process.argv.includes('--worker') ? 'worker' : 'all';

async function main(): Promise<void> {
  const base = loadConfig(process.env, role === 'worker' ? { serveHttp: false } : {});
  const log = createLogger(base.logLevel);
  const redisUrl = await ensureRedis(base.redisUrl, base.dataDir, log);
  if (role === 'all' && !editorIsBuilt()) {
    log.info('building the editor (first start)…');
    const { build } = await import('vite');
    await build({ configFile: new URL('../vite.config.ts', import.meta.url).pathname, logLevel: 'warn' });
  }
  const runtime = await startRuntime({ ...base, redisUrl }, { log });
  const { services } = runtime;
  if (role === 'all') {
    const seeded = await seedExamples(services.store, !base.line);
    if (seeded.length) {
      await services.workflowsChanged();
      log.info({ workflows: seeded }, 'first start: loaded the examples');
    }
  }
  log.info(
    { url: runtime.url, store: services.store.kind, channel: services.transport.kind, redis: redisUrl, role },
    role === 'worker' ? 'LineFlow worker started' : `LineFlow is running at ${runtime.url}`,
  );
  if (runtime.adminTokenCreated) {
    // Printed once, on the first start, so the admin can call the API; it is kept in DATA_DIR.
    process.stdout.write(`\nAPI token (saved in ${base.dataDir}/admin-api-token): ${services.adminToken}\n`);
    if (role === 'all') process.stdout.write(`Open the editor: ${runtime.url}/#token=${encodeURIComponent(services.adminToken)}\n`);
  }
  if (role === 'all' && (await services.store.users.count({})) === 0) {
    if (!base.line) {
      // The simulator demo: an admin to sign in with at once; the password is shown this once.
      const password = randomBytes(12).toString('base64url');
      await services.store.users.put({ id: 'u-demo-admin', email: 'admin@lineflow.local', name: 'Demo admin', role: 'admin', teams: ['Support'], status: 'online', passwordHash: await hashPassword(password), createdAt: new Date().toISOString() });
      process.stdout.write(`\nDemo admin: admin@lineflow.local / ${password} (shown once; sign in at the editor)\n`);
    } else {
      process.stdout.write(`\nNo users yet. Create the first admin:\n  npx lineflow user add --admin you@example.com\n`);
    }
  }
  if (!base.line && role === 'all') {
    process.stdout.write(`\nNo LINE credentials: running the simulated channel. Chat with the published examples:\n  npx lineflow chat     (type "menu")\n\n`);
  }
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'shutting down: finishing active work');
    runtime.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`lineflow: ${message}\n`);
  process.exit(1);
});
