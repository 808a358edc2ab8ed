import { teamNameKey } from '../teams/team-name-key';
import { defineStep, type StepIssue } from './define-step';

export const assign = defineStep({
  type: 'assign',
  label: 'Assign',
  description: 'Hands the conversation to an agent, or to a team the way the team assigns (round robin or fewest open conversations).',
  kind: 'action',
  category: 'team',
  waits: false,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: ['target', 'onlineOnly'],
    properties: {
      target: { enum: ['agent', 'team'] },
      /** With target `agent`: the agent's id or email. */
      agent: { type: 'string', minLength: 1, maxLength: 200 },
      /** With target `team`: the team's id (a team record, see the Teams screen). */
      teamId: { type: 'string', minLength: 1, maxLength: 100 },
      /** With target `team`: the team's name, shown on the canvas; the team is found by it when `teamId` finds none (documents from before teams had ids). */
      team: { type: 'string', minLength: 1, maxLength: 60 },
      /** Before teams were records each step chose; the team's own assignment mode is used now. Kept so older documents stay valid. */
      strategy: { enum: ['round-robin', 'least-open'] },
      /** Only online agents; for a team, on top of the team's own "online only". */
      onlineOnly: { type: 'boolean' },
    },
  },
  defaults: { target: 'team', team: 'Support', onlineOnly: false },
  ports: () => [
    { id: 'assigned', label: 'Assigned' },
    { id: 'unavailable', label: 'Nobody available' },
  ],
  check: (data, context) => {
    const issues: StepIssue[] = [];
    if (data.target === 'agent' && !data.agent) {
      issues.push({ field: 'agent', message: 'is required when assigning to an agent', severity: 'error', code: 'assign.agentRequired' });
    }
    if (data.target === 'team' && !data.team && !data.teamId) {
      issues.push({ field: 'team', message: 'is required when assigning to a team: choose one of the teams', severity: 'error', code: 'assign.teamRequired' });
    }
    // Known only where the installation's teams are (the server, the editor); the CLI's check skips it.
    const teams = context?.teams;
    if (data.target === 'team' && teams && (data.team || data.teamId)) {
      const found =
        teams.some((t) => t.id === data.teamId) || (data.team !== undefined && teams.some((t) => teamNameKey(t.name) === teamNameKey(data.team as string)));
      if (!found) {
        const named = data.team ? `"${data.team}"` : `"${data.teamId}"`;
        issues.push({
          field: 'team',
          message: `names the team ${named}, which does not exist: choose a team, or make it on the Teams screen`,
          severity: 'warning',
          code: 'assign.unknownTeam',
          params: { team: String(data.team ? data.team : data.teamId) },
        });
      }
    }
    return issues;
  },
});
