import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, flag, listOf, openObject, text, time } from './schema-builders';

const profileSchema = openObject(
  {
    id: text,
    email: text,
    name: text,
    role: { enum: ['admin', 'agent'] },
    teams: listOf(text),
    status: { enum: ['online', 'away'] },
    twoFactor: { ...flag, description: 'Two-factor sign-in (TOTP) is on' },
    language: { enum: ['en', 'ja', 'th', 'zh-TW', 'id'], description: 'The language the person chose for the interface' },
    createdAt: time,
  },
  ['id', 'email', 'name', 'role', 'teams', 'status'],
);
export const sessionSchema = openObject(
  {
    user: profileSchema,
    csrfToken: text,
    setupRequired: { enum: ['totp'], description: 'This admin must turn on two-factor sign-in (POST /api/users/me/totp) before anything else works' },
  },
  ['user', 'csrfToken'],
);
/** A right password of a person with two-factor on: the session cookie set waits for `POST /api/session/totp`. */
const secondFactorSchema = openObject({ secondFactor: { enum: ['totp'] } }, ['secondFactor']);
const code = { type: 'string', description: 'The 6 digits from the authenticator app, or a recovery code' } as const;

export type SessionAnswer = ApiType<typeof sessionSchema>;

/** Sign-in with a session cookie; calls that change something then send the CSRF token as `x-csrf-token`. */
export const sessionRoutes = {
  signIn: {
    method: 'POST',
    path: '/api/session',
    summary: 'Sign in: sets the session cookie (one that still waits for the second factor when two-factor is on)',
    auth: 'none',
    body: closedObject({ email: text, password: text }, ['email', 'password']),
    response: { anyOf: [sessionSchema, secondFactorSchema] },
  },
  signInCode: {
    method: 'POST',
    path: '/api/session/totp',
    summary: "Sign-in's second step: the code from the authenticator app (each accepted once) or a recovery code",
    auth: 'none',
    body: closedObject({ code }, ['code']),
    response: sessionSchema,
  },
  getSession: { method: 'GET', path: '/api/session', summary: "The signed-in user and the session's CSRF token", auth: 'none', response: sessionSchema },
  signOut: { method: 'DELETE', path: '/api/session', summary: 'Sign out', auth: 'none', status: 204, response: null },
} as const satisfies Record<string, ApiRoute>;
