import { randomBytes } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRuntime, type RunningRuntime } from '../app/start-runtime';
import { loadSecretBox, SecretBox } from '../auth/secret-box';
import { loadConfig } from '../config/load-config';
import { signIn } from '../testing/agent-session';
import { startTestRuntime, testAdminToken, type TestRuntime } from '../testing/test-runtime';
import { rotateKeyCommand } from './rotate-key-command';

const channelSecret = '0123456789abcdef0123456789abcdef';
const channelAccessToken = 'channel-access-token-to-rotate';
const taiwanSecret = 'c'.repeat(32);
const taiwanToken = 'taiwan-access-token-to-rotate';
const crmToken = 'crm-bearer-token-to-rotate';

/** Every sealed string of the collections that hold secrets, by where it lies. */
async function sealedValues(runtime: RunningRuntime): Promise<Record<string, string>> {
  const { store } = runtime.services;
  const found: Record<string, string> = {};
  const walk = (where: string, value: unknown) => {
    if (SecretBox.isSealed(value)) found[where] = value;
    else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(`${where}.${key}`, item);
  };
  for (const name of ['settings', 'users', 'eventSubscriptions', 'workflows', 'channels'] as const) {
    for (const doc of await store[name].find({})) walk(`${name}:${doc.id}`, doc);
  }
  return found;
}

