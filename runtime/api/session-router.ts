import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { verifyPassword } from '../auth/password-hash';
import { createSession, endSession, findSession, readCookie, sessionCookie, sessionLifetimeMs } from '../auth/sessions';
import { SignInThrottle } from '../auth/sign-in-throttle';
import { HttpError, route } from './http-error';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

/** Sign-in, the current session, sign-out. Open routes: they come before authentication. */
export function sessionRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const throttle = new SignInThrottle(services.redis, services.config.queuePrefix);
  const secure = (req: { secure: boolean }) => (req.secure ? '; Secure' : '');

  on(
    routes.signIn,
    route(async (req, res) => {
      const body = (req.body ?? {}) as { email?: unknown; password?: unknown };
      const email = typeof body.email === 'string' ? body.email.trim().toLowerCase() : '';
      const password = typeof body.password === 'string' ? body.password : '';
      const address = req.socket.remoteAddress ?? 'unknown';
      if (await throttle.blocked(email, address)) throw new HttpError(429, 'Too many failed sign-ins; wait 15 minutes and try again');
      const user = (await services.store.users.find({ email }))[0];
      const ok = user?.passwordHash ? await verifyPassword(password, user.passwordHash) : false;
      if (!user || !ok) {
        await throttle.failed(email, address);
        // The same answer whether the email or the password was wrong.
        throw new HttpError(401, 'Wrong email or password');
      }
      await throttle.succeeded(email);
      const old = readCookie(req.get('cookie'), sessionCookie);
      if (old) await endSession(services.store, old);
      const { cookieValue, session } = await createSession(services.store, user);
      res.setHeader('set-cookie', `${sessionCookie}=${cookieValue}; HttpOnly; SameSite=Lax; Path=/; Max-Age=${sessionLifetimeMs / 1000}${secure(req)}`);
      const { passwordHash: _hash, ...profile } = user;
      res.json({ user: profile, csrfToken: session.csrfToken });
    }),
  );

  on(
    routes.getSession,
    route(async (req, res) => {
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      const found = cookie ? await findSession(services.store, cookie) : null;
      if (!found) throw new HttpError(401, 'Not signed in');
      const { passwordHash: _hash, ...profile } = found.user;
      res.json({ user: profile, csrfToken: found.session.csrfToken });
    }),
  );

  on(
    routes.signOut,
    route(async (req, res) => {
      const cookie = readCookie(req.get('cookie'), sessionCookie);
      if (cookie) await endSession(services.store, cookie);
      res.setHeader('set-cookie', `${sessionCookie}=; HttpOnly; SameSite=Lax; Path=/; Max-Age=0${secure(req)}`);
      res.status(204).end();
    }),
  );

  return router;
}
