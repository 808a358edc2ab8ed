import type { UserRecord } from '../store/records';

/** A user as the API shows it: never the password hash, the TOTP secret or the recovery codes. */
export function publicUser({ passwordHash, totp, ...user }: UserRecord) {
  return { ...user, canSignIn: passwordHash !== undefined, twoFactor: Boolean(totp?.confirmedAt) };
}
