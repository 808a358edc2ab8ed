import { Headset } from 'lucide-react';
import { useEffect } from 'react';
import { assignmentLabels } from '../../shared/api/teams-api';
import type { StepData } from '../../shared/steps';
import { teamNameKey } from '../../shared/teams/team-name-key';
import { useViewer } from '../app/viewer';
import { useEditor } from '../state/editor-store';
import { loadKnownTeams, useKnownTeams } from '../teams/known-teams';
import { Preview } from './preview';
import type { StepView } from './step-view';
import './assign.css';

type Data = StepData<'assign'>;

export const assignView: StepView<'assign'> = {
  icon: Headset,
  Body: ({ data }) => (
    <Preview text={data.target === 'agent' ? `Agent ${data.agent ?? '?'}` : `Team ${data.team ?? '?'}${data.onlineOnly ? ' · online only' : ''}`} />
  ),
  InspectorPanel: TeamPicker,
  // The team is chosen from the team records below (by id, its name kept beside it); how it assigns is the team's.
  fieldHint: (spot) => {
    if (spot.path === 'teamId' || spot.path === 'team' || spot.path === 'strategy') return { hidden: true };
    if (spot.path === 'onlineOnly') return { help: 'Only agents whose status is online (a team set to “online only” is so anyway).' };
    return undefined;
  },
};

/** The team records to choose from, and how the chosen one assigns (set on the Teams screen). */
function TeamPicker() {
  const node = useEditor((s) => {
    const picked = s.nodes.filter((n) => n.selected);
    return picked.length === 1 ? picked[0] : undefined;
  });
  const updateNodeData = useEditor((s) => s.updateNodeData);
  const readOnly = useViewer().role !== 'admin';
  const teams = useKnownTeams((s) => s.teams);
  useEffect(loadKnownTeams, []);
  if (!node || !teams) return null;
  const data = node.data as Data;
  if (data.target !== 'team') return null;
  const chosen =
    teams.find((t) => t.id === data.teamId) ?? (data.team ? teams.find((t) => teamNameKey(t.name) === teamNameKey(data.team as string)) : undefined);
  const choose = (id: string) => {
    const team = teams.find((t) => t.id === id);
    if (!team) return;
    const { strategy: _legacy, ...rest } = data;
    updateNodeData(node.id, { ...rest, teamId: team.id, team: team.name });
  };
  return (
    <section className="team-picker" aria-label="Team">
      <label>
        Team
        <select aria-label="Team" value={chosen?.id ?? ''} disabled={readOnly} onChange={(e) => choose(e.target.value)}>
          {chosen ? null : <option value="">{data.team ? `“${data.team}” (no such team)` : 'Choose a team…'}</option>}
          {teams.map((t) => (
            <option key={t.id} value={t.id}>
              {t.name}
            </option>
          ))}
        </select>
      </label>
      {chosen ? (
        <p className="muted" data-testid="team-mode">
          {assignmentLabels[chosen.assignment]}
          {chosen.onlineOnly ? ', online only' : ''} · {chosen.members.length} {chosen.members.length === 1 ? 'member' : 'members'} (set on the{' '}
          <a href="#/teams">Teams screen</a>)
        </p>
      ) : (
        <p className="notice error" role="alert">
          {teams.length === 0 ? 'No teams yet: make one on the ' : 'Choose a team, or make one on the '}
          <a href="#/teams">Teams screen</a>; without one the step leaves by “Nobody available”.
        </p>
      )}
    </section>
  );
}
