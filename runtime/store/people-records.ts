// The people who sign in, their sessions and teams, and the installation's settings.

/** A person who signs in: an admin (everything) or an agent (the inbox). */
export interface UserRecord {
  id: string;
  email: string;
  name: string;
  role: 'admin' | 'agent';
  /**
   * The names of the person's teams (Support, Senior…): a copy kept in step with the team records
   * (runtime/teams), which are the truth; kept so sessions and the users API read it with the user.
   */
  teams: string[];
  status: 'online' | 'away';
  /** scrypt, with its parameters; absent for a user who cannot sign in yet. */
  passwordHash?: string;
  /** Two-factor sign-in (runtime/auth/two-factor.ts); never shown by the API. */
  totp?: TotpState;
  /** The interface language the person chose (editor/i18n); absent: the browser's. */
  language?: 'en' | 'ja' | 'th' | 'zh-TW' | 'id';
  createdAt: string;
}

/** A person's TOTP authenticator: on once `confirmedAt` is set, being set up before. */
export interface TotpState {
  /** The base32 secret, sealed (runtime/auth/secret-box.ts). */
  secret: string;
  confirmedAt?: string;
  /** SHA-256 of each recovery code not used yet. */
  recoveryCodes: string[];
  /** The time step of the last code accepted: it and earlier ones are refused (no replay). */
  lastCounter?: number;
}

/** An installation setting; secrets in it are sealed (runtime/auth/secret-box.ts). */
export interface SettingRecord {
  id: string;
  value: Record<string, string>;
  updatedAt: string;
}

/** A signed-in person's session (runtime/auth/sessions.ts). */
export interface SessionRecord {
  /** The SHA-256 of the cookie's value: a copy of the store does not hand out sessions. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  /**
   * What the session still waits for before it signs anyone in: the TOTP code (`totp`), or an admin
   * turning two-factor on (`totp-setup`, REQUIRE_ADMIN_2FA). Absent for a signed-in session.
   */
  awaiting?: 'totp' | 'totp-setup';
  /** Last request, to the minute; the browser and address it started from (the sessions list). */
  lastSeenAt?: string;
  userAgent?: string;
  address?: string;
}

/** A team of agents (runtime/teams): who is in it, and how the assign step picks one of them. */
export interface TeamRecord {
  id: string;
  name: string;
  /** The name folded (shared/teams/team-name-key.ts): unique, so "support" and "Support" are one team. */
  nameKey: string;
  /** User ids, in the order they were added. */
  memberIds: string[];
  /** Round robin takes turns; least open picks the member with the fewest open conversations (ties: round robin). */
  assignment: 'round-robin' | 'least-open';
  /** Only members whose status is online are picked; with none, conversations wait unassigned in the team's queue. */
  onlineOnly: boolean;
  /** +1 on every change: a change is written only if the team is still the revision it read. */
  revision: number;
  createdAt: string;
  updatedAt: string;
}
