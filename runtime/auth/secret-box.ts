import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { loadEncryptionKey, type EncryptionKeyOptions, type KeySource } from './encryption-key';

/** A sealed secret that cannot be opened: not sealed at all, sealed with another key, or damaged. */
export class SealedSecretError extends Error {
  override name = 'SealedSecretError';
}

// v1 (before key ids): v1.<iv>.<tag>.<data>. v2: v2.<key id>.<iv>.<tag>.<data>, the key id also
// authenticated, so a value sealed with another key is named as such instead of failing as "damaged".
const sealedPattern = /^(?:v1|v2\.[A-Za-z0-9_-]{8})\.[A-Za-z0-9_-]{16}\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]*$/;

/** A short fingerprint of a key, kept in each sealed value: it tells keys apart and reveals nothing of them. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('lineflow encryption key id\0').update(key).digest('base64url').slice(0, 8);
}

/** Encrypts secrets at rest (AES-256-GCM): the LINE channel's credentials, subscription secrets… in the store. */
export class SecretBox {
  readonly keyId: string;

  /** `keySource` is what the admin screen reports; the box itself works the same whatever it is. */
  constructor(
    private readonly key: Buffer,
    readonly keySource: KeySource = 'environment',
  ) {
    if (key.length !== 32) throw new Error('The encryption key must be 32 bytes (ENCRYPTION_KEY: 64 hex digits or 44 base64 characters)');
    this.keyId = keyIdOf(key);
  }

  /** Whether a stored string is a sealed secret (of any key). */
  static isSealed(value: unknown): value is string {
    return typeof value === 'string' && sealedPattern.test(value);
  }

  /** The id of the key a value was sealed with; undefined for values sealed before key ids. */
  static keyIdOfSealed(sealed: string): string | undefined {
    return sealed.startsWith('v2.') ? sealed.split('.')[1] : undefined;
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    cipher.setAAD(Buffer.from(this.keyId));
    const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return `v2.${this.keyId}.${iv.toString('base64url')}.${cipher.getAuthTag().toString('base64url')}.${data.toString('base64url')}`;
  }

  open(sealed: string): string {
    if (!SecretBox.isSealed(sealed)) throw new SealedSecretError('Not a sealed secret');
    const parts = sealed.split('.');
    const keyId = SecretBox.keyIdOfSealed(sealed);
    if (keyId !== undefined && keyId !== this.keyId) {
      throw new SealedSecretError(
        `A stored secret was sealed with encryption key ${keyId}, but this LineFlow has key ${this.keyId} (${this.keySource}): was ENCRYPTION_KEY changed? ` +
          'Start LineFlow with the key the data was sealed with (after "lineflow rotate-key", the new one), or set the secret again.',
      );
    }
    const [iv, tag, data] = keyId === undefined ? parts.slice(1) : parts.slice(2);
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64url'));
    if (keyId !== undefined) decipher.setAAD(Buffer.from(keyId));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    try {
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
    } catch {
      throw new SealedSecretError(
        keyId === undefined
          ? 'A stored secret cannot be decrypted: was ENCRYPTION_KEY changed? Set the secret again.'
          : `A stored secret sealed with key ${keyId} fails its integrity check: it was altered in the store. Set the secret again.`,
      );
    }
  }
}

/**
 * The box with the installation's key (see loadEncryptionKey): ENCRYPTION_KEY, ENCRYPTION_KEY_FILE,
 * or one generated into the data folder. A string is taken as ENCRYPTION_KEY itself.
 */
export async function loadSecretBox(dataDir: string, configured?: string | EncryptionKeyOptions): Promise<SecretBox> {
  const options = typeof configured === 'string' ? { encryptionKey: configured } : configured;
  const { key, source } = await loadEncryptionKey(dataDir, options);
  return new SecretBox(key, source);
}
