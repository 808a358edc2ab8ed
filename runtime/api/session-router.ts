import { Router, type Request, type Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { checkPassword } from '../auth/password-hash';
import { createSession, endSession, findSessionInAnyStage, readCookie, sessionCookie } from '../auth/sessions';
import { addressKey, normalizedEmail, SignInThrottle, type ThrottleKey } from '../auth/sign-in-throttle';
import { isTwoFactorOn, TwoFactor } from '../auth/two-factor';
import { mustSetUpTwoFactor, requireAdminTwoFactor } from '../auth/two-factor-policy';
import type { SessionRecord, UserRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { publicUser } from './public-user';

/** Sign-in (password, then the TOTP code when two-factor is on), the current session, sign-out. Open routes: they come before authentication. */
export function sessionRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const throttle = new SignInThrottle(services.redis, services.config.queuePrefix);
  const twoFactor = new TwoFactor({ store, redis: services.redis, secrets: services.secrets, prefix: services.config.queuePrefix });
  void requireAdminTwoFactor(services).catch((error: unknown) => services.log.error({ err: error }, 'could not apply REQUIRE_ADMIN_2FA to open sessions'));

  /** Counts the attempt; a 429 with Retry-After when the account or the address has had too many. */
  const refuseIfThrottled = async (res: Response, keys: ThrottleKey[]) => {
    const seconds = await throttle.attempt(keys);
    if (seconds === 0) return;
    res.setHeader('retry-after', String(seconds));
    throw new HttpError(429, `Too many failed sign-ins; wait ${Math.ceil(seconds / 60)} minutes and try again`);
  };

  const startSession = async (req: Request, res: Response, user: UserRecord, awaiting?: SessionRecord['awaiting']) => {
    // A new id on every step up: never one the browser held before.
    const old = readCookie(req.get('cookie'), sessionCookie);
    if (old) await endSession(store, old);
    const created = await createSession(store, user, { awaiting, userAgent: req.get('user-agent'), address: req.ip });
    const maxAge = (Date.parse(created.session.expiresAt) - Date.now()) / 1000;
    res.setHeader('set-cookie', `${sessionCookie}=${created.cookieValue}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${Math.round(maxAge)}${secure(req)}`);
    return created.session;
  };

  on(
    routes.signIn,
    route(async (req, res) => {
      const body = (req.body ?? {}) as { email: string; password: string };
      const email = normalizedEmail(body.email);
      const address = addressKey(req.ip);
      await refuseIfThrottled(res, [{ kind: 'email', value: email }, address]);
      const user = (await store.users.find({ email }))[0];
      // One scrypt whether or not the email is known, and the same answer.
      if (!(await checkPassword(body.password, user?.passwordHash)) || !user) throw new HttpError(401, 'Wrong email or password');
      await throttle.succeeded([{ kind: 'email', value: email }, address]);
      if (isTwoFactorOn(user)) {
        await startSession(req, res, user, 'totp');
        res.json({ secondFactor: 'totp' });
        return;
      }
      const session = await startSession(req, res, user, mustSetUpTwoFactor(services.config.requireAdmin2fa, user) ? 'totp-setup' : undefined);
      res.json(sessionAnswer(user, session));
    }),
  );

  on(
    routes.signInCode,
    route(async (req, res) => {
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      const found = cookie ? await findSessionInAnyStage(store, cookie) : null;
      if (found?.session.awaiting !== 'totp') throw new HttpError(401, 'Sign in with your email and password first (or again: the code waits 5 minutes)');
      const keys: ThrottleKey[] = [{ kind: 'codes', value: found.user.id }, addressKey(req.ip)];
      await refuseIfThrottled(res, keys);
      const checked = await twoFactor.verify(found.user, (req.body as { code: string }).code);
      if (!checked.ok) {
        throw new HttpError(401, checked.reason === 'replayed' ? 'That code was used already; wait for the next one' : 'Wrong code');
      }
      await throttle.succeeded(keys);
      const user = (await store.users.get(found.user.id)) ?? found.user;
      const session = await startSession(req, res, user);
      res.json(sessionAnswer(user, session));
    }),
  );

  on(
    routes.getSession,
    route(async (req, res) => {
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      const found = cookie ? await findSessionInAnyStage(store, cookie) : null;
      // A session waiting for its code is not signed in; one waiting for two-factor setup may set it up.
      if (!found || found.session.awaiting === 'totp') throw new HttpError(401, 'Not signed in');
      res.json(sessionAnswer(found.user, found.session));
    }),
  );

  on(
    routes.signOut,
    route(async (req, res) => {
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      if (cookie) await endSession(store, cookie);
      res.setHeader('set-cookie', `${sessionCookie}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure(req)}`);
      res.status(204).end();
    }),
  );

  return router;
}

/** Behind a TLS proxy named in TRUST_PROXY, req.secure reads X-Forwarded-Proto. */
const secure = (req: Request) => (req.secure ? '; Secure' : '');

function sessionAnswer(user: UserRecord, session: SessionRecord) {
  return { user: publicUser(user), csrfToken: session.csrfToken, ...(session.awaiting === 'totp-setup' ? { setupRequired: 'totp' as const } : {}) };
}
