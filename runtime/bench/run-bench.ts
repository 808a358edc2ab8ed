// `npm run bench`: the floor server (the least a correct LINE server does), LineFlow in one process
// and LineFlow in two, one after the other, driven by the same load generator against the same
// fake LINE API on loopback and the machine's Redis. Knobs: see bench-options.ts.
import { cpus } from 'node:os';
import { Redis } from 'ioredis';
import { Agent, setGlobalDispatcher } from 'undici';
import { FakeLineServer } from '../testing/fake-line-server';
import { readBenchOptions } from './bench-options';
import { benchSecret, startSystem, type SystemUnderTest } from './bench-systems';
import { LoadGenerator } from './load-generator';
import { measureSystem, type SystemResult } from './measure-system';
import { printCosts, printPhase, printSummary } from './print-report';

// Enough sockets for the saturation phase's customers: queuing in the client would hide the server.
setGlobalDispatcher(new Agent({ connections: 512, pipelining: 1 }));

const options = readBenchOptions(process.env);
const titles = {
  floor: 'floor: signature check, a BullMQ job per event, per-contact lock, immediate reply',
  lineflow1: 'LineFlow, one process (web + workers), FAQ menu workflow',
  lineflow2: 'LineFlow, two processes (web + workers, and `main.ts --worker`) on one data folder',
};

const line = await new FakeLineServer().start();
const load = new LoadGenerator(line, benchSecret);
// A connection of its own, so that reading the counters is not mixed with a server's commands.
const redis = new Redis(options.redisUrl, { maxRetriesPerRequest: 3 });
const results: SystemResult[] = [];
const skipped = new Map<string, string>();
let running: SystemUnderTest | undefined;

const interrupted = () => void (running?.stop() ?? Promise.resolve()).finally(() => process.exit(130));
process.once('SIGINT', interrupted);
process.once('SIGTERM', interrupted);

process.stdout.write(
  `LineFlow benchmark on ${cpus().length} CPUs: customers send "menu", tap "Business hours" and get the answer (2 events each).\n` +
    `${options.workerSlots} worker slots per process; fixed loads ${options.rates.join(', ')} events/s for ${options.seconds} s; ` +
    `saturation ${options.users} customers, ${options.concurrency} at a time.\n`,
);
try {
  for (const name of options.systems) {
    process.stdout.write(`\n== ${titles[name]} ==\n`);
    // A system that cannot start or answer is reported and skipped: the others still get measured.
    const skip = (reason: string) => {
      process.stdout.write(`  skipped: ${reason}\n`);
      skipped.set(name, reason);
    };
    const started = await startSystem(name, line.url, redis, options).catch((error: Error) => ({ skipped: `failed to start: ${error.message}` }));
    if ('skipped' in started) {
      skip(started.skipped);
      continue;
    }
    running = started.system;
    try {
      const result = await measureSystem(started.system, load, redis, options, printPhase);
      printCosts(result);
      results.push(result);
    } catch (error) {
      skip((error as Error).message);
    } finally {
      await started.system.stop();
      running = undefined;
    }
  }
  printSummary(results, skipped, options.rates);
  const replies = line.delivered.filter((d) => d.method === 'reply').length;
  process.stdout.write(
    `\nmessages sent by reply (free): ${((100 * replies) / Math.max(1, line.delivered.length)).toFixed(1)}% of ${line.delivered.length} LINE deliveries\n`,
  );
} finally {
  await line.stop();
  await redis.quit();
}
