import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/store';
import type { SessionRecord, UserRecord } from '../store/records';

export const sessionCookie = 'lf_session';
/** Sessions end after 12 hours (a working day) or at sign-out. */
export const sessionLifetimeMs = 12 * 3600 * 1000;
/** A session waiting for its second factor lasts long enough to open the authenticator app, no longer. */
export const awaitingLifetimeMs = 5 * 60 * 1000;
/** `lastSeenAt` is written at most this often, not on every request. */
const lastSeenEveryMs = 60 * 1000;

/** The id a session is stored under: the SHA-256 of the cookie, so a copy of the store does not hand out sessions. */
export const sessionIdOf = (cookieValue: string) => createHash('sha256').update(cookieValue).digest('base64url');

export interface NewSessionOptions {
  awaiting?: SessionRecord['awaiting'];
  userAgent?: string;
  address?: string;
}

/** A new session with a new id (never one the browser sent before signing in). */
export async function createSession(store: Store, user: UserRecord, options: NewSessionOptions = {}): Promise<{ cookieValue: string; session: SessionRecord }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const now = Date.now();
  const session: SessionRecord = {
    id: sessionIdOf(cookieValue),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + (options.awaiting === 'totp' ? awaitingLifetimeMs : sessionLifetimeMs)).toISOString(),
    lastSeenAt: new Date(now).toISOString(),
    ...(options.awaiting ? { awaiting: options.awaiting } : {}),
    ...(options.userAgent ? { userAgent: options.userAgent.slice(0, 300) } : {}),
    ...(options.address ? { address: options.address } : {}),
  };
  await store.sessions.put(session);
  return { cookieValue, session };
}

/**
 * The signed-in session of a cookie, for authentication: a session still waiting for its second
 * factor (or for its admin to turn two-factor on) is not one, so it opens nothing.
 */
export async function findSession(store: Store, cookieValue: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const found = await findSessionInAnyStage(store, cookieValue);
  return found && !found.session.awaiting ? found : null;
}

/** A live session of a cookie, signed in or not yet (sign-in's own routes and two-factor setup ask for these). */
export async function findSessionInAnyStage(store: Store, cookieValue: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const session = await store.sessions.get(sessionIdOf(cookieValue));
  const now = Date.now();
  if (!session || Date.parse(session.expiresAt) < now) return null;
  const user = await store.users.get(session.userId);
  if (!user) return null;
  if (!session.lastSeenAt || Date.parse(session.lastSeenAt) < now - lastSeenEveryMs) {
    session.lastSeenAt = new Date(now).toISOString();
    await store.sessions.patch(session.id, { lastSeenAt: session.lastSeenAt });
  }
  return { session, user };
}

/** A user's live sessions, newest first; expired ones are removed on the way. */
export async function listSessions(store: Store, userId: string): Promise<SessionRecord[]> {
  const sessions = await store.sessions.find({ userId });
  const now = Date.now();
  const expired = sessions.filter((s) => Date.parse(s.expiresAt) < now);
  for (const session of expired) await store.sessions.remove(session.id);
  return sessions.filter((s) => !expired.includes(s)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** Ends every session of a user but `keepId` (the caller's own, when they changed their own password). Answers how many ended. */
export async function endSessionsOf(store: Store, userId: string, keepId?: string): Promise<number> {
  return store.sessions.removeMany(keepId ? { userId, id: { $ne: keepId } } : { userId });
}

export async function endSession(store: Store, cookieValue: string): Promise<void> {
  await store.sessions.remove(sessionIdOf(cookieValue));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) {
      try {
        return decodeURIComponent(value.join('='));
      } catch {
        // A malformed cookie (a stray %) is no cookie, not a 500.
        return undefined;
      }
    }
  }
  return undefined;
}
