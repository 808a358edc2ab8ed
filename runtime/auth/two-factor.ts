import { createHash } from 'node:crypto';
import type { Redis } from 'ioredis';
import { Secret, TOTP } from 'otpauth';
import type { Store } from '../store/store';
import type { TotpState, UserRecord } from '../store/records';
import type { SecretBox } from './secret-box';

/**
 * RFC 6238 as authenticator apps (Google Authenticator, 1Password, Microsoft Authenticator…) read
 * it from an `otpauth://` URI: HMAC-SHA-1, 6 digits, 30-second steps. Other values are in the
 * RFC, but several apps ignore them and would show wrong codes.
 */
const totpParameters = { issuer: 'LineFlow', algorithm: 'SHA1', digits: 6, period: 30 } as const;
/** One step either side of now: a phone's clock a little off, a code typed as it changed. */
const window = 1;
export const recoveryCodeCount = 8;

export type CodeCheck = { ok: true; kind: 'totp' | 'recovery' } | { ok: false; reason: 'wrong' | 'replayed' };

export const isTwoFactorOn = (user: UserRecord) => Boolean(user.totp?.confirmedAt);

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');
/** Recovery codes are compared without their dashes and case, as a person may type them. */
const recoveryDigest = (code: string) => digest(code.replace(/[\s-]/g, '').toLowerCase());

/**
 * A person's TOTP authenticator: set up, confirmed, checked (each code once), turned off. The
 * secret is kept sealed in the user record; recovery codes only as SHA-256 (80 random bits each,
 * so their digests cannot be reversed by trying).
 */
export class TwoFactor {
  constructor(
    private readonly deps: { store: Store; redis: Redis; secrets: SecretBox; prefix: string },
    private readonly now: () => number = Date.now,
  ) {}

  /** A new secret, kept (sealed) in the user record but not on until a code from it is confirmed. */
  async begin(user: UserRecord): Promise<{ secret: string; uri: string }> {
    const totp = this.totpOf(new Secret({ size: 20 }).base32, user.email);
    await this.deps.store.users.patch(user.id, { totp: { secret: this.deps.secrets.seal(totp.secret.base32), recoveryCodes: [] } });
    return { secret: totp.secret.base32, uri: totp.toString() };
  }

  /** Turns two-factor on with a code from the new secret; answers the recovery codes (shown once), or why not. */
  async confirm(user: UserRecord, code: string): Promise<{ ok: true; recoveryCodes: string[] } | { ok: false; reason: 'wrong' | 'replayed' }> {
    const checked = await this.checkTotp(user, code);
    if (!checked.ok) return checked;
    const recoveryCodes = Array.from({ length: recoveryCodeCount }, () => new Secret({ size: 10 }).base32.toLowerCase().match(/.{4}/g)!.join('-'));
    const totp: TotpState = {
      ...user.totp!,
      lastCounter: checked.counter,
      confirmedAt: new Date(this.now()).toISOString(),
      recoveryCodes: recoveryCodes.map(recoveryDigest),
    };
    await this.deps.store.users.patch(user.id, { totp });
    return { ok: true, recoveryCodes };
  }

  /** Checks a code from the app, or a recovery code, of a person with two-factor on; either is used up. */
  async verify(user: UserRecord, code: string): Promise<CodeCheck> {
    if (!isTwoFactorOn(user)) return { ok: false, reason: 'wrong' };
    const typed = code.replace(/\s/g, '');
    if (/^\d{6}$/.test(typed)) {
      const checked = await this.checkTotp(user, typed);
      if (!checked.ok) return checked;
      await this.deps.store.users.patch(user.id, { totp: { ...user.totp!, lastCounter: checked.counter } });
      return { ok: true, kind: 'totp' };
    }
    const hash = recoveryDigest(typed);
    if (!user.totp!.recoveryCodes.includes(hash)) return { ok: false, reason: 'wrong' };
    // Two processes given the same code at once: only the first to claim it in Redis signs in.
    if (!(await this.claim(`recovery:${user.id}:${hash}`, 600))) return { ok: false, reason: 'replayed' };
    const fresh = await this.deps.store.users.get(user.id);
    if (!fresh?.totp?.recoveryCodes.includes(hash)) return { ok: false, reason: 'replayed' };
    await this.deps.store.users.patch(user.id, { totp: { ...fresh.totp, recoveryCodes: fresh.totp.recoveryCodes.filter((h) => h !== hash) } });
    return { ok: true, kind: 'recovery' };
  }

  /** Removes the authenticator and the recovery codes. */
  async turnOff(user: UserRecord): Promise<void> {
    // put, not patch: a patch cannot remove a field on every store.
    const fresh = await this.deps.store.users.get(user.id);
    if (!fresh) return;
    const { totp: _totp, ...withoutTotp } = fresh;
    await this.deps.store.users.put(withoutTotp);
  }

  /** A code of the secret being set up or in use; each time step is accepted once, and never one before the last accepted. */
  private async checkTotp(user: UserRecord, code: string): Promise<{ ok: true; counter: number } | { ok: false; reason: 'wrong' | 'replayed' }> {
    if (!user.totp || !/^\d{6}$/.test(code)) return { ok: false, reason: 'wrong' };
    const totp = this.totpOf(this.deps.secrets.open(user.totp.secret), user.email);
    const timestamp = this.now();
    const delta = totp.validate({ token: code, timestamp, window });
    if (delta === null) return { ok: false, reason: 'wrong' };
    const counter = totp.counter({ timestamp }) + delta;
    if (user.totp.lastCounter !== undefined && counter <= user.totp.lastCounter) return { ok: false, reason: 'replayed' };
    // The store's lastCounter is read before this request; Redis settles two requests racing with one code.
    if (!(await this.claim(`totp:${user.id}:${counter}`, (2 * window + 2) * totpParameters.period))) return { ok: false, reason: 'replayed' };
    return { ok: true, counter };
  }

  private async claim(what: string, seconds: number): Promise<boolean> {
    return (await this.deps.redis.set(`${this.deps.prefix}:two-factor:${what}`, '1', 'EX', seconds, 'NX')) === 'OK';
  }

  private totpOf(secret: string, email: string): TOTP {
    return new TOTP({ ...totpParameters, label: email, secret: Secret.fromBase32(secret) });
  }
}
