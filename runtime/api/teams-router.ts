import { Router } from 'express';
import type { RuntimeServices } from '../app/runtime-services';
import { routes } from '../../shared/api/routes';
import { route } from './http-error';
import { routeRegistrar } from './register-route';
import { ensureTeamsAdopted } from '../teams/adopt-team-words';
import { changeTeam, createTeam, existingTeam, removeTeam } from '../teams/save-team';
import { checkedAssignment, checkedMemberIds, checkedOnlineOnly, checkedTeamName } from '../teams/team-input';
import { TeamError } from '../teams/team-error';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { nameWorkflows, publishedUsesOf } from '../teams/team-usage';
import { oneTeamView, teamViews } from '../teams/team-view';
import type { TeamRecord } from '../store/records';

type TeamBody = { name?: unknown; memberIds?: unknown; assignment?: unknown; onlineOnly?: unknown };

/** Teams (runtime/teams): agents read them for the inbox and filters; admins make and change them. */
export function teamsRouter(services: RuntimeServices): Router {
  const router = Router();
  const on = routeRegistrar(router, '/api');
  const { store } = services;
  // Every route first makes records of the team words people had before teams were records.
  router.use(
    '/teams',
    route(async (_req, _res, next) => {
      await ensureTeamsAdopted(store);
      next();
    }),
  );

  on(
    routes.listTeams,
    route(async (_req, res) => {
      const teams = await store.teams.find({}, { sort: { nameKey: 1 } });
      res.json({ teams: await teamViews(store, teams) });
    }),
  );

  on(
    routes.createTeam,
    route(async (req, res) => {
      const body = req.body as TeamBody;
      const team = await createTeam(store, {
        name: checkedTeamName(body.name),
        ...(body.memberIds !== undefined ? { memberIds: await checkedMemberIds(store, body.memberIds) } : {}),
        ...(body.assignment !== undefined ? { assignment: checkedAssignment(body.assignment) } : {}),
        ...(body.onlineOnly !== undefined ? { onlineOnly: checkedOnlineOnly(body.onlineOnly) } : {}),
      });
      res.status(201).json(await oneTeamView(store, team));
    }),
  );

  on(
    routes.updateTeam,
    route(async (req, res) => {
      const body = req.body as TeamBody;
      const before = await existingTeam(store, req.params.id as string);
      const changes: Partial<TeamRecord> = {};
      if (body.name !== undefined) changes.name = checkedTeamName(body.name);
      if (body.memberIds !== undefined) changes.memberIds = await checkedMemberIds(store, body.memberIds);
      if (body.assignment !== undefined) changes.assignment = checkedAssignment(body.assignment);
      if (body.onlineOnly !== undefined) changes.onlineOnly = checkedOnlineOnly(body.onlineOnly);
      const renamed = changes.name !== undefined && teamNameKey(changes.name) !== before.nameKey;
      // Read before the rename: documents that hold only the old name are found by it.
      const byOldName = renamed ? (await publishedUsesOf(store, before)).filter((u) => u.byNameOnly) : [];
      const team = await changeTeam(store, before.id, () => changes);
      const warnings = byOldName.length
        ? [
            `${nameWorkflows(byOldName)} assign${byOldName.length === 1 ? 's' : ''} to "${before.name}" by name: those steps find no team now. ` +
              'Choose the team again in their assign steps and publish.',
          ]
        : [];
      res.json({ team: await oneTeamView(store, team), warnings });
    }),
  );

  on(
    routes.deleteTeam,
    route(async (req, res) => {
      const team = await existingTeam(store, req.params.id as string);
      const uses = await publishedUsesOf(store, team);
      if (uses.length) {
        throw new TeamError(
          409,
          `Team "${team.name}" is used by the published workflow${uses.length === 1 ? '' : 's'} ${nameWorkflows(uses)}: ` +
            'assign to another team there and publish, then delete it',
        );
      }
      await removeTeam(store, team.id);
      res.status(204).end();
    }),
  );

  on(
    routes.addTeamMember,
    route(async (req, res) => {
      const [userId] = await checkedMemberIds(store, [(req.body as { userId: unknown }).userId], 'userId');
      const team = await changeTeam(store, req.params.id as string, (t) => ({
        memberIds: t.memberIds.includes(userId) ? t.memberIds : [...t.memberIds, userId],
      }));
      res.json(await oneTeamView(store, team));
    }),
  );

  on(
    routes.removeTeamMember,
    route(async (req, res) => {
      const userId = req.params.userId as string;
      const found = await existingTeam(store, req.params.id as string);
      if (!found.memberIds.includes(userId)) throw new TeamError(404, `"${userId}" is not a member of team "${found.name}"`);
      const team = await changeTeam(store, found.id, (t) => ({ memberIds: t.memberIds.filter((id) => id !== userId) }));
      res.json(await oneTeamView(store, team));
    }),
  );

  return router;
}
