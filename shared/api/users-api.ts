import type { ApiType } from './api-schema-type';
import type { ApiRoute } from './api-route';
import { closedObject, flag, listOf, openObject, text, time } from './schema-builders';

const role = { enum: ['admin', 'agent'] } as const;
const status = { enum: ['online', 'away'] } as const;
const teams = listOf(text);
const password = { type: 'string', description: 'At least 10 characters' } as const;
const code = { type: 'string', description: 'The 6 digits from the authenticator app (or, to turn it off, a recovery code)' } as const;

export const userSchema = openObject(
  {
    id: text,
    email: text,
    name: text,
    role,
    teams,
    status,
    canSignIn: flag,
    twoFactor: { ...flag, description: 'Two-factor sign-in (TOTP) is on' },
    createdAt: time,
  },
  ['id', 'email', 'name', 'role', 'teams', 'status', 'canSignIn', 'twoFactor', 'createdAt'],
);

export const sessionItemSchema = openObject(
  {
    id: text,
    createdAt: time,
    lastSeenAt: time,
    expiresAt: time,
    userAgent: text,
    address: { type: 'string', description: 'The client address it was started from' },
    current: { ...flag, description: 'The session of this request' },
    awaitingSecondFactor: { ...flag, description: 'The password was right; the code was not given (yet)' },
  },
  ['id', 'createdAt', 'expiresAt', 'current', 'awaitingSecondFactor'],
);

export type UserItem = ApiType<typeof userSchema>;
export type SessionItem = ApiType<typeof sessionItemSchema>;

/** Agents and admins, their teams and online status; each person's own two-factor sign-in and sessions. */
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
    summary:
      "Change a user; `me` is the caller. Agents may change only their own status and password. Changing one's own password takes `currentPassword` and ends every other session of that person; an admin setting another's ends all of theirs",
    auth: 'agent',
    body: closedObject({ name: text, password, currentPassword: text, role, teams, status }),
    response: userSchema,
  },
  endUserSessions: {
    method: 'DELETE',
    path: '/api/users/:id/sessions',
    summary: "Sign a user out everywhere (every session but the caller's own)",
    auth: 'admin',
    response: openObject({ ended: { type: 'integer' } }, ['ended']),
  },
  startTwoFactor: {
    method: 'POST',
    path: '/api/users/me/totp',
    summary: 'Set up two-factor sign-in: a new secret and its otpauth:// URI (for the QR code), shown this once; on only after confirmTwoFactor',
    auth: 'agent',
    response: openObject({ secret: text, uri: text }, ['secret', 'uri']),
  },
  confirmTwoFactor: {
    method: 'POST',
    path: '/api/users/me/totp/confirm',
    summary: 'Turn two-factor sign-in on with a code from the new secret; answers 8 single-use recovery codes, shown this once',
    auth: 'agent',
    body: closedObject({ code }, ['code']),
    response: openObject({ recoveryCodes: listOf(text) }, ['recoveryCodes']),
  },
  stopTwoFactor: {
    method: 'DELETE',
    path: '/api/users/me/totp',
    summary: 'Turn two-factor sign-in off, with a code (or recovery code) or the password',
    auth: 'agent',
    status: 204,
    body: closedObject({ code, password: text }),
    response: null,
  },
  setMyLanguage: {
    method: 'PUT',
    path: '/api/users/me/language',
    summary: "Save the caller's interface language",
    auth: 'agent',
    status: 204,
    body: closedObject({ language: { enum: ['en', 'ja', 'th', 'zh-TW', 'id'], description: 'The language the person chose for the interface' } }, ['language']),
    response: null,
  },
  listMySessions: {
    method: 'GET',
    path: '/api/users/me/sessions',
    summary: "The caller's sessions, newest first",
    auth: 'agent',
    response: openObject({ sessions: listOf(sessionItemSchema) }, ['sessions']),
  },
  endMySession: {
    method: 'DELETE',
    path: '/api/users/me/sessions/:id',
    summary: "Sign out one of the caller's sessions (another browser, a lost phone)",
    auth: 'agent',
    status: 204,
    response: null,
  },
} as const satisfies Record<string, ApiRoute>;
