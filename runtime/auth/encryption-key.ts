import { randomBytes } from 'node:crypto';
import { access, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { KeySource } from '../../shared/api/audit-api';

export type { KeySource };

/** The key is missing, unreadable or not 32 bytes: the operator's to fix, said without showing the key. */
export class EncryptionKeyError extends Error {
  override name = 'EncryptionKeyError';
}

/** Where the key may come from (RuntimeConfig's fields); at most one is set. */
export interface EncryptionKeyOptions {
  /** ENCRYPTION_KEY: the key itself. */
  encryptionKey?: string;
  /** ENCRYPTION_KEY_FILE: a path to a file holding it. */
  encryptionKeyFile?: string;
}

export interface EncryptionKey {
  key: Buffer;
  source: KeySource;
  /** The file it was read from or generated into (not for `environment`). */
  file?: string;
}

/** The file a key is generated into when none is configured. */
export const generatedKeyFileName = 'encryption-key';

/** 64 hex digits, or base64 (either alphabet) of 32 bytes; `where` names the setting in the error. */
export function parseEncryptionKey(text: string, where: string): Buffer {
  const value = text.trim();
  let key: Buffer | undefined;
  if (/^[0-9a-f]{64}$/i.test(value)) key = Buffer.from(value, 'hex');
  else if (/^[A-Za-z0-9+/_-]{43}=?$/.test(value)) key = Buffer.from(value, 'base64');
  if (key?.length !== 32) {
    throw new EncryptionKeyError(
      `${where} must be 32 bytes written as 64 hex digits or 44 base64 characters (e.g. the output of "openssl rand -base64 32"); it holds ${value.length} characters.`,
    );
  }
  return key;
}

/** Reads a key file once (trimmed); a missing or unreadable file is an error that names it. */
export async function readEncryptionKeyFile(file: string, where = `ENCRYPTION_KEY_FILE (${file})`): Promise<Buffer> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'LineFlow may not read it' : code === 'EISDIR' ? 'it is a folder' : code;
    throw new EncryptionKeyError(`${where} cannot be read: ${why}.`);
  }
  return parseEncryptionKey(text, where);
}

/**
 * The key that seals stored secrets: ENCRYPTION_KEY, else the file ENCRYPTION_KEY_FILE names, else
 * the one generated into the data folder (mode 0600) on first start. The last is the weakest: a
 * copy of DATA_DIR then carries the key to its own secrets, which is why it is reported as such.
 */
export async function loadEncryptionKey(dataDir: string, options: EncryptionKeyOptions = {}): Promise<EncryptionKey> {
  if (options.encryptionKey) return { key: parseEncryptionKey(options.encryptionKey, 'ENCRYPTION_KEY'), source: 'environment' };
  if (options.encryptionKeyFile) {
    return { key: await readEncryptionKeyFile(options.encryptionKeyFile), source: 'file', file: options.encryptionKeyFile };
  }
  const file = join(dataDir, generatedKeyFileName);
  const generated = (key: Buffer): EncryptionKey => ({ key, source: 'generated in DATA_DIR', file });
  const where = `The generated key file ${file}`;
  if (await exists(file)) return generated(await readEncryptionKeyFile(file, where));
  await mkdir(dataDir, { recursive: true });
  const key = randomBytes(32);
  // Written aside, then linked into place: a link fails when the name exists, so two processes
  // starting together on a new DATA_DIR agree on one key, and neither reads a half-written file.
  const aside = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(aside, `${key.toString('base64')}\n`, { mode: 0o600 });
  try {
    await link(aside, file);
    return generated(key);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return generated(await readEncryptionKeyFile(file, where));
  } finally {
    await unlink(aside).catch(() => {});
  }
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** What the admin screen and the start-up log say when the key lies beside the data. */
export const keyBesideDataWarning =
  'The encryption key is stored in DATA_DIR next to the data it protects: a backup of DATA_DIR carries its own key. Set ENCRYPTION_KEY_FILE to keep it elsewhere.';
