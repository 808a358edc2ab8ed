import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, flag, listOf, openObject, text, time } from './schema-builders';

const role = { enum: ['admin', 'agent'] } as const;
const status = { enum: ['online', 'away'] } as const;
const teams = listOf(text);
const password = { type: 'string', description: 'At least 10 characters' } as const;

export const userSchema = openObject({ id: text, email: text, name: text, role, teams, status, canSignIn: flag, createdAt: time }, [
  'id',
  'email',
  'name',
  'role',
  'teams',
  'status',
  'canSignIn',
  'createdAt',
]);

export type UserItem = ApiType<typeof userSchema>;

/** Agents and admins, their teams and online status. */
export const usersRoutes = {
  listUsers: { method: 'GET', path: '/api/users', summary: 'All users by name', auth: 'agent', response: openObject({ users: listOf(userSchema) }, ['users']) },
  createUser: {
    method: 'POST',
    path: '/api/users',
    summary: 'Add a user (without a password they cannot sign in yet)',
    auth: 'admin',
    status: 201,
    body: closedObject({ email: text, name: text, password, role, teams, status }, ['email']),
    response: userSchema,
  },
  updateUser: {
    method: 'PATCH',
    path: '/api/users/:id',
    summary: 'Change a user; `me` is the caller, and agents may change only their own status',
    auth: 'agent',
    body: closedObject({ name: text, password, role, teams, status }),
    response: userSchema,
  },
} as const satisfies Record<string, ApiRoute>;
