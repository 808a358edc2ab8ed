import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, listOf, openObject, text, time } from './schema-builders';

const profileSchema = openObject(
  { id: text, email: text, name: text, role: { enum: ['admin', 'agent'] }, teams: listOf(text), status: { enum: ['online', 'away'] }, createdAt: time },
  ['id', 'email', 'name', 'role', 'teams', 'status'],
);
export const sessionSchema = openObject({ user: profileSchema, csrfToken: text }, ['user', 'csrfToken']);

export type SessionAnswer = ApiType<typeof sessionSchema>;

/** Sign-in with a session cookie; calls that change something then send the CSRF token as `x-csrf-token`. */
export const sessionRoutes = {
  signIn: {
    method: 'POST',
    path: '/api/session',
    summary: 'Sign in: sets the session cookie',
    auth: 'none',
    body: closedObject({ email: text, password: text }, ['email', 'password']),
    response: sessionSchema,
  },
  getSession: { method: 'GET', path: '/api/session', summary: "The signed-in user and the session's CSRF token", auth: 'none', response: sessionSchema },
  signOut: { method: 'DELETE', path: '/api/session', summary: 'Sign out', auth: 'none', status: 204, response: null },
} as const satisfies Record<string, ApiRoute>;
