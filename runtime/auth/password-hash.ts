import { randomBytes, scrypt as scryptCallback, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const scrypt = (password: string, salt: Buffer, length: number, options: ScryptOptions) =>
  new Promise<Buffer>((resolve, reject) => scryptCallback(password, salt, length, options, (error, key) => (error ? reject(error) : resolve(key))));

/** scrypt parameters (N = 2^15, r = 8, p = 1: OWASP's minimum), kept in the hash so they can rise later. */
const params = { N: 32_768, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };
const keyLength = 32;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, keyLength, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${key.toString('base64url')}`;
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, key] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !key) return false;
  const expected = Buffer.from(key, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), expected.length, { N: Number(n), r: Number(r), p: Number(p), maxmem: params.maxmem });
  return timingSafeEqual(actual, expected);
}

/**
 * A hash with today's parameters of a random password that was thrown away. Checking a password
 * against it when the email is unknown (or has no password yet) costs the same scrypt work as a
 * known email's wrong password, so the answer's timing does not tell which emails exist.
 */
export const dummyPasswordHash = 'scrypt$32768$8$1$ldOE1usgS9dfSO2xwXl49w$Q91Y8SzoIQx351VtJ1CGdPZEqbFPgxlr_9qune6rfJs';

/** True only for a user's own hash and the right password; an absent hash still costs one scrypt. */
export async function checkPassword(password: string, stored: string | undefined): Promise<boolean> {
  const ok = await verifyPassword(password, stored ?? dummyPasswordHash);
  return ok && stored !== undefined;
}
