import { randomUUID } from 'node:crypto';
import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import type { UserRecord } from '../store/records';
import { HttpError, route } from './http-error';
import { jsonBody } from './json-body';

const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Agents and admins, their teams and online status. (Passwords and sign-in: see the README.) */
export function usersRouter(services: RuntimeServices): Router {
  const router = Router();
  const { store } = services;

  router.get('/users', route(async (_req, res) => {
    res.json({ users: await store.users.find({}, { sort: { name: 1 } }) });
  }));

  router.post('/users', jsonBody, route(async (req, res) => {
    const body = (req.body ?? {}) as Partial<UserRecord>;
    if (typeof body.email !== 'string' || !emailShape.test(body.email)) throw new HttpError(400, 'email must be an email address');
    const user: UserRecord = {
      id: `u-${randomUUID().slice(0, 12)}`,
      email: body.email.toLowerCase(),
      name: typeof body.name === 'string' && body.name.trim() ? body.name.trim() : body.email,
      role: checkedRole(body.role ?? 'agent'),
      teams: checkedTeams(body.teams ?? []),
      status: checkedStatus(body.status ?? 'away'),
      createdAt: new Date().toISOString(),
    };
    if (!(await store.users.insert(user))) throw new HttpError(409, `A user with the email ${user.email} exists`);
    res.status(201).json(user);
  }));

  router.patch('/users/:id', jsonBody, route(async (req, res) => {
    const user = await store.users.get(req.params.id as string);
    if (!user) throw new HttpError(404, `No user "${req.params.id}"`);
    const body = (req.body ?? {}) as Partial<UserRecord>;
    const changes: Partial<UserRecord> = {};
    if (body.status !== undefined) changes.status = checkedStatus(body.status);
    if (body.teams !== undefined) changes.teams = checkedTeams(body.teams);
    if (body.role !== undefined) changes.role = checkedRole(body.role);
    if (body.name !== undefined) {
      if (typeof body.name !== 'string' || !body.name.trim()) throw new HttpError(400, 'name must not be empty');
      changes.name = body.name.trim();
    }
    res.json(await store.users.patch(user.id, changes));
  }));

  return router;
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
