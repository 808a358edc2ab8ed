import { Router, type Request, type Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { checkPassword } from '../auth/password-hash';
import { findSessionInAnyStage, listSessions, readCookie, sessionCookie } from '../auth/sessions';
import { addressKey, SignInThrottle, type ThrottleKey } from '../auth/sign-in-throttle';
import { isTwoFactorOn, TwoFactor } from '../auth/two-factor';
import type { SessionRecord, UserRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const interfaceLanguages = ['en', 'ja', 'th', 'zh-TW', 'id'] as const;
const isLanguage = (value: unknown): value is (typeof interfaceLanguages)[number] => interfaceLanguages.some((code) => code === value);

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A person's own sign-in: two-factor setup and the sessions list. Mounted before authenticate()
 * and checking the session itself, because an admin whose session waits for two-factor setup
 * (REQUIRE_ADMIN_2FA) must reach the setup and nothing else, and agents reach these too.
 */
export function accountRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const throttle = new SignInThrottle(services.redis, services.config.queuePrefix);
  const twoFactor = new TwoFactor({ store, redis: services.redis, secrets: services.secrets, prefix: services.config.queuePrefix });

  /** The caller's session: signed in, or (`setup`) waiting for two-factor setup too. The CSRF token on changes, as authenticate() asks. */
  const caller = async (req: Request, stage: 'signed-in' | 'setup'): Promise<{ session: SessionRecord; user: UserRecord }> => {
    const cookie = readCookie(req.get('cookie'), sessionCookie);
    const found = cookie ? await findSessionInAnyStage(store, cookie) : null;
    const usable = found && (!found.session.awaiting || (stage === 'setup' && found.session.awaiting === 'totp-setup'));
    if (!usable) {
      if (!found && req.get('authorization')) throw new HttpError(400, 'The API token belongs to no person: sign in to manage your own sign-in');
      throw new HttpError(401, found?.session.awaiting === 'totp-setup' ? 'Turn on two-factor sign-in first' : 'Sign in first');
    }
    if (!safeMethods.has(req.method) && req.get('x-csrf-token') !== found.session.csrfToken) {
      throw new HttpError(403, 'Missing or wrong x-csrf-token header (reload the page)');
    }
    return found;
  };

  /** Codes and re-typed passwords are counted like sign-ins: a stolen session cannot try them without end. */
  const refuseIfThrottled = async (req: Request, res: Response, user: UserRecord): Promise<ThrottleKey[]> => {
    const keys: ThrottleKey[] = [{ kind: 'codes', value: user.id }, addressKey(req.ip)];
    const seconds = await throttle.attempt(keys);
    if (seconds === 0) return keys;
    res.setHeader('retry-after', String(seconds));
    throw new HttpError(429, `Too many wrong codes or passwords; wait ${Math.ceil(seconds / 60)} minutes and try again`);
  };

  on(
    routes.startTwoFactor,
    route(async (req, res) => {
      const { user } = await caller(req, 'setup');
      if (isTwoFactorOn(user)) throw new HttpError(409, 'Two-factor sign-in is on already; turn it off first to move to another authenticator');
      res.json(await twoFactor.begin(user));
    }),
  );

  on(
    routes.confirmTwoFactor,
    route(async (req, res) => {
      const { user, session } = await caller(req, 'setup');
      if (isTwoFactorOn(user)) throw new HttpError(409, 'Two-factor sign-in is on already');
      if (!user.totp) throw new HttpError(400, 'Start the setup first (POST /api/users/me/totp)');
      const keys = await refuseIfThrottled(req, res, user);
      const confirmed = await twoFactor.confirm(user, (req.body as { code: string }).code.replace(/\s/g, ''));
      if (!confirmed.ok) {
        throw new HttpError(
          400,
          confirmed.reason === 'replayed'
            ? 'code was used already; wait for the next one'
            : "code is wrong: type the 6 digits the app shows now (is the phone's clock right?)",
        );
      }
      await throttle.succeeded(keys);
      // The admin who had to set it up is signed in now (same cookie: the password was checked on it).
      if (session.awaiting === 'totp-setup') {
        const { awaiting: _awaiting, ...signedIn } = session;
        await store.sessions.put(signedIn);
      }
      res.json({ recoveryCodes: confirmed.recoveryCodes });
    }),
  );

  on(
    routes.stopTwoFactor,
    route(async (req, res) => {
      const { user } = await caller(req, 'signed-in');
      if (!isTwoFactorOn(user)) throw new HttpError(409, 'Two-factor sign-in is off already');
      if (services.config.requireAdmin2fa && user.role === 'admin') throw new HttpError(403, 'Admins must keep two-factor sign-in on here (REQUIRE_ADMIN_2FA)');
      const body = req.body as { code?: string; password?: string };
      if (body.code === undefined && body.password === undefined) throw new HttpError(400, 'code or password is needed to turn two-factor sign-in off');
      const keys = await refuseIfThrottled(req, res, user);
      const ok = body.code !== undefined ? (await twoFactor.verify(user, body.code)).ok : await checkPassword(body.password ?? '', user.passwordHash);
      if (!ok) throw new HttpError(400, body.code !== undefined ? 'code is wrong (or was used already)' : 'password is wrong');
      await throttle.succeeded(keys);
      await twoFactor.turnOff(user);
      res.status(204).end();
    }),
  );

  on(
    routes.setMyLanguage,
    route(async (req, res) => {
      const { user } = await caller(req, 'signed-in');
      const { language } = req.body as { language?: unknown };
      if (!isLanguage(language)) throw new HttpError(400, `language must be one of ${interfaceLanguages.join(', ')}`);
      await store.users.put({ ...user, language });
      res.status(204).end();
    }),
  );

  on(
    routes.listMySessions,
    route(async (req, res) => {
      const { user, session: current } = await caller(req, 'signed-in');
      const sessions = (await listSessions(store, user.id)).map((s) => ({
        id: s.id,
        createdAt: s.createdAt,
        expiresAt: s.expiresAt,
        ...(s.lastSeenAt ? { lastSeenAt: s.lastSeenAt } : {}),
        ...(s.userAgent ? { userAgent: s.userAgent } : {}),
        ...(s.address ? { address: s.address } : {}),
        current: s.id === current.id,
        awaitingSecondFactor: s.awaiting !== undefined,
      }));
      res.json({ sessions });
    }),
  );

  on(
    routes.endMySession,
    route(async (req, res) => {
      const { user, session: current } = await caller(req, 'signed-in');
      const id = req.params.id as string;
      const session = await store.sessions.get(id);
      if (!session || session.userId !== user.id) throw new HttpError(404, `No session "${id}" of yours`);
      await store.sessions.remove(id);
      if (id === current.id) res.setHeader('set-cookie', `${sessionCookie}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${req.secure ? '; Secure' : ''}`);
      res.status(204).end();
    }),
  );

  return router;
}