describe('lineflow rotate-key', () => {
  let t: TestRuntime;
  let next: RunningRuntime | undefined;
  let env: Record<string, string>;
  let subscriptionSecret: string;
  let totpSecret: string;
  let before: Record<string, string>;
  const output: string[] = [];
  const io = { out: (line: string) => output.push(line), err: (line: string) => output.push(`ERR ${line}`) };

  beforeAll(async () => {
    t = await startTestRuntime({ simulated: true, env: { HTTP_ALLOWLIST: '127.0.0.1' } });
    env = { DATA_DIR: t.config.dataDir, REDIS_URL: t.config.redisUrl, QUEUE_PREFIX: t.config.queuePrefix, ADMIN_API_TOKEN: testAdminToken, PORT: '0' };
    // Real sealed data, through the API: LINE channel, a credential, a subscription's secret, a TOTP secret.
    expect((await t.api('PUT', '/api/settings/line', { channelSecret, channelAccessToken })).status).toBe(200);
    const credential = { name: 'crm', kind: 'bearer', value: crmToken, allowedOrigin: 'https://crm.example.com' };
    expect((await t.api('POST', '/api/credentials', credential)).status).toBe(201);
    const subscription = await t.api('POST', '/api/event-subscriptions', { url: 'http://127.0.0.1:9/in', events: ['message.received'] });
    expect(subscription.status).toBe(201);
    subscriptionSecret = subscription.body.secret;
    await t.api('POST', '/api/users', { email: 'ada@example.com', name: 'Ada', role: 'admin', password: 'correct horse battery' });
    const ada = await signIn(t.url, 'ada@example.com', 'correct horse battery');
    totpSecret = (await ada.call('POST', '/api/users/me/totp')).body.secret;
    expect(totpSecret).toMatch(/^[A-Z2-7]+$/);
    // A second LINE channel, stored as the Channels screen stores it (connecting asks LINE first).
    const { secrets, store } = t.runtime.services;
    const at = new Date().toISOString();
    await store.channels.put({
      id: 'tw',
      name: 'Taiwan',
      channelSecret: secrets.seal(taiwanSecret),
      channelAccessToken: secrets.seal(taiwanToken),
      createdAt: at,
      updatedAt: at,
    });
    before = await sealedValues(t.runtime);
    await t.runtime.stop();
  });
  const keyFiles: string[] = [];
  afterAll(async () => {
    await next?.stop();
    await t.stop();
    for (const file of keyFiles) rmSync(file, { force: true });
  });

  it('re-seals every stored secret with the new key, and a runtime with that key reads them', async () => {
    expect(Object.keys(before)).toHaveLength(7);
    const oldBox = await loadSecretBox(t.config.dataDir);
    const newKeyFile = join(t.config.dataDir, '..', `lineflow-new-key-${randomBytes(4).toString('hex')}`);
    keyFiles.push(newKeyFile);
    const code = await rotateKeyCommand(['--new-key-file', newKeyFile, '--generate'], io, env);
    expect(output.filter((line) => line.startsWith('ERR'))).toEqual([]);
    expect(code).toBe(0);
    expect(statSync(newKeyFile).mode & 0o777).toBe(0o600);
    const said = output.join('\n');
    expect(said).toContain('re-sealed 7 secrets (3 in settings, 1 in users, 1 in eventSubscriptions, 2 in channels)');
    expect(said).toContain(`set ENCRYPTION_KEY_FILE=${newKeyFile}`);
    expect(said).toContain(`delete the old generated key ${join(t.config.dataDir, 'encryption-key')}`);

    next = await startRuntime(loadConfig({ ...env, ENCRYPTION_KEY_FILE: newKeyFile }), { log: pino({ level: 'silent' }) });
    const box = next.services.secrets;
    expect(box.keySource).toBe('file');
    expect(box.keyId).not.toBe(oldBox.keyId);
    // The runtime opens the LINE channel's credentials with the new key: it uses the real channel.
    expect(await next.services.channels.get('default')).toMatchObject({ source: 'settings' });
    expect(await next.services.channels.secret('default')).toBe(channelSecret);
    expect(await next.services.channels.kind()).toBe('line');
    expect(await next.services.channels.secret('tw')).toBe(taiwanSecret);
    const after = await sealedValues(next);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const [where, sealed] of Object.entries(after)) {
      expect(SecretBox.keyIdOfSealed(sealed), where).toBe(box.keyId);
      expect(box.open(sealed), where).toBe(oldBox.open(before[where]));
    }
    const opened = Object.values(after).map((sealed) => box.open(sealed));
    expect(opened).toEqual(
      expect.arrayContaining([
        channelSecret,
        channelAccessToken,
        taiwanSecret,
        taiwanToken,
        subscriptionSecret,
        totpSecret,
        JSON.stringify({ value: crmToken }),
      ]),
    );
    const status = await fetch(`${next.url}/api/settings/encryption-key`, { headers: { authorization: `Bearer ${testAdminToken}` } });
    expect(await status.json()).toEqual({ keySource: 'file', keyId: box.keyId, warning: null });

    // The old key (still in DATA_DIR) fails clearly, naming both keys.
    for (const sealed of Object.values(after)) {
      expect(() => oldBox.open(sealed)).toThrow(`sealed with encryption key ${box.keyId}, but this LineFlow has key ${oldBox.keyId}`);
    }
  });

  it('refuses while workers run, a key that is the one in use, and a wrong current key (writing nothing)', async () => {
    const keyFile = next?.services.config.encryptionKeyFile as string;
    const withNewKey = { ...env, ENCRYPTION_KEY_FILE: keyFile };
    const another = join(t.config.dataDir, '..', `lineflow-another-key-${randomBytes(4).toString('hex')}`);
    keyFiles.push(another);
    output.length = 0;
    expect(await rotateKeyCommand(['--new-key-file', another, '--generate'], io, withNewKey)).toBe(1);
    expect(output.join('\n')).toContain('LineFlow workers are running on this Redis');
    await next?.stop();
    next = undefined;

    output.length = 0;
    expect(await rotateKeyCommand(['--new-key-file', keyFile], io, withNewKey)).toBe(1);
    expect(output.join('\n')).toContain('holds the key in use already');

    const stored = await (async () => {
      const running = await startRuntime(loadConfig(withNewKey), { log: pino({ level: 'silent' }) });
      const values = await sealedValues(running);
      await running.stop();
      return values;
    })();
    const wrongCurrent = { ...env, ENCRYPTION_KEY: randomBytes(32).toString('hex') };
    await expect(rotateKeyCommand(['--new-key-file', another, '--generate'], io, wrongCurrent)).rejects.toThrow(
      /sealed with encryption key .* was ENCRYPTION_KEY changed\?/,
    );
    const running = await startRuntime(loadConfig(withNewKey), { log: pino({ level: 'silent' }) });
    expect(await sealedValues(running)).toEqual(stored);
    await running.stop();
    expect(await rotateKeyCommand([], io, env)).toBe(2);
  });
});
