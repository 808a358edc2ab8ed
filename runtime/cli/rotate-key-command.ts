import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { Redis } from 'ioredis';
import { countLiveWorkers } from '../app/worker-heartbeat';
import { generatedKeyFileName, readEncryptionKeyFile } from '../auth/encryption-key';
import { resealSecrets } from '../auth/reseal-secrets';
import { loadSecretBox, SecretBox } from '../auth/secret-box';
import { loadConfig, type RuntimeConfig } from '../config/load-config';
import { openStore } from '../store/open-store';
import type { CommandOutput } from './validate-command';

const usage = `usage: lineflow rotate-key --new-key-file FILE [--generate] [--force]
  Re-seals every stored secret with the key in FILE (64 hex digits or 44 base64 characters),
  taking the current key from ENCRYPTION_KEY, ENCRYPTION_KEY_FILE or DATA_DIR as LineFlow does.
  --generate  write a new random key into FILE first (FILE must not exist)
  --force     go on although LineFlow's workers seem to be running (stop every process first)`;

/**
 * `lineflow rotate-key --new-key-file FILE`: opens every sealed secret in the store with the
 * current key and seals it with the new one, in one transaction, checks the result, and says what
 * to change in the environment. Run with LineFlow stopped: a running process still holds the old key.
 */
export async function rotateKeyCommand(args: string[], io: CommandOutput, env?: Record<string, string | undefined>): Promise<number> {
  const fileAt = args.indexOf('--new-key-file');
  const file = fileAt >= 0 ? args[fileAt + 1] : undefined;
  const known = new Set(['--new-key-file', '--generate', '--force', file]);
  if (!file || file.startsWith('-') || args.some((arg) => !known.has(arg))) {
    io.err(usage);
    return 2;
  }
  const newKeyFile = resolve(file);
  const config = loadConfig(env);
  const generatedFile = join(config.dataDir, generatedKeyFileName);
  if (!config.encryptionKey && !config.encryptionKeyFile && !existsSync(generatedFile)) {
    io.err(`lineflow: there is no key to rotate from: ENCRYPTION_KEY and ENCRYPTION_KEY_FILE are unset and ${generatedFile} does not exist.`);
    return 1;
  }
  if (await workersRunning(config, io)) {
    if (!args.includes('--force')) {
      io.err('lineflow: LineFlow workers are running on this Redis: stop every LineFlow process first (or add --force if they are gone).');
      return 1;
    }
    io.out('going on although workers seem to be running (--force)');
  }
  const from = await loadSecretBox(config.dataDir, config);
  if (args.includes('--generate')) {
    if (existsSync(newKeyFile)) {
      io.err(`lineflow: ${newKeyFile} exists already; --generate writes a new key only into a new file.`);
      return 1;
    }
    await writeFile(newKeyFile, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    io.out(`wrote a new key into ${newKeyFile} (readable by its owner only)`);
  }
  if (newKeyFile.startsWith(`${config.dataDir}${sep}`))
    io.out(`note: ${newKeyFile} is inside DATA_DIR, so a backup of DATA_DIR carries the key; keep it elsewhere.`);
  const to = new SecretBox(await readEncryptionKeyFile(newKeyFile, `The new key file ${newKeyFile}`), 'file');
  if (to.keyId === from.keyId) {
    io.err(`lineflow: ${newKeyFile} holds the key in use already (key ${from.keyId}); give a new key.`);
    return 1;
  }

  const store = await openStore({ ...config, sqlite: { synchronous: config.sqliteSynchronous, searchIndexIntervalMs: 0 } });
  let report;
  try {
    report = await resealSecrets(store, from, to);
  } finally {
    await store.close();
  }
  const counts = Object.entries(report.resealed).map(([collection, n]) => `${n} in ${collection}`);
  const total = Object.values(report.resealed).reduce((sum, n) => sum + n, 0);
  io.out(
    `re-sealed ${total} secret${total === 1 ? '' : 's'}${counts.length ? ` (${counts.join(', ')})` : ''} from key ${from.keyId} to key ${to.keyId}, ` +
      `in one transaction, and checked that each opens with the new key${report.alreadyNew ? `; ${report.alreadyNew} had the new key already` : ''}.`,
  );
  io.out('');
  io.out('Now, before starting LineFlow again:');
  for (const step of nextSteps(from, config, newKeyFile, generatedFile)) io.out(`  - ${step}`);
  io.out(`Started with the old key, LineFlow says the secrets were "sealed with encryption key ${to.keyId}": start it with the new key, nothing is lost.`);
  return 0;
}

function nextSteps(from: SecretBox, config: RuntimeConfig, newKeyFile: string, generatedFile: string): string[] {
  const set = `set ENCRYPTION_KEY_FILE=${newKeyFile} in LineFlow's environment (every process: web and workers)`;
  if (from.keySource === 'environment') return [set, 'remove ENCRYPTION_KEY from it'];
  if (from.keySource === 'file')
    return [`${set}; it names ${config.encryptionKeyFile} now`, `delete the old key file ${config.encryptionKeyFile} once LineFlow runs`];
  return [
    set,
    `delete the old generated key ${generatedFile} (LineFlow no longer uses it, but a backup of DATA_DIR would carry it)`,
    'keep the new key file outside DATA_DIR and out of its backups; back it up on its own',
  ];
}

/** Whether worker processes beat on this Redis (web-only processes do not beat: the usage says to stop every one). */
async function workersRunning(config: RuntimeConfig, io: CommandOutput): Promise<boolean> {
  const redis = new Redis(config.redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null });
  redis.on('error', () => {});
  try {
    await redis.connect();
    return (await countLiveWorkers(redis, config.queuePrefix)) > 0;
  } catch {
    io.out(`could not reach Redis at ${config.redisUrl} to check that LineFlow is stopped: make sure it is.`);
    return false;
  } finally {
    redis.disconnect();
  }
}
