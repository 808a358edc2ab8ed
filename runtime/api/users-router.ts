import { randomUUID } from 'node:crypto';
import { Router, type Request, type Response } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { UserRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { checkPassword, hashPassword } from '../auth/password-hash';
import type { Caller } from '../auth/authenticate';
import { endSessionsOf, readCookie, sessionCookie, sessionIdOf } from '../auth/sessions';
import { addressKey, SignInThrottle } from '../auth/sign-in-throttle';
import { mustSetUpTwoFactor, sendSessionsToSetup } from '../auth/two-factor-policy';
import { publicUser } from './public-user';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';
import { ensureTeamsAdopted } from '../teams/adopt-team-words';
import { setUserTeams } from '../teams/set-user-teams';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Agents and admins, their teams and online status. (Passwords and sign-in: see the README.) */
export function usersRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  const throttle = new SignInThrottle(services.redis, services.config.queuePrefix);
  /** The caller's own session id, kept when they change their own password. */
  const currentSessionId = (req: Request) => {
    const cookie = readCookie(req.get('cookie'), sessionCookie);
    return cookie ? sessionIdOf(cookie) : undefined;
  };

  on(
    routes.listUsers,
    route(async (_req, res) => {
      res.json({ users: (await store.users.find({}, { sort: { name: 1 } })).map(publicUser) });
    }),
  );

  on(
    routes.createUser,
    route(async (req, res) => {
      const body = (req.body ?? {}) as Partial<UserRecord> & { password?: unknown };
      if (typeof body.email !== 'string' || !emailShape.test(body.email)) throw new HttpError(400, 'email must be an email address');
      const passwordHash = body.password === undefined ? undefined : await hashPassword(checkedPassword(body.password));
      const user: UserRecord = {
        id: `u-${randomUUID().slice(0, 12)}`,
        email: body.email.toLowerCase(),
        name: typeof body.name === 'string' && body.name.trim() ? body.name.trim() : body.email,
        role: checkedRole(body.role ?? 'agent'),
        teams: [],
        status: checkedStatus(body.status ?? 'away'),
        ...(passwordHash ? { passwordHash } : {}),
        createdAt: new Date().toISOString(),
      };
      const teams = checkedTeams(body.teams ?? []);
      if (!(await store.users.insert(user))) throw new HttpError(409, `A user with the email ${user.email} exists`);
      // Teams are records (runtime/teams): the person joins each named, and their copy of the names follows.
      if (teams.length) await ensureTeamsAdopted(store);
      res.status(201).json(publicUser({ ...user, teams: teams.length ? await setUserTeams(store, user.id, teams) : [] }));
    }),
  );

  on(
    routes.updateUser,
    route(async (req, res) => {
      const caller = res.locals.caller as Caller;
      const id = req.params.id === 'me' ? caller.userId : (req.params.id as string);
      const user = id ? await store.users.get(id) : null;
      if (!user) throw new HttpError(404, `No user "${req.params.id as string}"`);
      const body = (req.body ?? {}) as Partial<UserRecord> & { password?: unknown; currentPassword?: unknown };
      const own = caller.userId === user.id;
      const changes: Partial<UserRecord> = {};
      // Agents change only their own status and password (PATCH /api/users/me); the rest is the admins'.
      const agentFields = own ? ['status', 'password', 'currentPassword'] : ['status'];
      if (caller.role !== 'admin' && Object.keys(body).some((key) => !agentFields.includes(key))) throw new HttpError(403, 'Only admins may change this');
      if (body.status !== undefined) changes.status = checkedStatus(body.status);
      if (body.password !== undefined) {
        const password = checkedPassword(body.password);
        // One's own password only with the current one: a session left open is not enough to take the account.
        if (own) await checkCurrentPassword(req, res, user, body.currentPassword);
        changes.passwordHash = await hashPassword(password);
      }
      const teams = body.teams === undefined ? undefined : checkedTeams(body.teams);
      if (body.role !== undefined) changes.role = checkedRole(body.role);
      if (body.name !== undefined) {
        if (typeof body.name !== 'string' || !body.name.trim()) throw new HttpError(400, 'name must not be empty');
        changes.name = body.name.trim();
      }
      if (teams) {
        await ensureTeamsAdopted(store);
        await setUserTeams(store, user.id, teams);
      }
      const updated = (await store.users.patch(user.id, changes)) as UserRecord;
      // A new password ends every other session of that person: whoever knew the old one is out.
      if (changes.passwordHash) await endSessionsOf(store, user.id, own ? currentSessionId(req) : undefined);
      if (mustSetUpTwoFactor(services.config.requireAdmin2fa, updated)) await sendSessionsToSetup(store, user.id);
      res.json(publicUser(updated));
    }),
  );

  on(
    routes.endUserSessions,
    route(async (req, res) => {
      const caller = res.locals.caller as Caller;
      const id = req.params.id === 'me' ? caller.userId : (req.params.id as string);
      const user = id ? await store.users.get(id) : null;
      if (!user) throw new HttpError(404, `No user "${req.params.id as string}"`);
      res.json({ ended: await endSessionsOf(store, user.id, currentSessionId(req)) });
    }),
  );

  /** The current password, counted like a sign-in attempt (a stolen session cannot guess it without end). */
  async function checkCurrentPassword(req: Request, res: Response, user: UserRecord, given: unknown): Promise<void> {
    if (typeof given !== 'string' || given === '') throw new HttpError(400, 'currentPassword is needed to change your own password');
    const keys = [{ kind: 'codes' as const, value: user.id }, addressKey(req.ip)];
    const seconds = await throttle.attempt(keys);
    if (seconds > 0) {
      res.setHeader('retry-after', String(seconds));
      throw new HttpError(429, `Too many wrong passwords; wait ${Math.ceil(seconds / 60)} minutes and try again`);
    }
    if (!(await checkPassword(given, user.passwordHash))) throw new HttpError(400, 'currentPassword is wrong');
    await throttle.succeeded(keys);
  }

  return router;
}

function checkedPassword(password: unknown): string {
  if (typeof password !== 'string' || password.length < 10) throw new HttpError(400, 'password must be at least 10 characters');
  return password;
}

function checkedRole(role: unknown): UserRecord['role'] {
  if (role !== 'admin' && role !== 'agent') throw new HttpError(400, 'role must be "admin" or "agent"');
  return role;
}

function checkedStatus(status: unknown): UserRecord['status'] {
  if (status !== 'online' && status !== 'away') throw new HttpError(400, 'status must be "online" or "away"');
  return status;
}

function checkedTeams(teams: unknown): string[] {
  if (!Array.isArray(teams) || teams.some((t) => typeof t !== 'string' || t.trim() === '' || t.length > 60)) {
    throw new HttpError(400, 'teams must be a list of team names (at most 60 characters each)');
  }
  return [...new Set(teams.map((t: string) => t.trim()))];
}
