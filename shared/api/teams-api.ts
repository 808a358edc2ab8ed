import type { ApiRoute } from './api-route';
import type { ApiType } from './api-schema-type';
import { closedObject, listOf, openObject, text, time } from './schema-builders';

const byId = '/api/teams/:id';
const name = { type: 'string', description: '1–60 characters; unique without regard to case' } as const;
const assignment = {
  enum: ['round-robin', 'least-open'],
  description: 'round-robin: members take turns; least-open: the member with the fewest open conversations (ties: round robin)',
} as const;
const onlineOnly = {
  type: 'boolean',
  description: 'Only members whose status is online are assigned; with none, conversations wait in the team queue',
} as const;
const memberIds = { ...listOf(text), description: 'User ids' } as const;
const member = openObject({ id: text, name: text, role: { enum: ['admin', 'agent'] }, status: { enum: ['online', 'away'] } }, ['id', 'name', 'role', 'status']);

export const teamSchema = openObject({ id: text, name: text, memberIds, members: listOf(member), assignment, onlineOnly, createdAt: time, updatedAt: time }, [
  'id',
  'name',
  'memberIds',
  'members',
  'assignment',
  'onlineOnly',
  'createdAt',
  'updatedAt',
]);
export type TeamItem = ApiType<typeof teamSchema>;

const changedTeam = openObject(
  {
    team: teamSchema,
    warnings: { ...listOf(text), description: 'What the change may break, e.g. published workflows that name the team by its old name' },
  },
  ['team', 'warnings'],
);

/** Teams of agents: who is in each and how the assign step picks one. Agents read them; admins change them. */
export const teamsRoutes = {
  listTeams: {
    method: 'GET',
    path: '/api/teams',
    summary: 'Every team by name, with its members and how it assigns',
    auth: 'agent',
    response: openObject({ teams: listOf(teamSchema) }, ['teams']),
  },
  createTeam: {
    method: 'POST',
    path: '/api/teams',
    summary: 'Make a team (round robin and anyone in it, unless said)',
    auth: 'admin',
    status: 201,
    body: closedObject({ name, memberIds, assignment, onlineOnly }, ['name']),
    response: teamSchema,
  },
  updateTeam: {
    method: 'PATCH',
    path: byId,
    summary: 'Rename a team, change how it assigns, or replace its members; warns when a published workflow names it by its old name',
    auth: 'admin',
    body: closedObject({ name, memberIds, assignment, onlineOnly }),
    response: changedTeam,
  },
  deleteTeam: {
    method: 'DELETE',
    path: byId,
    summary: 'Remove a team; refused (409, naming them) while a published workflow assigns to it',
    auth: 'admin',
    status: 204,
    response: null,
  },
  addTeamMember: {
    method: 'POST',
    path: `${byId}/members`,
    summary: 'Add a person to a team',
    auth: 'admin',
    body: closedObject({ userId: text }, ['userId']),
    response: teamSchema,
  },
  removeTeamMember: {
    method: 'DELETE',
    path: `${byId}/members/:userId`,
    summary: 'Take a person out of a team',
    auth: 'admin',
    response: teamSchema,
  },
} as const satisfies Record<string, ApiRoute>;

/** How a team's assignment mode reads to a person ("Would assign to Ana (Support, round robin)"). */
export const assignmentLabels = { 'round-robin': 'round robin', 'least-open': 'least open' } as const;
