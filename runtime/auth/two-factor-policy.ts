import type { RuntimeServices } from '../app/runtime-services';
import type { Store } from '../store/store';
import type { UserRecord } from '../store/records';
import { isTwoFactorOn } from './two-factor';

/** Whether this user must turn two-factor on before anything else works (REQUIRE_ADMIN_2FA, admins). */
export const mustSetUpTwoFactor = (requireAdmin2fa: boolean, user: UserRecord) => requireAdmin2fa && user.role === 'admin' && !isTwoFactorOn(user);

/** Sends every signed-in session of a user back to two-factor setup (an admin without it, under REQUIRE_ADMIN_2FA). */
export async function sendSessionsToSetup(store: Store, userId: string): Promise<void> {
  for (const session of await store.sessions.find({ userId })) {
    if (!session.awaiting) await store.sessions.put({ ...session, awaiting: 'totp-setup' });
  }
}

/**
 * At start: when REQUIRE_ADMIN_2FA is on, sessions of admins without two-factor that were opened
 * before it was (or before a restart) are sent to setup too, not left signed in.
 */
export async function requireAdminTwoFactor(services: Pick<RuntimeServices, 'config' | 'store'>): Promise<void> {
  if (!services.config.requireAdmin2fa) return;
  for (const admin of await services.store.users.find({ role: 'admin' })) {
    if (mustSetUpTwoFactor(true, admin)) await sendSessionsToSetup(services.store, admin.id);
  }
}
