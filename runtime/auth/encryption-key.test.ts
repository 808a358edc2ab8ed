import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../config/load-config';
import { EncryptionKeyError, loadEncryptionKey } from './encryption-key';
import { keyIdOf, loadSecretBox, SealedSecretError, SecretBox } from './secret-box';

const dir = mkdtempSync(join(tmpdir(), 'lineflow-key-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('where the encryption key comes from', () => {
  const key = randomBytes(32);

  it('takes ENCRYPTION_KEY as 64 hex digits or base64, and names what is wrong without showing it', async () => {
    expect((await loadEncryptionKey(dir, { encryptionKey: key.toString('hex') })).key).toEqual(key);
    expect(await loadEncryptionKey(dir, { encryptionKey: key.toString('base64') })).toMatchObject({ key, source: 'environment' });
    const short = 'c2hvcnQta2V5';
    await expect(loadEncryptionKey(dir, { encryptionKey: short })).rejects.toThrow(/ENCRYPTION_KEY must be 32 bytes .* it holds 12 characters/);
    await expect(loadEncryptionKey(dir, { encryptionKey: short })).rejects.not.toThrow(short);
  });

  it('reads ENCRYPTION_KEY_FILE once, trimmed, and says clearly when it cannot', async () => {
    const file = join(dir, 'key-file');
    writeFileSync(file, `  ${key.toString('base64')}\n\n`);
    expect(await loadEncryptionKey(dir, { encryptionKeyFile: file })).toEqual({ key, source: 'file', file });
    await expect(loadEncryptionKey(dir, { encryptionKeyFile: join(dir, 'missing') })).rejects.toThrow(
      `ENCRYPTION_KEY_FILE (${join(dir, 'missing')}) cannot be read: there is no such file.`,
    );
    await expect(loadEncryptionKey(dir, { encryptionKeyFile: dir })).rejects.toThrow('cannot be read: it is a folder');
    writeFileSync(file, randomBytes(16).toString('hex'));
    await expect(loadEncryptionKey(dir, { encryptionKeyFile: file })).rejects.toThrow(EncryptionKeyError);
    await expect(loadEncryptionKey(dir, { encryptionKeyFile: file })).rejects.toThrow(`ENCRYPTION_KEY_FILE (${file}) must be 32 bytes`);
  });

  it('generates one into DATA_DIR (owner-only) when neither is set, the same for processes starting together', async () => {
    const data = join(dir, 'data');
    const loads = await Promise.all([1, 2, 3, 4].map(() => loadEncryptionKey(data)));
    expect(new Set(loads.map((l) => l.key.toString('hex'))).size).toBe(1);
    expect(loads[0]).toMatchObject({ source: 'generated in DATA_DIR', file: join(data, 'encryption-key') });
    expect(statSync(join(data, 'encryption-key')).mode & 0o777).toBe(0o600);
    expect((await loadSecretBox(data)).keySource).toBe('generated in DATA_DIR');
  });

  it('is set one way only', () => {
    expect(() => loadConfig({ ENCRYPTION_KEY: key.toString('hex'), ENCRYPTION_KEY_FILE: '/run/secrets/key' })).toThrow(ConfigError);
    expect(loadConfig({ ENCRYPTION_KEY_FILE: 'keys/lineflow.key' }).encryptionKeyFile).toBe(join(process.cwd(), 'keys/lineflow.key'));
    expect(loadConfig({}).auditRetentionDays).toBe(365);
  });
});

describe('sealed secrets carry their key id', () => {
  const one = new SecretBox(Buffer.alloc(32, 1));
  const two = new SecretBox(Buffer.alloc(32, 2));

  it('seals with the key id, and a value sealed with another key names both keys', () => {
    const sealed = one.seal('channel secret');
    expect(sealed.startsWith(`v2.${keyIdOf(Buffer.alloc(32, 1))}.`)).toBe(true);
    expect(SecretBox.isSealed(sealed)).toBe(true);
    expect(one.open(sealed)).toBe('channel secret');
    expect(() => two.open(sealed)).toThrow(SealedSecretError);
    expect(() => two.open(sealed)).toThrow(`sealed with encryption key ${one.keyId}, but this LineFlow has key ${two.keyId}`);
  });

  it('refuses a value whose key id was altered, and opens values sealed before key ids', () => {
    const sealed = one.seal('x').replace(one.keyId, two.keyId);
    expect(() => two.open(sealed)).toThrow('fails its integrity check');
    // The v1 form: no key id.
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', Buffer.alloc(32, 1), iv);
    const data = Buffer.concat([cipher.update('legacy', 'utf8'), cipher.final()]);
    const v1 = `v1.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${data.toString('base64url')}`;
    expect(one.open(v1)).toBe('legacy');
    expect(() => two.open(v1)).toThrow('was ENCRYPTION_KEY changed?');
    expect(SecretBox.isSealed('v1.2.3.4')).toBe(false);
  });
});
