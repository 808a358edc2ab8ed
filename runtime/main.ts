// `npm start`: the web server and the queue workers in one process, on embedded defaults.
import { defaultChannelId } from './channels/contact-address';
import { loadConfig, ConfigError } from './config/load-config';
import { createLogger } from './logging/create-logger';
import { ensureRedis } from './app/ensure-redis';
import { seedExamples } from './app/seed-examples';
import { startRuntime } from './app/start-runtime';
import { stopOnSignals } from './app/stop-on-signals';
import type { RuntimeServices } from './app/runtime-services';
import { editorIsBuilt } from './app/serve-editor';
import { randomBytes } from 'node:crypto';
import { hashPassword } from './auth/password-hash';
import { warmLineRequestSchemas } from '../shared/line-schema/line-request-schema';

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
  // /healthz says "starting" until the examples are loaded and the first admin exists: a workflow
  // published before then could be overwritten by the example loader.
  const runtime = await startRuntime({ ...base, redisUrl }, { log, deferReady: true });
  const { services } = runtime;
  stopOnSignals(runtime, log);
  let firstAdminNote: string | undefined;
  if (role === 'all') {
    const simulated = !(await services.channels.get(defaultChannelId));
    const seeded = await seedExamples(services.store, simulated);
    if (seeded.length) {
      await services.workflowsChanged();
      log.info({ workflows: seeded }, 'first start: loaded the examples');
    }
    firstAdminNote = await ensureFirstAdmin(services, simulated);
  }
  // Before /healthz says ready: a request a load balancer sends next must not wait for the compile.
  warmLineRequestSchemas();
  runtime.markReady();
  log.info(
    { url: runtime.url, store: services.store.kind, channel: await services.channels.kind(), redis: redisUrl, role },
    role === 'worker' ? 'LineFlow worker started' : `LineFlow is running at ${runtime.url}`,
  );
  if (runtime.adminTokenCreated) {
    // Printed once, on the first start, for scripts (Authorization: Bearer); it is kept in DATA_DIR.
    // People sign in to the editor with email and password: the token never goes in a URL.
    process.stdout.write(`\nAPI token for scripts (saved in ${base.dataDir}/admin-api-token): ${services.adminToken}\n`);
    if (role === 'all') process.stdout.write(`Open the editor: ${runtime.url}/ and sign in\n`);
  }
  if (firstAdminNote) process.stdout.write(firstAdminNote);
  if (!base.line && role === 'all') {
    process.stdout.write(`\nNo LINE credentials: running the simulated channel. Chat with the published examples:\n  npx lineflow chat     (type "menu")\n\n`);
  }
}

/** With no users yet: the simulator demo gets an admin to sign in with at once; else says how to create one. */
async function ensureFirstAdmin(services: RuntimeServices, simulated: boolean): Promise<string | undefined> {
  if ((await services.store.users.count({})) > 0) return undefined;
  if (!simulated) return `\nNo users yet. Create the first admin:\n  npx lineflow user add --admin you@example.com\n`;
  // The password is shown this once.
  const password = randomBytes(12).toString('base64url');
  const user = {
    id: 'u-demo-admin',
    email: 'admin@lineflow.local',
    name: 'Demo admin',
    role: 'admin' as const,
    teams: ['Support'],
    status: 'online' as const,
    passwordHash: await hashPassword(password),
    createdAt: new Date().toISOString(),
  };
  // Another process starting on the same data folder may have made it first: its password stands.
  if (!(await services.store.users.insert(user))) return undefined;
  return `\nDemo admin: admin@lineflow.local / ${password} (shown once; sign in at the editor)\n`;
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`lineflow: ${message}\n`);
  process.exit(1);
});
