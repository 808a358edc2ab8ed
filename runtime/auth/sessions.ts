import { createHash, randomBytes } from 'node:crypto';
import type { Store } from '../store/store';
import type { SessionRecord, UserRecord } from '../store/records';

export const sessionCookie = 'lf_session';
/** Sessions end after 12 hours (a working day) or at sign-out. */
export const sessionLifetimeMs = 12 * 3600 * 1000;

const digest = (value: string) => createHash('sha256').update(value).digest('base64url');

/** A new session with a new id (never one the browser sent before signing in). */
export async function createSession(store: Store, user: UserRecord): Promise<{ cookieValue: string; session: SessionRecord }> {
  const cookieValue = randomBytes(32).toString('base64url');
  const now = Date.now();
  const session: SessionRecord = {
    id: digest(cookieValue),
    userId: user.id,
    csrfToken: randomBytes(24).toString('base64url'),
    createdAt: new Date(now).toISOString(),
    expiresAt: new Date(now + sessionLifetimeMs).toISOString(),
  };
  await store.sessions.put(session);
  return { cookieValue, session };
}

export async function findSession(store: Store, cookieValue: string): Promise<{ session: SessionRecord; user: UserRecord } | null> {
  const session = await store.sessions.get(digest(cookieValue));
  if (!session || session.expiresAt < new Date().toISOString()) return null;
  const user = await store.users.get(session.userId);
  return user ? { session, user } : null;
}

export async function endSession(store: Store, cookieValue: string): Promise<void> {
  await store.sessions.remove(digest(cookieValue));
}

export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodeURIComponent(value.join('='));
  }
  return undefined;
}
