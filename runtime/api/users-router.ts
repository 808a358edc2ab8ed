import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { UserRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { hashPassword } from '../auth/password-hash';
import type { Caller } from '../auth/authenticate';
import { routes } from '../../shared/api/routes';
import { routeRegistrar } from './register-route';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Agents and admins, their teams and online status. (Passwords and sign-in: see the README.) */
export function usersRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;

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
        teams: checkedTeams(body.teams ?? []),
        status: checkedStatus(body.status ?? 'away'),
        ...(passwordHash ? { passwordHash } : {}),
        createdAt: new Date().toISOString(),
      };
      if (!(await store.users.insert(user))) throw new HttpError(409, `A user with the email ${user.email} exists`);
      res.status(201).json(publicUser(user));
    }),
  );

  on(
    routes.updateUser,
    route(async (req, res) => {
      const caller = res.locals.caller as Caller;
      const id = req.params.id === 'me' ? caller.userId : (req.params.id as string);
      const user = id ? await store.users.get(id) : null;
      if (!user) throw new HttpError(404, `No user "${req.params.id as string}"`);
      const body = (req.body ?? {}) as Partial<UserRecord> & { password?: unknown };
      const changes: Partial<UserRecord> = {};
      // Agents change only their own status (PATCH /api/users/me); the rest is the admins'.
      if (caller.role !== 'admin' && Object.keys(body).some((key) => key !== 'status')) throw new HttpError(403, 'Only admins may change this');
      if (body.status !== undefined) changes.status = checkedStatus(body.status);
      if (body.password !== undefined) changes.passwordHash = await hashPassword(checkedPassword(body.password));
      if (body.teams !== undefined) changes.teams = checkedTeams(body.teams);
      if (body.role !== undefined) changes.role = checkedRole(body.role);
      if (body.name !== undefined) {
        if (typeof body.name !== 'string' || !body.name.trim()) throw new HttpError(400, 'name must not be empty');
        changes.name = body.name.trim();
      }
      res.json(publicUser((await store.users.patch(user.id, changes)) as UserRecord));
    }),
  );

  return router;
}

/** A user as the API shows it: never the password hash. */
function publicUser({ passwordHash, ...user }: UserRecord) {
  return { ...user, canSignIn: passwordHash !== undefined };
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
